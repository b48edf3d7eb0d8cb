// Reports and moderation: anyone signed in but the seller reports an auction
// once; the platform's moderators read the queue of reported auctions, the
// longest waiting first, and either take an open auction down (it ends
// without a sale) or keep it. The scripts check the moderator's flag in the
// same atomic step as the change, so revoking it takes effect at once.
import { toAuction } from '../auction-view.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type {
  Auction,
  AuctionFlag,
  FlaggedAuction,
  FlagReason,
  GivenFlag,
  ModeratedUser,
  ModerationLog,
  ModerationLogFilter,
  ModerationQueue,
  PublicUser,
  TransparencyReport,
} from '../schemas.ts';
import { redisNowMs } from './clock.ts';
import { hashFieldOf } from './hash-field-of.ts';
import { indexPage } from './index-page.ts';
import { readModerationLog } from './moderation-log.ts';
import { removeAuction } from './remove-auction.ts';
import { MODERATION_LOG_CAP, NOTICE_STREAM_CAP, type RedisKeys } from './keys.ts';
import { scriptError, ScriptCode } from './script-codes.ts';
import type { ScriptedRedis } from './scripts.ts';
import { titledRecords } from './titled-records.ts';
import { transparencyReport } from './transparency-report.ts';

/** A report as flagAuction-6.lua keeps it (times in ms). */
interface StoredFlag {
  reporterId: string;
  reporterName: string;
  reason: FlagReason;
  details: string | null;
  at: number;
  /** The review round it belongs to: reports of earlier rounds were reviewed. */
  round: number;
}

const REPORT_FIELD = 'u:';

function toFlag(stored: StoredFlag): AuctionFlag {
  return {
    reporter: { id: stored.reporterId, name: stored.reporterName },
    reason: stored.reason,
    details: stored.details,
    flaggedAt: new Date(stored.at).toISOString(),
  };
}

/** The reports of the review rounds `inRound` picks, from an auction's reports hash, oldest first. */
export function flagsOf(
  reports: Record<string, string>,
  inRound: (round: number) => boolean,
): AuctionFlag[] {
  return Object.entries(reports)
    .filter(([field]) => field.startsWith(REPORT_FIELD))
    .map(([, json]) => JSON.parse(json) as StoredFlag)
    .filter((stored) => inRound(stored.round))
    .sort((a, b) => a.at - b.at || (a.reporterId < b.reporterId ? -1 : 1))
    .map(toFlag);
}

/** The reports of one review round, oldest first. */
export function flagsOfRound(reports: Record<string, string>, round: number): AuctionFlag[] {
  return flagsOf(reports, (each) => each === round);
}

/** The reports of the current round (not reviewed yet), oldest first. */
export function openFlags(reports: Record<string, string>): AuctionFlag[] {
  return flagsOfRound(reports, Number(reports.round ?? 0));
}

export type ModerationStore = ReturnType<typeof createModerationStore>;

/**
 * `mailNotices`: queue each removal, decision on reports and suspension for
 * the worker's e-mails (where SMTP_URL is set).
 */
export function createModerationStore(
  redis: ScriptedRedis,
  keys: RedisKeys,
  { mailNotices = false }: { mailNotices?: boolean } = {},
) {
  return {
    async flag(
      auctionId: string,
      reporter: PublicUser,
      reason: FlagReason,
      details: string,
    ): Promise<void> {
      const [code] = await redis.flagAuction(
        keys.auction(auctionId),
        keys.auctionFlags(auctionId),
        keys.moderationQueue,
        keys.user(reporter.id),
        keys.userFlags(reporter.id),
        keys.moderationIntake,
        reporter.id,
        reason,
        details,
        keys.eventsChannel,
        MODERATION_LOG_CAP,
      );
      if (code === ScriptCode.OWN_AUCTION)
        throw new AppError(ErrorCode.OWN_AUCTION, 'Sellers cannot report their own auctions.');
      if (code !== ScriptCode.OK) throw scriptError([code]);
    },

    /** Whether the account may moderate (the flag lives in the user's hash). */
    async isModerator(userId: string): Promise<boolean> {
      return (await redis.hget(keys.user(userId), 'moderator')) === '1';
    },

    /** The auctions waiting for a moderator, the longest waiting first, a page at a time. */
    async queue(limit: number, cursor?: string): Promise<ModerationQueue> {
      const page = await indexPage(redis, keys.moderationQueue, limit, cursor);
      const pipeline = redis.pipeline();
      for (const id of page.members) {
        pipeline.hgetall(keys.auction(id));
        pipeline.hgetall(keys.auctionFlags(id));
      }
      const replies = ((await pipeline.exec()) ?? []).map(([error, reply]) => {
        if (error) throw error;
        return reply as Record<string, string>;
      });
      const sellers = [
        ...new Set(
          replies.flatMap((fields, i) => (i % 2 === 0 && fields.sellerId ? [fields.sellerId] : [])),
        ),
      ];
      const suspended = new Set(
        (await Promise.all(sellers.map((id) => redis.hget(keys.user(id), 'suspended')))).flatMap(
          (mark, i) => (mark === '1' ? [sellers[i] as string] : []),
        ),
      );
      const items = page.members.flatMap((_id, i): FlaggedAuction[] => {
        const fields = replies[2 * i] ?? {};
        const flags = openFlags(replies[2 * i + 1] ?? {});
        const first = flags[0];
        if (!fields.id || !first) return [];
        const sellerSuspended = suspended.has(fields.sellerId as string);
        return [
          { auction: toAuction(fields), flags, firstFlaggedAt: first.flaggedAt, sellerSuspended },
        ];
      });
      return { items, nextCursor: page.nextCursor };
    },

    /** Takes an auction down: an open one ends without a sale; an ended one keeps its result. */
    async remove(auctionId: string, moderator: PublicUser, reason: FlagReason): Promise<Auction> {
      const removal = { auctionId, moderatorId: moderator.id, reason, mailNotices };
      // Without an appeal the script removes or refuses: never null.
      return (await removeAuction(redis, keys, removal)) as Auction;
    },

    /** Keeps the auction: its reports are reviewed and it leaves the queue. */
    async dismiss(auctionId: string, moderator: PublicUser): Promise<void> {
      const [code] = await redis.dismissFlags(
        keys.user(moderator.id),
        keys.auctionFlags(auctionId),
        keys.moderationQueue,
        keys.reviewStream,
        keys.moderationLog,
        keys.auction(auctionId),
        auctionId,
        moderator.id,
        mailNotices ? NOTICE_STREAM_CAP : '0',
        keys.eventsChannel,
        MODERATION_LOG_CAP,
      );
      if (code !== ScriptCode.OK) throw scriptError([code]);
    },

    /**
     * Suspends an account: its sessions end (their token hashes are returned,
     * so their sockets can be closed) and it cannot sign in until reinstated.
     * `cancelBids`: the caller cancels its bids next (the worker's e-mail says so).
     */
    async suspend(
      userId: string,
      moderator: PublicUser,
      reason: FlagReason,
      cancelBids = false,
    ): Promise<string[]> {
      const [code, ...ended] = await redis.suspendUser(
        keys.user(moderator.id),
        keys.user(userId),
        keys.userSessions(userId),
        keys.suspensionStream,
        keys.moderationLog,
        moderator.id,
        '1',
        reason,
        keys.session(''),
        userId,
        mailNotices ? NOTICE_STREAM_CAP : '0',
        MODERATION_LOG_CAP,
        cancelBids ? '1' : '0',
      );
      if (code !== ScriptCode.OK) throw scriptError([code]);
      return ended;
    },

    async reinstate(userId: string, moderator: PublicUser): Promise<void> {
      const [code] = await redis.suspendUser(
        keys.user(moderator.id),
        keys.user(userId),
        keys.userSessions(userId),
        keys.suspensionStream,
        keys.moderationLog,
        moderator.id,
        '0',
        '',
        keys.session(''),
        userId,
        '0',
        MODERATION_LOG_CAP,
      );
      if (code !== ScriptCode.OK) throw scriptError([code]);
    },

    /** The open auctions a user sells (to remove them with a suspension). */
    async openAuctionsOf(userId: string): Promise<string[]> {
      const ids = await redis.zrange(keys.userSelling(userId), 0, '-1');
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.hget(keys.auction(id), 'status');
      const statuses = (await pipeline.exec()) ?? [];
      return ids.filter((_id, i) => statuses[i]?.[1] === 'open');
    },

    /** An account as moderators see it; null when there is none. */
    async account(userId: string): Promise<ModeratedUser | null> {
      const fields = await redis.hgetall(keys.user(userId));
      if (!fields.id) return null;
      return {
        id: fields.id,
        name: fields.name ?? '',
        email: fields.email ?? '',
        memberSince: new Date(Number(fields.createdAt ?? 0)).toISOString(),
        moderator: fields.moderator === '1',
        suspension:
          fields.suspended === '1'
            ? {
                reason: fields.suspensionReason as FlagReason,
                suspendedAt: new Date(Number(fields.suspendedAt)).toISOString(),
              }
            : null,
      };
    },

    /**
     * The reports a user made, the latest first, at most `limit` (all by
     * default: the data export), each with what became of it: the
     * reporter hears the moderators' decision.
     */
    async flaggedBy(userId: string, limit = 0): Promise<GivenFlag[]> {
      const members = await redis.zrevrange(keys.userFlags(userId), 0, limit - 1);
      const records = await titledRecords(
        redis,
        keys,
        members,
        keys.auctionFlags,
        (reporterId) => `${REPORT_FIELD}${reporterId}`,
      );
      const reports = records.map((record) => ({
        ...record,
        stored: JSON.parse(record.json) as StoredFlag,
      }));
      const pipeline = redis.pipeline();
      for (const { auctionId, stored } of reports) {
        pipeline.hmget(
          keys.auctionFlags(auctionId),
          'round',
          `review:${stored.round}`,
          'reviewedAt',
          `a:${userId}`,
        );
        pipeline.hget(keys.auction(auctionId), 'removedBy');
      }
      const replies = (await pipeline.exec()) ?? [];
      const reviews = reports.map((_report, i) => (replies[2 * i]?.[1] ?? []) as (string | null)[]);
      // The reports appealed: their appeals' status ('' ids, not appealed, are skipped).
      const statusOf = await hashFieldOf(
        redis,
        keys.appeal,
        'status',
        reviews.map(([, , , appealId]) => appealId ?? ''),
      );
      return reports.map(({ auctionId, auctionTitle, stored }, i): GivenFlag => {
        const [round, review, latestAt, appealId] = reviews[i] ?? [];
        // Open or ended when a moderator took it down.
        const removed = typeof replies[2 * i + 1]?.[1] === 'string';
        const kept = !removed && stored.round < Number(round ?? 0);
        // Keeps from before each round's review was kept: the latest review dates it.
        const keptAtMs = review ? (JSON.parse(review) as { at: number }).at : Number(latestAt);
        const status = appealId ? statusOf.get(appealId) : undefined;
        return {
          auctionId,
          auctionTitle,
          reason: stored.reason,
          details: stored.details,
          flaggedAt: new Date(stored.at).toISOString(),
          status: removed ? 'removed' : kept ? 'kept' : 'pending',
          keptAt: kept && keptAtMs > 0 ? new Date(keptAtMs).toISOString() : null,
          appeal:
            appealId && (status === 'open' || status === 'upheld' || status === 'reversed')
              ? { id: appealId, status }
              : null,
        };
      });
    },

    /** The moderators' decisions, the latest first, a page at a time (moderation-log.ts). */
    log(filter: ModerationLogFilter, limit: number, cursor?: string): Promise<ModerationLog> {
      return readModerationLog(redis, keys, filter, limit, cursor);
    },

    /** What moderation received and decided from day `from` to day `to` (UTC, both included). */
    async transparency(from: string, to: string): Promise<TransparencyReport> {
      const generatedAt = new Date(await redisNowMs(redis)).toISOString();
      return transparencyReport(redis, keys, from, to, generatedAt);
    },

    /** Grants or revokes moderation to the account with this e-mail (`app/moderator.ts`). */
    async setModerator(email: string, granted: boolean): Promise<PublicUser> {
      const reply = await redis.setModerator(
        keys.userByEmail(email),
        keys.userPrefix,
        granted ? '1' : '0',
        keys.eventsChannel,
      );
      if (reply[0] !== ScriptCode.OK) throw scriptError(reply);
      return { id: reply[1] as string, name: reply[2] as string };
    },
  };
}

// Appeals against moderators' decisions (the DSA's art. 20): the seller of
// a removed auction, a suspended account, or one who reported an auction a
// moderator kept contests the decision once, within APPEAL_WINDOW_DAYS; a
// moderator upholds or reverses it, with the reasons. Lodging and deciding
// are one script each (reversing a keep is the removal's script), so a
// decision is appealed once by each appellant and an appeal decided once
// whatever runs at the same time.
import { randomUUID } from 'node:crypto';
import type { ChainableCommander } from 'ioredis';
import { toAuction } from '../auction-view.ts';
import { AppError, ErrorCode, errors } from '../errors.ts';
import {
  APPEAL_WINDOW_DAYS,
  type Appeal,
  type AppealQueue,
  type AppealToReview,
  type FlagReason,
  type PublicUser,
} from '../schemas.ts';
import { hashFieldOf } from './hash-field-of.ts';
import { indexPage } from './index-page.ts';
import { MODERATION_LOG_CAP, NOTICE_STREAM_CAP, type RedisKeys } from './keys.ts';
import { removeAuction } from './remove-auction.ts';
import { scriptError, ScriptCode } from './script-codes.ts';
import type { ScriptedRedis } from './scripts.ts';

const APPEAL_WINDOW_MS = APPEAL_WINDOW_DAYS * 86_400_000;
const iso = (ms: string | undefined) => new Date(Number(ms)).toISOString();

const KINDS: readonly Appeal['kind'][] = ['removal', 'suspension', 'keep'];

/** An appeal's hash (lodgeAppeal-7.lua) as its appellant sees it. */
export function toAppeal(fields: Record<string, string>): Appeal {
  return {
    id: fields.id as string,
    kind: KINDS.find((kind) => kind === fields.kind) ?? 'removal',
    auctionId: fields.auctionId ?? null,
    decision: { reason: fields.reason as FlagReason, decidedAt: iso(fields.decidedAt) },
    text: fields.text ?? '',
    createdAt: iso(fields.createdAt),
    status: fields.status === 'upheld' || fields.status === 'reversed' ? fields.status : 'open',
    review:
      fields.reviewedAt === undefined
        ? null
        : { reply: fields.reply ?? '', reviewedAt: iso(fields.reviewedAt) },
  };
}

/** The hashes a pipeline of HGETALLs read, in order; a failed read fails the whole. */
async function hashes(pipeline: ChainableCommander): Promise<Record<string, string>[]> {
  return ((await pipeline.exec()) ?? []).map(([error, fields]) => {
    if (error) throw error;
    return fields as Record<string, string>;
  });
}

export type AppealStore = ReturnType<typeof createAppealStore>;

/**
 * `mailNotices`: stream each decision for the worker's e-mail to the appellant
 * (SMTP_URL). `byAnotherModerator`: the moderator who took a decision does not
 * decide its appeal (APPEALS_BY_ANOTHER_MODERATOR).
 */
export function createAppealStore(
  redis: ScriptedRedis,
  keys: RedisKeys,
  {
    mailNotices = false,
    byAnotherModerator = true,
  }: { mailNotices?: boolean; byAnotherModerator?: boolean } = {},
) {
  async function read(id: string): Promise<Record<string, string> | null> {
    const fields = await redis.hgetall(keys.appeal(id));
    return fields.id ? fields : null;
  }

  async function lodge(
    kind: Appeal['kind'],
    userId: string,
    text: string,
    auctionId?: string,
  ): Promise<Appeal> {
    const id = randomUUID();
    const reply = await redis.lodgeAppeal(
      keys.appeal(id),
      keys.appealQueue,
      keys.userAppeals(userId),
      keys.user(userId),
      auctionId === undefined ? keys.user(userId) : keys.auction(auctionId),
      keys.moderationIntake,
      kind === 'keep' && auctionId !== undefined ? keys.auctionFlags(auctionId) : keys.user(userId),
      id,
      kind,
      userId,
      text,
      String(APPEAL_WINDOW_MS),
      keys.eventsChannel,
      MODERATION_LOG_CAP,
    );
    if (reply[0] !== ScriptCode.OK) throw await lodgingError(reply);
    const [, createdAt, reason, decidedAt] = reply;
    return toAppeal({
      id,
      kind,
      userId,
      ...(auctionId === undefined ? {} : { auctionId }),
      reason: reason as string,
      decidedAt: decidedAt as string,
      text,
      createdAt: String(createdAt),
      status: 'open',
    });
  }

  /** ALREADY_APPEALED carries the appeal, so one who cannot sign in reads its state. */
  async function lodgingError(reply: unknown[]): Promise<AppError> {
    const error = scriptError(reply);
    if (reply[0] !== ScriptCode.ALREADY_APPEALED) return error;
    const fields = await read(String(reply[1]));
    return fields
      ? new AppError(ErrorCode.ALREADY_APPEALED, error.message, {
          appealId: String(fields.id),
          appeal: toAppeal(fields),
        })
      : error;
  }

  return {
    /** The seller contests the removal of their auction. */
    appealRemoval(auctionId: string, seller: PublicUser, text: string): Promise<Appeal> {
      return lodge('removal', seller.id, text, auctionId);
    },

    /** One who reported the auction contests a moderator's decision to keep it. */
    appealKeep(auctionId: string, reporter: PublicUser, text: string): Promise<Appeal> {
      return lodge('keep', reporter.id, text, auctionId);
    },

    /** The user's appeal of keeping this auction after their report, if any. */
    async ofReport(auctionId: string, userId: string): Promise<Appeal | null> {
      const [exists, appealId] = await Promise.all([
        redis.exists(keys.auction(auctionId)),
        redis.hget(keys.auctionFlags(auctionId), `a:${userId}`),
      ]);
      if (!exists) throw errors.auctionNotFound();
      const fields = appealId ? await read(appealId) : null;
      return fields ? toAppeal(fields) : null;
    },

    /** A suspended account (checked by its password) contests the suspension. */
    appealSuspension(userId: string, text: string): Promise<Appeal> {
      return lodge('suspension', userId, text);
    },

    /** The seller's appeal of this auction's removal, if any; only its seller asks. */
    async ofAuction(auctionId: string, userId: string): Promise<Appeal | null> {
      const [sellerId, appealId] = await redis.hmget(
        keys.auction(auctionId),
        'sellerId',
        'appealId',
      );
      if (!sellerId) throw errors.auctionNotFound();
      if (sellerId !== userId) throw errors.notSeller();
      const fields = appealId ? await read(appealId) : null;
      return fields ? toAppeal(fields) : null;
    },

    /** The appeal of the account's suspension now in force, if it made one. */
    async ofSuspension(userId: string): Promise<Appeal | null> {
      const [suspendedAt, appealedAt, appealId] = await redis.hmget(
        keys.user(userId),
        'suspendedAt',
        'appealedSuspendedAt',
        'suspensionAppealId',
      );
      const fields =
        suspendedAt && appealedAt === suspendedAt && appealId ? await read(appealId) : null;
      return fields ? toAppeal(fields) : null;
    },

    /** Every appeal a user made, the latest first (their data export). */
    async madeBy(userId: string): Promise<Appeal[]> {
      const ids = await redis.zrevrange(keys.userAppeals(userId), 0, -1);
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.hgetall(keys.appeal(id));
      return (await hashes(pipeline)).flatMap((fields) => (fields.id ? [toAppeal(fields)] : []));
    },

    /**
     * The appeals waiting for a moderator, the longest waiting first, a page
     * at a time, as `viewerId` sees them (whether they may decide each).
     */
    async queue(viewerId: string, limit: number, cursor?: string): Promise<AppealQueue> {
      const page = await indexPage(redis, keys.appealQueue, limit, cursor);
      const pipeline = redis.pipeline();
      for (const id of page.members) pipeline.hgetall(keys.appeal(id));
      const appeals = (await hashes(pipeline)).filter((fields) => fields.id !== undefined);
      // The auctions of removal appeals (a suspension's has none).
      const auctionIds = [...new Set(appeals.flatMap((fields) => fields.auctionId ?? []))];
      const auctions = redis.pipeline();
      for (const id of auctionIds) auctions.hgetall(keys.auction(id));
      const auctionOf = new Map(
        (await hashes(auctions)).map((fields, i) => [auctionIds[i], fields]),
      );
      const known = await hashFieldOf(
        redis,
        keys.user,
        'name',
        appeals.flatMap((f) => [f.userId ?? '', f.decidedBy ?? '']),
      );
      const person = (id: string | undefined): PublicUser | null => {
        const name = id === undefined ? undefined : known.get(id);
        return id !== undefined && name !== undefined ? { id, name } : null;
      };
      const items = appeals.flatMap((fields): AppealToReview[] => {
        const appellant = person(fields.userId);
        if (!appellant) return [];
        const auction = auctionOf.get(fields.auctionId);
        return [
          {
            ...toAppeal(fields),
            appellant,
            auction: auction?.id ? toAuction(auction) : null,
            decidedBy: person(fields.decidedBy),
            mayDecide: !byAnotherModerator || fields.decidedBy !== viewerId,
          },
        ];
      });
      return { items, nextCursor: page.nextCursor };
    },

    /** Upholds or reverses an appeal, with the reasons; reversing undoes the decision. */
    async decide(
      appealId: string,
      moderator: PublicUser,
      outcome: 'upheld' | 'reversed',
      reply: string,
    ): Promise<Appeal> {
      const fields = await read(appealId);
      if (!fields) throw scriptError([ScriptCode.APPEAL_NOT_FOUND]);
      if (fields.kind === 'keep' && outcome === 'reversed') {
        // The auction comes down, for the reason its appellant reported, in
        // the same script that decides the appeal.
        await removeAuction(redis, keys, {
          auctionId: fields.auctionId ?? '',
          moderatorId: moderator.id,
          reason: fields.reason as FlagReason,
          mailNotices,
          appeal: { id: appealId, reply, byAnotherModerator },
        });
        const decided = await read(appealId);
        return toAppeal(decided ?? fields);
      }
      const [subjectKey, subjectId] =
        fields.kind === 'suspension'
          ? [keys.user(fields.userId ?? ''), fields.userId ?? '']
          : [keys.auction(fields.auctionId ?? ''), fields.auctionId ?? ''];
      const [code, reviewedAt] = await redis.decideAppeal(
        keys.user(moderator.id),
        keys.appeal(appealId),
        keys.appealQueue,
        subjectKey,
        keys.appealStream,
        keys.moderationLog,
        keys.takedownStream,
        moderator.id,
        outcome,
        reply,
        subjectId,
        mailNotices ? NOTICE_STREAM_CAP : '0',
        keys.eventsChannel,
        byAnotherModerator ? '1' : '0',
        MODERATION_LOG_CAP,
        NOTICE_STREAM_CAP,
      );
      if (code !== ScriptCode.OK) throw scriptError([code]);
      return toAppeal({
        ...fields,
        status: outcome,
        reply,
        reviewedAt: String(reviewedAt),
      });
    },
  };
}

// Feedback after a sale, as marketplaces keep it: the buyer rates the
// seller and the seller the buyer, once each, within FEEDBACK_WINDOW_DAYS of
// the close; public, and counted on the rated account's profile. The typed
// face of leaveFeedback, and the reads around it.
import type { ChainableCommander } from 'ioredis';
import {
  FEEDBACK_WINDOW_DAYS,
  type AuctionFeedback,
  type Feedback,
  type FeedbackPage,
  type FeedbackRating,
  type PublicUser,
  type UserProfile,
} from '../schemas.ts';
import { RETRACTIONS_SHOWN_MS } from '../rules.ts';
import { indexPage } from './index-page.ts';
import { NOTICE_STREAM_CAP, type RedisKeys } from './keys.ts';
import { scriptError, ScriptCode } from './script-codes.ts';
import { titledRecords } from './titled-records.ts';
import type { ScriptedRedis } from './scripts.ts';

/** A pipeline that can run countRecent-1.lua. */
interface CountingPipeline extends ChainableCommander {
  countRecent(key: string, windowMs: string): ChainableCommander;
}

const WINDOW_MS = FEEDBACK_WINDOW_DAYS * 86_400_000;

/** Feedback as the script keeps it (times in ms). */
export interface StoredFeedback {
  role: Feedback['role'];
  fromId: string;
  fromName: string;
  toId: string;
  toName: string;
  rating: FeedbackRating;
  comment: string;
  createdAt: number;
  reply?: { text: string; createdAt: number };
}

export function toFeedback(
  auctionId: string,
  auctionTitle: string,
  stored: StoredFeedback,
): Feedback {
  return {
    auctionId,
    auctionTitle,
    role: stored.role,
    from: { id: stored.fromId, name: stored.fromName },
    to: { id: stored.toId, name: stored.toName },
    rating: stored.rating,
    comment: stored.comment,
    createdAt: new Date(stored.createdAt).toISOString(),
    reply: stored.reply
      ? { text: stored.reply.text, createdAt: new Date(stored.reply.createdAt).toISOString() }
      : null,
  };
}

export type FeedbackStore = ReturnType<typeof createFeedbackStore>;

/** A sale the user may still rate: theirs to rate as `role`, until `openUntil` (ms). */
export interface PendingFeedbackRef {
  auctionId: string;
  role: Feedback['role'];
  openUntil: number;
}

/**
 * `mailNotices`: queue each rating for an e-mail to the rated person, and
 * each answer for one to the rating's author (where the platform sends e-mail).
 */
export function createFeedbackStore(
  redis: ScriptedRedis,
  keys: RedisKeys,
  { mailNotices = false }: { mailNotices?: boolean } = {},
) {
  /** The feedback named by index members "<auctionId>:<role>", in order, skipping what is gone. */
  async function feedbackOf(members: string[]): Promise<Feedback[]> {
    const records = await titledRecords(redis, keys, members, keys.auctionFeedback, (role) => role);
    return records.map(({ auctionId, auctionTitle, json }) =>
      toFeedback(auctionId, auctionTitle, JSON.parse(json) as StoredFeedback),
    );
  }

  /** A script's reply {code, feedbackJson, auction title}: the feedback, or the refusal thrown. */
  function fromScript(auctionId: string, reply: [number, string?, string?]): Feedback {
    if (reply[0] !== ScriptCode.OK) throw scriptError(reply);
    const stored = JSON.parse(reply[1] as string) as StoredFeedback;
    return toFeedback(auctionId, reply[2] as string, stored);
  }

  return {
    async leave(
      auctionId: string,
      author: PublicUser,
      rating: FeedbackRating,
      comment: string,
    ): Promise<Feedback> {
      const reply = await redis.leaveFeedback(
        keys.auction(auctionId),
        keys.auctionFeedback(auctionId),
        keys.user(author.id),
        keys.userFeedbackGiven(author.id),
        keys.feedbackStream,
        author.id,
        author.name,
        rating,
        comment,
        keys.userPrefix,
        String(WINDOW_MS),
        keys.eventsChannel,
        mailNotices ? NOTICE_STREAM_CAP : '0',
      );
      return fromScript(auctionId, reply);
    },

    /** The rated person answers a rating of theirs (the author's `role` names it), once. */
    async reply(
      auctionId: string,
      role: Feedback['role'],
      replier: PublicUser,
      text: string,
    ): Promise<Feedback> {
      const reply = await redis.replyToFeedback(
        keys.auction(auctionId),
        keys.auctionFeedback(auctionId),
        keys.user(replier.id),
        keys.feedbackStream,
        role,
        replier.id,
        text,
        keys.eventsChannel,
        mailNotices ? NOTICE_STREAM_CAP : '0',
      );
      return fromScript(auctionId, reply);
    },

    /** A sale's feedback (the buyer's first) and its window; null when there is no such auction. */
    async forAuction(auctionId: string): Promise<AuctionFeedback | null> {
      const [[, auction], [, fields]] = (await redis
        .multi()
        .hmget(keys.auction(auctionId), 'id', 'title', 'status', 'winnerId', 'closedAt')
        .hgetall(keys.auctionFeedback(auctionId))
        .exec()) as [[null, (string | null)[]], [null, Record<string, string>]];
      const [id, title, status, winnerId, closedAt] = auction;
      if (!id) return null;
      const sold = status === 'closed' && Boolean(winnerId) && closedAt;
      const items = (['buyer', 'seller'] as const).flatMap((role) => {
        const json = fields[role];
        return json ? [toFeedback(id, title ?? '', JSON.parse(json) as StoredFeedback)] : [];
      });
      return {
        items,
        openUntil: sold ? new Date(Number(closedAt) + WINDOW_MS).toISOString() : null,
      };
    },

    /** What anyone may see of an account; null when there is none (or it was deleted). */
    async profile(userId: string): Promise<UserProfile | null> {
      // countRecent is one of our scripts (ioredis adds them to pipelines too, untyped).
      const [[, retractions], [, fields]] = (await (redis.pipeline() as CountingPipeline)
        .countRecent(keys.userRetractions(userId), String(RETRACTIONS_SHOWN_MS))
        .hmget(
          keys.user(userId),
          'id',
          'name',
          'createdAt',
          'feedback:positive',
          'feedback:neutral',
          'feedback:negative',
          'suspended',
        )
        .exec()) as [[null, number], [null, (string | null)[]]];
      const [id, name, createdAt, positive, neutral, negative, suspended] = fields;
      if (!id || !name) return null;
      return {
        id,
        name,
        memberSince: new Date(Number(createdAt ?? 0)).toISOString(),
        feedback: {
          positive: Number(positive ?? 0),
          neutral: Number(neutral ?? 0),
          negative: Number(negative ?? 0),
        },
        suspended: suspended === '1',
        bidRetractions: retractions,
      };
    },

    /** Feedback the user received, the latest first. */
    async received(userId: string, limit: number, cursor?: string): Promise<FeedbackPage> {
      const page = await indexPage(redis, keys.userFeedback(userId), limit, cursor);
      return { items: await feedbackOf(page.members), nextCursor: page.nextCursor };
    },

    /**
     * The sales the user may still rate, the soonest to close its window
     * first: auctions they sold or won, closed less than the window ago,
     * without their rating yet. Only auctions listed or bid on within twice
     * the window are looked at (a sale still open to rating is younger).
     */
    async pending(userId: string): Promise<PendingFeedbackRef[]> {
      const [seconds] = await redis.time();
      const now = Number(seconds) * 1000;
      const since = now - 2 * WINDOW_MS;
      const [sold, bought] = await Promise.all([
        redis.zrangebyscore(keys.userSelling(userId), since, '+inf'),
        redis.zrangebyscore(keys.userBuying(userId), since, '+inf'),
      ]);
      const ids = [...new Set([...sold, ...bought])];
      if (ids.length === 0) return [];
      const pipeline = redis.pipeline();
      for (const id of ids) {
        pipeline.hmget(keys.auction(id), 'status', 'sellerId', 'winnerId', 'closedAt');
        pipeline.hkeys(keys.auctionFeedback(id));
      }
      const replies = (await pipeline.exec()) ?? [];
      return ids
        .flatMap((auctionId, i) => {
          const [status, sellerId, winnerId, closedAt] = (replies[2 * i]?.[1] ?? []) as (
            string | null
          )[];
          const rated = (replies[2 * i + 1]?.[1] ?? []) as string[];
          const role: Feedback['role'] | null =
            userId === winnerId ? 'buyer' : userId === sellerId ? 'seller' : null;
          const openUntil = Number(closedAt) + WINDOW_MS;
          if (status !== 'closed' || !winnerId || !role || rated.includes(role)) return [];
          return openUntil > now ? [{ auctionId, role, openUntil }] : [];
        })
        .sort((a, b) => a.openUntil - b.openUntil);
    },

    /** Feedback the user left, the latest first, all of it (the data export). */
    async given(userId: string): Promise<Feedback[]> {
      return feedbackOf(await redis.zrevrange(keys.userFeedbackGiven(userId), 0, -1));
    },
  };
}

// What each replica's search indexes read from Redis at start (app/search/):
// the open auctions and those ended lately, with the fields they search on.
import { storedCategory } from '../auction-view.ts';
import type { AuctionCategory } from '../schemas.ts';
import { redisNowMs } from './clock.ts';
import type { RedisKeys } from './keys.ts';
import type { ScriptedRedis } from './scripts.ts';

/** What each replica's search index keeps of an open auction (app/search/). */
export interface OpenAuctionEntry {
  id: string;
  title: string;
  endsAt: number;
  createdAt: number;
  category: AuctionCategory;
}

/**
 * Whether a closed auction belongs in the ended-auctions search: not while a
 * moderator's removal stands (fields as stored: `removedBy`, `removalReversed`).
 */
export function listedAsEnded(
  removedBy: string | null | undefined,
  removalReversed: string | null | undefined,
): boolean {
  return !removedBy || removalReversed === '1';
}

/** An auction that closed (not cancelled nor removed), as the ended-auctions search keeps it. */
export interface EndedAuctionEntry {
  id: string;
  title: string;
  closedAt: number;
  category: AuctionCategory;
}

/** Auctions read per pipeline: bounds one round trip's reply. */
const PER_BATCH = 1000;

export function createSearchEntries(redis: ScriptedRedis, keys: RedisKeys) {
  /**
   * The given fields of each auction in a `WITHSCORES` reading of an index
   * (id, score, id, score…), a pipeline of PER_BATCH at a time; auctions
   * gone meanwhile (no title, the first field) are left out.
   */
  async function fieldsOfIndexed(flat: string[], fields: string[]) {
    const found: { id: string; score: number; values: (string | null)[] }[] = [];
    for (let start = 0; start < flat.length; start += 2 * PER_BATCH) {
      const batch = flat.slice(start, start + 2 * PER_BATCH);
      const pipeline = redis.pipeline();
      for (let i = 0; i < batch.length; i += 2) pipeline.hmget(keys.auction(batch[i]!), ...fields);
      const replies = (await pipeline.exec()) ?? [];
      replies.forEach(([error, reply], i) => {
        const values = (reply ?? []) as (string | null)[];
        if (!error && typeof values[0] === 'string')
          found.push({ id: batch[2 * i]!, score: Number(batch[2 * i + 1]), values });
      });
    }
    return found;
  }

  return {
    /** The ids of the open auctions, soonest-ending first, at most `limit` (the sitemap). */
    openAuctionIds(limit: number): Promise<string[]> {
      return redis.zrange(keys.openAuctions, 0, String(limit - 1));
    },

    /** Every open auction's title, end, listing time and category: the search index's reading. */
    async openAuctionEntries(): Promise<OpenAuctionEntry[]> {
      const flat = await redis.zrange(keys.openAuctions, 0, '-1', 'WITHSCORES');
      const found = await fieldsOfIndexed(flat, ['title', 'createdAt', 'category']);
      return found.map(({ id, score, values: [title, createdAt, category] }) => ({
        id,
        title: title as string,
        endsAt: score,
        createdAt: Number(createdAt),
        category: storedCategory(category),
      }));
    },

    /** The auctions that closed in the last `days` (by Redis's clock), for the ended-auctions search. */
    async endedAuctionEntries(days: number): Promise<EndedAuctionEntry[]> {
      const since = (await redisNowMs(redis)) - days * 86_400_000;
      const flat = await redis.zrangebyscore(keys.closedAuctions, since, '+inf', 'WITHSCORES');
      const fields = ['title', 'category', 'removedBy', 'removalReversed'];
      const found = await fieldsOfIndexed(flat, fields);
      return found
        .filter(({ values: [, , removedBy, reversed] }) => listedAsEnded(removedBy, reversed))
        .map(({ id, score, values: [title, category] }) => ({
          id,
          title: title as string,
          closedAt: score,
          category: storedCategory(category),
        }));
    },
  };
}

// Reading auctions a page at a time: the lobby's lists (open by end or by
// listing, closed by close), one's watchlist and activity, and auctions by
// id; with watching and unwatching, which keep the watchlist.
import { hashToRecord, toAuction } from '../auction-view.ts';
import type { Auction } from '../schemas.ts';
import { decodeCursor, encodeCursor, indexPage } from './index-page.ts';
import type { RedisKeys } from './keys.ts';
import { scriptError, ScriptCode } from './script-codes.ts';
import type { ScriptedRedis } from './scripts.ts';

export interface AuctionPage {
  items: Auction[];
  nextCursor: string | null;
}

/** The orders of the open auctions' list. */
export type ListOrder = 'ending' | 'newest';

export function createAuctionLists(redis: ScriptedRedis, keys: RedisKeys) {
  /** One page of a per-user index of auction ids (see `indexPage`). */
  async function pageIndexedBy(
    indexKey: string,
    limit: number,
    cursor?: string,
  ): Promise<AuctionPage> {
    const page = await indexPage(redis, indexKey, limit, cursor);
    // An indexed auction whose hash is gone is skipped; the cursor still moves past it.
    return { items: await auctionsById(page.members), nextCursor: page.nextCursor };
  }

  /** The auctions with these ids that exist, in the same order, in one round trip. */
  async function auctionsById(ids: string[]): Promise<Auction[]> {
    const pipeline = redis.pipeline();
    for (const id of ids) pipeline.hgetall(keys.auction(id));
    const rows = (await pipeline.exec()) ?? [];
    return rows.flatMap(([, fields]) => {
      const record = fields as Record<string, string>;
      return record.id ? [toAuction(record)] : [];
    });
  }

  return {
    /** Adds to a user's watchlist; false when the auction does not exist. */
    async watch(userId: string, auctionId: string): Promise<boolean> {
      const [code] = await redis.watchAuction(
        keys.user(userId),
        keys.watchlist(userId),
        keys.auction(auctionId),
        keys.auctionWatchers(auctionId),
        userId,
        auctionId,
        keys.eventsChannel,
      );
      if (code === ScriptCode.AUCTION_NOT_FOUND) return false;
      if (code !== ScriptCode.OK) throw scriptError([code]);
      return true;
    },

    async unwatch(userId: string, auctionId: string): Promise<void> {
      await redis.unwatchAuction(
        keys.watchlist(userId),
        keys.auctionWatchers(auctionId),
        userId,
        auctionId,
        keys.eventsChannel,
      );
    },

    /** How many users keep the auction on their watchlist; undefined when it does not exist. */
    async watcherCount(auctionId: string): Promise<number | undefined> {
      const replies = await redis
        .multi()
        .exists(keys.auction(auctionId))
        .scard(keys.auctionWatchers(auctionId))
        .exec();
      const [exists, count] = (replies ?? []).map(([, value]) => Number(value));
      return exists ? count : undefined;
    },

    /** The auctions with these ids that exist, in the same order. */
    byIds: auctionsById,

    /** The user's watched auctions, most recently added first, a page at a time. */
    watchlist(userId: string, limit: number, cursor?: string): Promise<AuctionPage> {
      return pageIndexedBy(keys.watchlist(userId), limit, cursor);
    },

    /** Auctions the user bid on or bought, the latest they bid on first, a page at a time. */
    buying(userId: string, limit: number, cursor?: string): Promise<AuctionPage> {
      return pageIndexedBy(keys.userBuying(userId), limit, cursor);
    },

    /** Auctions the user put up for sale, the newest first, a page at a time. */
    selling(userId: string, limit: number, cursor?: string): Promise<AuctionPage> {
      return pageIndexedBy(keys.userSelling(userId), limit, cursor);
    },

    /**
     * One page of the open auctions (soonest-ending first, or newest listed
     * first) or of the closed ones (latest closed first).
     */
    async list(
      status: 'open' | 'closed',
      limit: number,
      cursor?: string,
      order: ListOrder = 'ending',
    ): Promise<AuctionPage> {
      const newest = status === 'open' && order === 'newest';
      const after = cursor === undefined ? null : decodeCursor(cursor, newest);
      const index =
        status === 'closed' ? keys.closedAuctions : newest ? keys.openByListing : keys.openAuctions;
      const rows = await redis.listAuctions(
        index,
        status === 'open' && !newest ? 'asc' : 'desc',
        after ? String(after.score) : '',
        after ? after.id : '',
        String(limit),
        keys.auctionPrefix,
      );
      const page = rows.slice(0, limit);
      // A listed id whose hash is gone (deleted by hand) is skipped, not a 500;
      // so is one no longer open that a replica of the previous release left
      // in the listing-time index (npm run backfill removes it).
      const items = page
        .filter((row) => row.length > 2)
        .map((row) => toAuction(hashToRecord(row.slice(2))))
        .filter((auction) => status === 'closed' || auction.status === 'open');
      const last = page.at(-1);
      const nextCursor =
        rows.length > limit && last
          ? encodeCursor(Number(last[1]), last[0] as string, newest)
          : null;
      return { items, nextCursor };
    },
  };
}

// Fills the per-user activity indexes (keys.userBuying / keys.userSelling)
// from what is already stored: auctions created and bids taken before the
// scripts kept these indexes, or by replicas of the previous release during
// a rolling update. Safe beside live traffic and any number of times: ZADD GT
// only ever moves a score forward, to the time of the user's latest bid (or
// of the auction's creation), which is what the scripts write.
import type { Redis } from 'ioredis';
import type { StoredBid } from '../auction-view.ts';
import type { RedisKeys } from './keys.ts';

export interface BackfillResult {
  auctions: number;
  bids: number;
}

export async function backfillActivity(redis: Redis, keys: RedisKeys): Promise<BackfillResult> {
  const result: BackfillResult = { auctions: 0, bids: 0 };
  // Auction hashes only: the bids, watchers… keys under the same prefix are other types.
  const scan = redis.scanStream({ match: `${keys.auctionPrefix}*`, type: 'hash', count: 500 });
  for await (const batch of scan as AsyncIterable<string[]>) {
    for (const key of batch) {
      const [id, sellerId, createdAt] = await redis.hmget(key, 'id', 'sellerId', 'createdAt');
      if (!id || !sellerId || !createdAt) continue;
      const chain = await redis.zrange(keys.auctionBids(id), 0, -1);
      const lastBidBy = new Map<string, number>();
      for (const member of chain) {
        const bid = JSON.parse(member) as StoredBid;
        // Automatic bids count too: a maximum that reaches a hidden reserve
        // turns the bidder's own bid into an automatic one.
        lastBidBy.set(bid.bidderId, Math.max(lastBidBy.get(bid.bidderId) ?? 0, bid.placedAt));
      }
      const pipeline = redis.pipeline().zadd(keys.userSelling(sellerId), 'GT', createdAt, id);
      for (const [bidderId, placedAt] of lastBidBy)
        pipeline.zadd(keys.userBuying(bidderId), 'GT', placedAt, id);
      for (const [error] of (await pipeline.exec()) ?? []) if (error) throw error;
      result.auctions++;
      result.bids += chain.length;
    }
  }
  return result;
}

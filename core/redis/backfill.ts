// Fills the per-user indexes this release added from what is already stored,
// written before the scripts kept them (or by replicas of the previous
// release during a rolling update): the activity lists (keys.userBuying,
// keys.userSelling), the open auctions by listing time (keys.openByListing,
// the lobby's "newest" order) and each user's sessions (keys.userSessions,
// which a password change ends). Safe beside live traffic and any number of times:
// ZADD GT only ever moves a score forward, to what the scripts write — the
// time of the user's latest bid, the auction's creation, a session's expiry.
import type { Redis } from 'ioredis';
import type { StoredBid } from '../auction-view.ts';
import { redisNowMs } from './clock.ts';
import type { RedisKeys } from './keys.ts';

export interface BackfillResult {
  auctions: number;
  /** Open auctions in the listing-time index. */
  listed: number;
  bids: number;
  sessions: number;
}

export async function backfill(redis: Redis, keys: RedisKeys): Promise<BackfillResult> {
  return {
    ...(await backfillActivity(redis, keys)),
    sessions: await backfillSessions(redis, keys),
  };
}

async function backfillActivity(redis: Redis, keys: RedisKeys) {
  const result = { auctions: 0, listed: 0, bids: 0 };
  // Auction hashes only: the bids, watchers… keys under the same prefix are other types.
  const scan = redis.scanStream({ match: `${keys.auctionPrefix}*`, type: 'hash', count: 500 });
  for await (const batch of scan as AsyncIterable<string[]>) {
    for (const key of batch) {
      const [id, sellerId, createdAt] = await redis.hmget(key, 'id', 'sellerId', 'createdAt');
      if (!id || !sellerId || !createdAt) continue;
      const chain = await redis.zrange(keys.auctionBids(id), 0, '-1');
      const lastBidBy = new Map<string, number>();
      for (const member of chain) {
        const bid = JSON.parse(member) as StoredBid;
        // Automatic bids count too: a maximum that reaches a hidden reserve
        // turns the bidder's own bid into an automatic one.
        lastBidBy.set(bid.bidderId, Math.max(lastBidBy.get(bid.bidderId) ?? 0, bid.placedAt));
      }
      const pipeline = redis
        .pipeline()
        .zadd(keys.userSelling(sellerId), 'GT', createdAt, id)
        .eval(LIST_IF_OPEN, 2, key, keys.openByListing, id, createdAt);
      for (const [bidderId, placedAt] of lastBidBy)
        pipeline.zadd(keys.userBuying(bidderId), 'GT', placedAt, id);
      const replies = (await pipeline.exec()) ?? [];
      for (const [error] of replies) if (error) throw error;
      result.auctions++;
      if (replies[1]?.[1] === 1) result.listed++;
      result.bids += chain.length;
    }
  }
  return result;
}

/**
 * The listing-time index holds exactly the open auctions: checked and written
 * in one step, so an auction closing meanwhile is not put back. (A replica of
 * the previous release neither adds the auctions it creates nor removes the
 * ones it closes.) Returns 1 when the auction is listed.
 */
const LIST_IF_OPEN = `
if redis.call('HGET', KEYS[1], 'status') == 'open' then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
  return 1
end
redis.call('ZREM', KEYS[2], ARGV[1])
return 0`;

async function backfillSessions(redis: Redis, keys: RedisKeys): Promise<number> {
  const now = await redisNowMs(redis);
  const prefix = keys.session('');
  const longestTtl = new Map<string, number>();
  let count = 0;
  const scan = redis.scanStream({ match: `${prefix}*`, type: 'string', count: 500 });
  for await (const batch of scan as AsyncIterable<string[]>) {
    const reads = redis.pipeline();
    for (const key of batch) reads.get(key).pttl(key);
    const replies = (await reads.exec()) ?? [];
    const writes = redis.pipeline();
    batch.forEach((key, i) => {
      const [stored, ttl] = [replies[2 * i]?.[1], replies[2 * i + 1]?.[1]];
      if (typeof stored !== 'string' || typeof ttl !== 'number' || ttl <= 0) return;
      const userId = (JSON.parse(stored) as { id?: string }).id;
      if (!userId) return;
      writes.zadd(keys.userSessions(userId), 'GT', now + ttl, key.slice(prefix.length));
      longestTtl.set(userId, Math.max(longestTtl.get(userId) ?? 0, ttl));
      count++;
    });
    for (const [error] of (await writes.exec()) ?? []) if (error) throw error;
  }
  // As the openSession script does, a list lives as long as its newest
  // session; one a login since the upgrade already gave an expiry keeps it
  // (that login's session outlives every older one).
  const users = [...longestTtl.keys()];
  const ttls =
    (await users
      .reduce((pipeline, userId) => pipeline.pttl(keys.userSessions(userId)), redis.pipeline())
      .exec()) ?? [];
  const expiries = redis.pipeline();
  users.forEach((userId, i) => {
    if (ttls[i]?.[1] === -1) expiries.pexpire(keys.userSessions(userId), longestTtl.get(userId)!);
  });
  await expiries.exec();
  return count;
}

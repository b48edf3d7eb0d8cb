// How long cancelling a suspended account's bids holds Redis: cancelBids-7.lua
// reads an auction's whole bid history, places everyone else's bids again and
// rewrites the cancelled ones, in one atomic step, so every other command
// waits meanwhile. Four bidders take turns (one in three bids with a
// maximum) on one auction per size; then one of them is suspended and its
// bids cancelled, and another retracts their latest bid (retractBid-6.lua
// runs the same replay, lib/withdraw.lua). Prints each script's time inside
// Redis (INFO commandstats).
//
//   node bench/cancel-bids.ts [sizes=1000,10000]
import { createAuctionStore } from '../core/redis/auction-store.ts';
import { createBidCancellation } from '../core/redis/bid-cancellation.ts';
import { createBidRetraction } from '../core/redis/bid-retraction.ts';
import { redisKeys } from '../core/redis/keys.ts';
import { loadScripts } from '../core/redis/scripts.ts';
import { startRedis } from '../tests/support/redis-server.ts';

const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number);
const server = await startRedis();
const raw = server.client();
const redis = loadScripts(server.client());
const keys = redisKeys();
const store = createAuctionStore(redis, keys);
const moderator = { id: 'moderator', name: 'Mara' };
const seller = { id: 'seller', name: 'Sara' };
const bidders = ['bia', 'caio', 'davi', 'shill'].map((id) => ({ id, name: id }));

/** How long the scripts `run` calls held Redis, from INFO commandstats. */
async function heldRedisMs(run: () => Promise<unknown>): Promise<number> {
  await raw.config('RESETSTAT');
  await run();
  // The first call of a script on a connection may go as EVAL (ioredis's fallback).
  const usec = (await raw.info('commandstats'))
    .split('\n')
    .filter((line) => /^cmdstat_eval(sha)?:/.test(line))
    .reduce((sum, line) => sum + Number(/usec=(\d+)/.exec(line)?.[1] ?? 0), 0);
  return usec / 1000;
}

try {
  for (const { id } of [moderator, seller, ...bidders]) await raw.hset(keys.user(id), 'id', id);
  await raw.hset(keys.user(moderator.id), 'moderator', '1');
  for (const size of sizes) {
    const shill = { id: `shill-${size}`, name: 'shill' };
    await raw.hset(keys.user(shill.id), 'id', shill.id);
    const turns = [...bidders.slice(0, 3), shill];
    const auction = await store.create({
      seller,
      title: 'Lote',
      description: 'Um item',
      startingPrice: 1000,
      minIncrement: 100,
      softCloseSeconds: 0,
      durationMs: 3_600_000,
      endingSoonMs: 0,
    });
    let minimumBid = auction.minimumBid;
    for (let i = 0; i < size; i += 1) {
      const options = i % 3 === 0 ? { maxAmount: minimumBid + 300 } : {};
      const placed = await store.placeBid(
        auction.id,
        turns[i % 4] as typeof shill,
        minimumBid,
        options,
      );
      minimumBid = placed.auction.minimumBid;
    }
    await raw.hset(keys.user(shill.id), 'suspended', '1');
    const cancelMs = await heldRedisMs(() =>
      createBidCancellation(redis, keys).cancelBidsOf(shill.id, moderator, 'fraud'),
    );
    const cancelled = await store.get(auction.id);
    const retractMs = await heldRedisMs(() =>
      createBidRetraction(redis, keys).retract(auction.id, 'bia'),
    );
    const retracted = await store.get(auction.id);
    process.stdout.write(
      `${size} bids asked: cancelBids held Redis ${cancelMs.toFixed(1)} ms ` +
        `(${cancelled?.cancelledBidCount} bids cancelled, ${cancelled?.bidCount} stand); ` +
        `retractBid ${retractMs.toFixed(1)} ms (` +
        `${(retracted?.cancelledBidCount ?? 0) - (cancelled?.cancelledBidCount ?? 0)} more withdrawn)\n`,
    );
  }
} finally {
  await server.stop();
}

// cancelBids-7.lua against a real Redis: cancelling a suspended account's
// bids leaves the auction where proxy bidding would have left it had the
// account never bid. The oracle is placeBid itself: the bids of everyone
// else, placed again in order on a twin auction, must give the same leader,
// price, maximum and minimum — and the next bid must play out the same on
// both. A failure prints fast-check's seed; rerun it with FC_SEED=<seed>.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Redis } from 'ioredis';
import { createAuctionStore, type AuctionStore } from '../../core/redis/auction-store.ts';
import { createBidCancellation } from '../../core/redis/bid-cancellation.ts';
import { redisKeys } from '../../core/redis/keys.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import type { Auction, Bid, PublicUser } from '../../core/schemas.ts';
import { runs } from '../support/hostile-world.ts';
import {
  checkChain,
  listingRules,
  proxyBiddingWorld,
  steps,
  type Placed,
  type Setting,
  type Step,
} from '../support/proxy-bidding-world.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';

const seller: PublicUser = { id: 'seller', name: 'Sara' };
const moderator: PublicUser = { id: 'moderator', name: 'Mara' };
const shill: PublicUser = { id: 'shill', name: 'Sérgio' };
const honest: PublicUser[] = [
  { id: 'bia', name: 'Bia' },
  { id: 'caio', name: 'Caio' },
];
const everyone = [...honest, shill];

let redis: TestRedis;
let raw: Redis;
let store: AuctionStore;
let cancellation: ReturnType<typeof createBidCancellation>;
const keys = redisKeys('cancel-test:');

before(async () => {
  redis = await startRedis();
  raw = redis.client();
  const scripted = loadScripts(redis.client());
  store = createAuctionStore(scripted, keys);
  cancellation = createBidCancellation(scripted, keys);
  world = proxyBiddingWorld(store, raw, keys, seller, everyone);
  for (const { id, name } of [seller, moderator, ...everyone])
    await raw.hset(keys.user(id), 'id', id, 'name', name);
  await raw.hset(keys.user(moderator.id), 'moderator', '1');
  await raw.hset(keys.user(shill.id), 'suspended', '1');
});
after(() => redis.stop());

const setting = fc.record(listingRules);
let world: ReturnType<typeof proxyBiddingWorld>;
const newAuction = (extra: Setting) => world.newAuction(extra);
const place = (auctionId: string, action: Placed) => world.place(auctionId, action);
const actionFor = (auctionId: string, step: Step) => world.actionFor(auctionId, step);
const standing = (auctionId: string) => world.standing(auctionId);

/** Every bid of the shill's is marked cancelled. */
function shillsMarked(auction: Auction, bids: Bid[]) {
  checkChain(auction, bids);
  for (const bid of bids) if (bid.bidder.id === shill.id) assert.equal(bid.cancelled, true);
}

describe('cancelling a suspended account’s bids', () => {
  it('leaves the auction as if it had never bid: same leader, price, maximum and next bid as the others’ bids alone', async () => {
    await fc.assert(
      fc.asyncProperty(
        setting,
        steps(everyone.length),
        fc.integer({ min: 0, max: honest.length - 1 }),
        async (extra, steps, nextWho) => {
          const real = await newAuction(extra);
          const others: Placed[] = [];
          for (const randomStep of steps) {
            const action = await actionFor(real.id, randomStep);
            if ((await place(real.id, action)) && action.bidder.id !== shill.id)
              others.push(action);
          }
          const twin = await newAuction(extra);
          for (const action of others)
            assert.ok(await place(twin.id, action), `replayed: ${JSON.stringify(action)}`);

          await cancellation.cancelBidsOf(shill.id, moderator, 'fraud');
          assert.deepEqual(await standing(real.id), await standing(twin.id));
          shillsMarked((await store.get(real.id)) as Auction, await store.allBids(real.id));

          // The maxima that stay keep answering: the next bid plays out alike.
          await world.nextBidPlaysAlike(real.id, twin.id, nextWho);
        },
      ),
      runs(80),
    );
  });

  it('places again as recorded the bids no input accounts for (an earlier release’s), the leader with their maximum', async () => {
    const [bia, caio] = honest as [PublicUser, PublicUser];
    const forget = (auctionId: string) => raw.rpop(keys.auctionBidInputs(auctionId));
    // Bia's bid came from a replica of the previous release, between logged ones.
    const between = await newAuction({});
    await store.placeBid(between.id, shill, 1000, { maxAmount: 3000 });
    await store.placeBid(between.id, bia, 1100);
    await forget(between.id);
    await store.placeBid(between.id, caio, 1500, { maxAmount: 2000 });
    const twinBetween = await newAuction({});
    await store.placeBid(twinBetween.id, bia, 1100);
    await store.placeBid(twinBetween.id, caio, 1500, { maxAmount: 2000 });
    // Nothing logged: the leader's maximum is known from the auction alone.
    const legacy = await newAuction({});
    await store.placeBid(legacy.id, bia, 1000, { maxAmount: 5000 });
    await store.placeBid(legacy.id, shill, 1100);
    await raw.del(keys.auctionBidInputs(legacy.id));
    const twinLegacy = await newAuction({});
    await store.placeBid(twinLegacy.id, bia, 1000, { maxAmount: 5000 });

    const cancelled = await cancellation.cancelBidsOf(shill.id, moderator, 'fraud');
    assert.ok(cancelled.includes(between.id) && cancelled.includes(legacy.id));
    assert.deepEqual(await standing(between.id), await standing(twinBetween.id));
    assert.deepEqual(await standing(legacy.id), await standing(twinLegacy.id));
    assert.deepEqual(
      [(await standing(between.id)).leader, (await standing(legacy.id)).proxyMax],
      [caio.id, '5000'],
    );
  });

  it('cancels a second suspended account’s bids without placing the first one’s again', async () => {
    const [bia, caio] = honest as [PublicUser, PublicUser];
    const accomplice: PublicUser = { id: 'accomplice', name: 'Cúmplice' };
    await raw.hset(keys.user(accomplice.id), 'id', accomplice.id, 'name', accomplice.name);
    const auction = await newAuction({});
    const twin = await newAuction({});
    await store.placeBid(auction.id, bia, 1000, { maxAmount: 1500 });
    await store.placeBid(twin.id, bia, 1000, { maxAmount: 1500 });
    await store.placeBid(auction.id, shill, 1600, { maxAmount: 4000 });
    await store.placeBid(auction.id, accomplice, 2000, { maxAmount: 3000 });
    await store.placeBid(auction.id, caio, 3500);
    await store.placeBid(twin.id, caio, 3500);

    await cancellation.cancelBidsOf(shill.id, moderator, 'fraud');
    await raw.hset(keys.user(accomplice.id), 'suspended', '1');
    await cancellation.cancelBidsOf(accomplice.id, moderator, 'fraud');
    assert.deepEqual(await standing(auction.id), await standing(twin.id));
    const after = (await store.get(auction.id)) as Auction;
    const bids = await store.allBids(auction.id);
    shillsMarked(after, bids);
    assert.equal(after.cancelledBidCount, bids.filter((bid) => bid.cancelled).length);
    assert.ok(after.cancelledBidCount >= 3, 'both accounts’ bids, and the answers they drew');
  });

  it('cancels nothing where the account has no bid that stands, on a closed auction, or once reinstated', async () => {
    const untouched = await newAuction({});
    await store.placeBid(untouched.id, honest[0] as PublicUser, 1000);
    const before = await store.get(untouched.id);
    // The shill bid on it once (in its list), but every bid of theirs is cancelled already.
    const gone = await newAuction({});
    await store.placeBid(gone.id, shill, 1000);
    assert.deepEqual(await cancellation.cancelBidsOf(shill.id, moderator, 'fraud'), [gone.id]);
    assert.deepEqual(await cancellation.cancelBidsOf(shill.id, moderator, 'fraud'), []);
    assert.deepEqual(await store.get(untouched.id), before);

    // Past its end (the monitor has not closed it yet): it ends as it stood.
    const ended = await newAuction({});
    await store.placeBid(ended.id, shill, 1000);
    await raw.hset(keys.auction(ended.id), 'endsAt', Date.now() - 1);
    assert.deepEqual(await cancellation.cancelBidsOf(shill.id, moderator, 'fraud'), []);
    assert.equal((await store.get(ended.id))?.leader?.id, shill.id);
    // Closed, it needs what its bids asked no more.
    assert.equal(await raw.exists(keys.auctionBidInputs(ended.id)), 1);
    await raw.zadd(keys.openAuctions, Date.now() - 1, ended.id);
    await store.closeDue(100);
    assert.equal(await raw.exists(keys.auctionBidInputs(ended.id)), 0);

    const reinstated = await newAuction({});
    await store.placeBid(reinstated.id, shill, 1000);
    await raw.hdel(keys.user(shill.id), 'suspended');
    try {
      assert.deepEqual(await cancellation.cancelBidsOf(shill.id, moderator, 'fraud'), []);
      assert.equal((await store.get(reinstated.id))?.leader?.id, shill.id);
    } finally {
      await raw.hset(keys.user(shill.id), 'suspended', '1');
    }
    await raw.hset(keys.user(moderator.id), 'moderator', '0');
    try {
      await assert.rejects(cancellation.cancelBidsOf(shill.id, moderator, 'fraud'), {
        code: 'NOT_A_MODERATOR',
      });
    } finally {
      await raw.hset(keys.user(moderator.id), 'moderator', '1');
    }
  });
});

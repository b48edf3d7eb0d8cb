// retractBid-6.lua against a real Redis: a bidder taking back their bid
// leaves the auction where proxy bidding would have left it had they never
// placed it. The oracle is placeBid itself: every other action, placed again
// in order on a twin auction, must give the same leader, price, maximum and
// minimum, and the next bid must play out the same on both. More than 12
// hours before the end every bid of theirs goes; after that, only their
// latest (and what they asked after it). A failure prints fast-check's
// seed; rerun it with FC_SEED=<seed>.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createBidRetraction } from '../../core/redis/bid-retraction.ts';
import { redisNowMs } from '../../core/redis/clock.ts';
import { createFeedbackStore } from '../../core/redis/feedback-store.ts';
import { RETRACTIONS_SHOWN_MS } from '../../core/rules.ts';
import type { Auction, Bid, PublicUser } from '../../core/schemas.ts';
import { runs } from '../support/hostile-world.ts';
import {
  checkChain,
  listingRules,
  useProxyBiddingWorld,
  steps,
  type Placed,
} from '../support/proxy-bidding-world.ts';

const HOUR = 3_600_000;
const seller: PublicUser = { id: 'seller', name: 'Sara' };
const bidders: PublicUser[] = [
  { id: 'bia', name: 'Bia' },
  { id: 'caio', name: 'Caio' },
  { id: 'duda', name: 'Duda' },
];

let retraction: ReturnType<typeof createBidRetraction>;
let profiles: ReturnType<typeof createFeedbackStore>;
const w = useProxyBiddingWorld('retract-test:', seller, bidders, {
  setup({ scripted, keys }) {
    retraction = createBidRetraction(scripted, keys);
    profiles = createFeedbackStore(scripted, keys);
  },
});
const retractionsOf = async (who: PublicUser) => (await profiles.profile(who.id))?.bidRetractions;

const setting = fc.record({
  ...listingRules,
  // Ten minutes: only the latest bid goes. Thirteen hours: all of them.
  durationMs: fc.constantFrom(600_000, 13 * HOUR),
});

/**
 * What the rules take back: everything of theirs with `all`; with `latest`,
 * their last bid (not a raised maximum) and everything they asked after it.
 */
function withdrawnActions(accepted: Placed[], who: PublicUser, scope: string) {
  const mine = accepted.filter((action) => action.bidder.id === who.id);
  if (scope === 'all') return new Set(mine);
  const latest = mine.findLast((action) => !action.raise) as Placed;
  return new Set(mine.slice(mine.indexOf(latest)));
}

/** Every bid withdrawn here is marked as a retraction. */
function retractionsMarked(auction: Auction, bids: Bid[]) {
  checkChain(auction, bids);
  for (const bid of bids) assert.equal(bid.retracted === true, bid.cancelled === true);
}

describe('retracting a bid', () => {
  it('leaves the auction as if the bid (or, 12 hours out, every bid of theirs) had never been placed', async () => {
    await fc.assert(
      fc.asyncProperty(
        setting,
        steps(bidders.length),
        fc.integer({ min: 0, max: bidders.length - 1 }),
        fc.integer({ min: 0, max: bidders.length - 1 }),
        async (extra, steps, retractorIndex, nextWho) => {
          const real = await w.newAuction(extra);
          const accepted: Placed[] = [];
          for (const randomStep of steps) {
            const action = await w.actionFor(real.id, randomStep);
            if (await w.place(real.id, action)) accepted.push(action);
          }
          const retractor = bidders[retractorIndex] as PublicUser;
          const bidsBefore = await w.store.allBids(real.id);
          if (!bidsBefore.some((bid) => bid.bidder.id === retractor.id)) {
            await assert.rejects(retraction.retract(real.id, retractor.id), {
              code: 'NO_BID_TO_RETRACT',
            });
            return;
          }
          const result = await retraction.retract(real.id, retractor.id);
          assert.equal(result.scope, extra.durationMs === 600_000 ? 'latest' : 'all');
          const gone = withdrawnActions(accepted, retractor, result.scope);
          const twin = await w.newAuction(extra);
          for (const action of accepted.filter((action) => !gone.has(action)))
            assert.ok(await w.place(twin.id, action), `replayed: ${JSON.stringify(action)}`);

          assert.deepEqual(await w.standing(real.id), await w.standing(twin.id));
          const after = (await w.store.get(real.id)) as Auction;
          assert.deepEqual(result.auction, after);
          const bids = await w.store.allBids(real.id);
          retractionsMarked(after, bids);
          assert.deepEqual(
            result.cancelledBidIds,
            bids.filter((bid) => bid.cancelled).map((bid) => bid.id),
          );

          await w.nextBidPlaysAlike(real.id, twin.id, nextWho);
        },
      ),
      runs(80),
    );
  });

  it('in the last 12 hours takes back only the latest bid, within an hour of placing it', async () => {
    const [bia, caio] = bidders as [PublicUser, PublicUser];
    const auction = await w.newAuction({ minIncrement: 100 });
    const twin = await w.newAuction({ minIncrement: 100 });
    for (const id of [auction.id, twin.id]) {
      await w.store.placeBid(id, bia, 1000);
      await w.store.placeBid(id, caio, 1100);
    }
    // Her latest bid, and the maximum she raised after it, go; her first stands.
    await w.store.placeBid(auction.id, bia, 1500, { maxAmount: 3000 });
    await w.store.raiseMaximum(auction.id, bia, 9000);
    for (const id of [auction.id, twin.id]) await w.store.placeBid(id, caio, 2000);
    const result = await retraction.retract(auction.id, bia.id);
    assert.equal(result.scope, 'latest');
    assert.deepEqual(await w.standing(auction.id), await w.standing(twin.id));
    const bids = await w.store.allBids(auction.id);
    assert.deepEqual(
      bids
        .filter((bid) => bid.bidder.id === bia.id)
        .map((bid) => [bid.seq, bid.cancelled === true]),
      [
        [1, false],
        [3, true],
        [5, true],
      ],
    );

    // An hour and more after her bid, in the last 12 hours: refused, nothing changed.
    const late = await w.newAuction({ minIncrement: 100 });
    await w.store.placeBid(late.id, bia, 1000);
    await w.store.placeBid(late.id, caio, 1100);
    const [member] = await w.raw.zrange(w.keys.auctionBids(late.id), 0, '0');
    const aged = { ...JSON.parse(member as string), placedAt: Date.now() - HOUR - 1000 };
    await w.raw.zrem(w.keys.auctionBids(late.id), member as string);
    await w.raw.zadd(w.keys.auctionBids(late.id), 1, JSON.stringify(aged));
    const before = await w.store.get(late.id);
    await assert.rejects(retraction.retract(late.id, bia.id), {
      code: 'RETRACTION_WINDOW_CLOSED',
    });
    assert.deepEqual(await w.store.get(late.id), before);
    // Caio's, placed just now, goes; Bia leads again at her own bid.
    await retraction.retract(late.id, caio.id);
    assert.deepEqual(
      [(await w.standing(late.id)).leader, (await w.standing(late.id)).currentPrice],
      [bia.id, 1000],
    );
  });

  it('more than 12 hours before the end takes back every bid, however old', async () => {
    const [bia, caio] = bidders as [PublicUser, PublicUser];
    const auction = await w.newAuction({ durationMs: 13 * HOUR });
    await w.store.placeBid(auction.id, bia, 1000);
    await w.store.placeBid(auction.id, caio, 1100);
    await w.store.placeBid(auction.id, bia, 1500);
    const result = await retraction.retract(auction.id, bia.id);
    assert.equal(result.scope, 'all');
    const bids = await w.store.allBids(auction.id);
    assert.deepEqual(
      bids.map((bid) => [bid.bidder.id, bid.amount, bid.cancelled === true]),
      [
        [bia.id, 1000, true],
        [caio.id, 1100, false],
        [bia.id, 1500, true],
      ],
    );
    // Caio alone, at the bid he placed.
    assert.deepEqual(
      [result.auction.leader?.id, result.auction.currentPrice, result.auction.bidCount],
      [caio.id, 1100, 1],
    );
  });

  it('is counted on the account, published to watchers, and refused where there is nothing to take back', async () => {
    const [bia, caio] = bidders as [PublicUser, PublicUser];
    const auction = await w.newAuction({});
    await w.store.placeBid(auction.id, bia, 1000);
    const events: string[] = [];
    const listener = w.redis.client();
    await listener.subscribe(w.keys.eventsChannel);
    listener.on('message', (_channel, message) => events.push(message));
    const counted = (await retractionsOf(bia)) as number;

    const result = await retraction.retract(auction.id, bia.id);
    assert.equal(await retractionsOf(bia), counted + 1);
    assert.deepEqual((await retraction.shown(bia.id))[0]?.auctionId, auction.id);
    assert.deepEqual([result.auction.leader, result.auction.currentPrice], [null, 1000]);
    assert.equal(result.auction.buyNowAvailable, false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const published = events
      .map((event) => JSON.parse(event))
      .find((e) => e.type === 'bids:cancelled');
    assert.deepEqual(
      [published?.reason, published?.cancelledBidIds],
      ['retraction', result.cancelledBidIds],
    );
    listener.disconnect();

    // Nothing of hers stands now; Caio never bid; no such auction; past its end.
    await assert.rejects(retraction.retract(auction.id, bia.id), { code: 'NO_BID_TO_RETRACT' });
    await assert.rejects(retraction.retract(auction.id, caio.id), { code: 'NO_BID_TO_RETRACT' });
    await assert.rejects(retraction.retract('nope', bia.id), { code: 'AUCTION_NOT_FOUND' });
    // An account deleted while its retraction was on the way: refused, nothing counted.
    await assert.rejects(retraction.retract(auction.id, 'deleted-account'), {
      code: 'UNAUTHORIZED',
    });
    assert.equal(await w.raw.exists(w.keys.user('deleted-account')), 0);
    await w.store.placeBid(auction.id, caio, 1000);
    await w.raw.hset(w.keys.auction(auction.id), 'endsAt', Date.now() - 1);
    await assert.rejects(retraction.retract(auction.id, caio.id), { code: 'AUCTION_CLOSED' });
  });

  it('counts the last six months only, and forgets older ones at the next retraction', async () => {
    // Someone the property tests never drew, so that only this test's retractions are hers.
    const eva: PublicUser = { id: 'eva', name: 'Eva' };
    await w.raw.hset(w.keys.user(eva.id), 'id', eva.id, 'name', eva.name);
    const key = w.keys.userRetractions(eva.id);
    const now = await redisNowMs(w.raw);
    // One just past six months, one just inside (times in Redis's clock).
    await w.raw.zadd(
      key,
      now - RETRACTIONS_SHOWN_MS - 60_000,
      'old:a',
      now - RETRACTIONS_SHOWN_MS + 60_000,
      'recent:b',
    );
    assert.equal(await retractionsOf(eva), 1);
    assert.deepEqual(
      (await retraction.shown(eva.id)).map((shown) => shown.auctionId),
      ['recent'],
    );

    const auction = await w.newAuction({});
    await w.store.placeBid(auction.id, eva, 1000);
    const result = await retraction.retract(auction.id, eva.id);
    assert.equal(await retractionsOf(eva), 2);
    const shown = await retraction.shown(eva.id);
    assert.deepEqual(
      shown.map((entry) => entry.auctionId),
      [auction.id, 'recent'],
    );
    const at = Date.parse(shown[0]?.retractedAt as string);
    assert.ok(at >= now && at <= (await redisNowMs(w.raw)), shown[0]?.retractedAt);
    // The script dropped what is no longer shown, and keyed this one by its first bid withdrawn.
    assert.deepEqual(await w.raw.zrange(key, 0, '-1'), [
      'recent:b',
      `${auction.id}:${result.cancelledBidIds[0]}`,
    ]);
  });
});

// The auction page's live state when moderators cancel a suspended account's
// bids (web/src/live/auction-state.ts): the cancelled bids keep their rows,
// marked; bids stay numbered across them, so holes are counted from
// bidCount + cancelledBidCount; a stale reading never undoes a cancellation;
// and a page that missed a `bids:cancelled` knows it from the count, and
// reading its window again gives it the marks — whatever the order, repetition
// or loss of the deliveries.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Auction, Bid } from '../../../core/schemas.ts';
import {
  auctionLiveReducer,
  initialAuctionLiveState,
  missesBids,
  unmarkedCancellations,
  type AuctionLiveAction,
  type AuctionLiveState,
} from '../../../web/src/live/auction-state.ts';
import { lastBidSeq } from '../../../web/src/live/bid-numbering.ts';
import { supersedes } from '../../../web/src/live/supersedes.ts';
import { auctionWithCancelled, bidFixture } from './fixtures.ts';

const auctionAt = auctionWithCancelled;

const cancelledCopy = (bid: Bid): Bid => ({ ...bid, cancelled: true });
const run = (state: AuctionLiveState, ...actions: AuctionLiveAction[]) =>
  actions.reduce(auctionLiveReducer, state);
const loaded = (auction: Auction, bids: Bid[]): AuctionLiveState =>
  run(initialAuctionLiveState, { type: 'loaded', auction, bids, afterSeq: 0 });
/** Seq and mark of each row, newest first: "3", "2x" (cancelled). */
const rows = (state: AuctionLiveState) =>
  state.bids.map((bid) => `${bid.seq}${bid.cancelled ? 'x' : ''}`);

// Bia bids (1), Sérgio outbids her (2), Bia's maximum answers (3), Sérgio again (4).
const bia1 = bidFixture(1, 'bia');
const sergio2 = bidFixture(2, 'sergio');
const bia3 = { ...bidFixture(3, 'bia'), automatic: true };
const sergio4 = bidFixture(4, 'sergio');
const before = loaded(auctionAt(4, 0, 'sergio'), [bia1, sergio2, bia3, sergio4]);

test('bids:cancelled marks the bids, adds the new leader’s bid and takes the auction', () => {
  // Sérgio's two bids and Bia's answer go; her automatic bid at the new price is seq 5.
  const bia5 = { ...bidFixture(5, 'bia'), automatic: true };
  const state = run(before, {
    type: 'bidsCancelled',
    auction: auctionAt(5, 3, 'bia'),
    cancelledBidIds: [sergio2.id, bia3.id, sergio4.id],
    bids: [bia5],
    viewerId: null,
  });
  assert.deepEqual(rows(state), ['5', '4x', '3x', '2x', '1']);
  assert.equal(state.auction?.leader?.id, 'bia');
  assert.equal(state.coveredSeq, 5);
  assert.equal(missesBids(state), false, 'bidCount 2 + 3 cancelled: the page has up to seq 5');
  assert.equal(unmarkedCancellations(state), 0);
});

test('a cancellation without a new bid keeps the seq, and a stale reading at that seq loses', () => {
  let state = run(before, {
    type: 'bidsCancelled',
    auction: { ...auctionAt(4, 1, 'bia'), bidCount: 3 },
    cancelledBidIds: [sergio4.id],
    bids: [],
    viewerId: null,
  });
  assert.deepEqual(rows(state), ['4x', '3', '2', '1']);
  // An ack read before the cancellation: same seq, fewer cancelled.
  state = run(state, {
    type: 'bids',
    auction: auctionAt(4, 0, 'sergio'),
    bids: [sergio4],
    viewerId: null,
  });
  assert.equal(state.auction?.leader?.id, 'bia', 'the stale leader does not come back');
  assert.deepEqual(rows(state), ['4x', '3', '2', '1'], 'nor does the bid stand again');
  assert.equal(missesBids(state), false);
  // The lobby's lists keep the later version the same way.
  assert.equal(supersedes(auctionAt(4, 0, 'sergio'), auctionAt(4, 1, 'bia')), true);
  assert.equal(supersedes(auctionAt(4, 1, 'bia'), auctionAt(4, 0, 'sergio')), false);
});

test('holes are counted over every bid, cancelled ones included', () => {
  const auction = auctionAt(6, 2, 'bia');
  assert.equal(lastBidSeq(auction), 6);
  const bids = [1, 2, 3, 4, 5].map((seq) => bidFixture(seq, 'bia'));
  assert.equal(missesBids(loaded(auction, bids)), true, 'seq 6 is missing');
  assert.equal(missesBids(loaded(auction, [...bids, bidFixture(6, 'bia')])), false);
  // A replica older than cancellations says nothing of them: none.
  const { cancelledBidCount, ...older } = auctionAt(5, 0, 'bia');
  assert.equal(cancelledBidCount, 0);
  assert.equal(missesBids(loaded(older as Auction, bids)), false);
});

test('a missed cancellation is known from the count, and reading the window again marks it', () => {
  // The event was lost; the reconnection's ack brings the auction and the new bid only.
  const bia5 = { ...bidFixture(5, 'bia'), automatic: true };
  let state = run(before, {
    type: 'bids',
    auction: auctionAt(5, 3, 'bia'),
    bids: [bia5],
    viewerId: null,
  });
  assert.equal(missesBids(state), false);
  assert.equal(unmarkedCancellations(state), 3);
  assert.deepEqual(rows(state), ['5', '4', '3', '2', '1'], 'the old bids lack their marks');
  state = run(state, {
    type: 'reread',
    auction: auctionAt(5, 3, 'bia'),
    bids: [bia1, cancelledCopy(sergio2), cancelledCopy(bia3), cancelledCopy(sergio4), bia5],
    viewerId: null,
  });
  assert.deepEqual(rows(state), ['5', '4x', '3x', '2x', '1']);
  assert.equal(unmarkedCancellations(state), 0);
});

test('an event after a missed one does not hide it', () => {
  // First cancellation (Sérgio's seq 4) lost; a second one (seq 2) arrives.
  const state = run(before, {
    type: 'bidsCancelled',
    auction: { ...auctionAt(4, 2, 'bia'), bidCount: 2 },
    cancelledBidIds: [sergio2.id],
    bids: [],
    viewerId: null,
  });
  assert.deepEqual(rows(state), ['4', '3', '2x', '1']);
  assert.ok(unmarkedCancellations(state) > 0, 'seq 4 still reads as standing: read again');
});

test('a mark is never taken back, and one named before its bid arrived is applied then', () => {
  let state = run(loaded(auctionAt(2, 0, 'sergio'), [bia1, sergio2]), {
    type: 'bidsCancelled',
    auction: auctionAt(4, 2, 'bia'),
    cancelledBidIds: [sergio2.id, 'b3'],
    bids: [],
    viewerId: null,
  });
  assert.equal(missesBids(state), true, 'seq 3 and 4 not received yet');
  // The catch-up was read before the cancellation: no marks on it.
  state = run(state, {
    type: 'bids',
    auction: auctionAt(4, 0, 'sergio'),
    bids: [sergio2, bidFixture(3, 'sergio'), bidFixture(4, 'bia')],
    viewerId: null,
  });
  assert.deepEqual(rows(state), ['4', '3x', '2x', '1']);
  assert.equal(state.auction?.cancelledBidCount, 2);
});

test('the viewer’s outbid notice goes with the cancelled bid that outbid them', () => {
  const outbid = run(loaded(auctionAt(1, 0, 'bia'), [bia1]), {
    type: 'bids',
    auction: auctionAt(2, 0, 'sergio'),
    bids: [sergio2],
    viewerId: 'bia',
  });
  assert.equal(outbid.outbidBy?.id, sergio2.id);
  const cancelled = run(outbid, {
    type: 'bidsCancelled',
    auction: { ...auctionAt(2, 1, 'bia'), bidCount: 1 },
    cancelledBidIds: [sergio2.id],
    bids: [],
    viewerId: 'bia',
  });
  assert.equal(cancelled.outbidBy, null);
  assert.equal(cancelled.auction?.leader?.id, 'bia');
});

// ---- Any order, repetition or loss ---------------------------------------

/** One step on the server: a bid, or a cancellation of some standing bids (and maybe a new one). */
type Step = { kind: 'bid' } | { kind: 'cancel'; picks: number[]; adds: boolean };

interface Truth {
  bids: Bid[];
  events: AuctionLiveAction[];
  /** Which events are cancellations. */
  cancellations: Set<number>;
  auction: Auction;
}

/** What the server holds after `steps`, and the event each step sent. */
function serverAfter(steps: Step[]): Truth {
  const bidders = ['ana', 'bia', 'caio', 'sergio'];
  const bids: Bid[] = [];
  const events: AuctionLiveAction[] = [];
  const cancellations = new Set<number>();
  const newBid = () => {
    const seq = bids.length + 1;
    const bid = bidFixture(seq, bidders[seq % bidders.length] as string);
    bids.push(bid);
    return bid;
  };
  const snapshot = (): Auction => {
    const standing = bids.filter((bid) => !bid.cancelled);
    return {
      ...auctionAt(bids.length, bids.length - standing.length, null),
      leader: standing.at(-1)?.bidder ?? null,
    };
  };
  for (const step of steps) {
    if (step.kind === 'bid') {
      const bid = newBid();
      events.push({ type: 'bids', auction: snapshot(), bids: [bid], viewerId: null });
      continue;
    }
    const standing = bids.filter((bid) => !bid.cancelled);
    if (standing.length === 0) continue;
    const chosen = new Set(step.picks.map((pick) => standing[pick % standing.length] as Bid));
    for (const bid of chosen) bids[bid.seq - 1] = cancelledCopy(bid);
    const added = step.adds ? [newBid()] : [];
    cancellations.add(events.length);
    events.push({
      type: 'bidsCancelled',
      auction: snapshot(),
      cancelledBidIds: [...chosen].map((bid) => bid.id),
      bids: added,
      viewerId: null,
    });
  }
  return { bids, events, cancellations, auction: snapshot() };
}

const steps = fc.array(
  fc.oneof(
    fc.constant<Step>({ kind: 'bid' }),
    fc.record({
      kind: fc.constant('cancel' as const),
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      adds: fc.boolean(),
    }),
  ),
  { minLength: 1, maxLength: 25 },
);

const rowsOf = (bids: Bid[]) =>
  [...bids].sort((a, b) => b.seq - a.seq).map((bid) => `${bid.seq}${bid.cancelled ? 'x' : ''}`);
const opened = loaded(auctionAt(0, 0, null), []);

test('any order and repetition of the events gives every bid with its mark', () => {
  fc.assert(
    fc.property(steps, fc.array(fc.nat()), fc.infiniteStream(fc.nat()), (plan, extra, picks) => {
      const truth = serverAfter(plan);
      const count = truth.events.length;
      fc.pre(count > 0);
      const order = [...truth.events.keys(), ...extra.map((n) => n % count)];
      const iterator = picks[Symbol.iterator]();
      for (let i = order.length - 1; i > 0; i--) {
        const j = (iterator.next().value as number) % (i + 1);
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      const state = run(opened, ...order.map((at) => truth.events[at] as AuctionLiveAction));
      assert.deepEqual(rows(state), rowsOf(truth.bids));
      assert.deepEqual(state.auction, truth.auction);
      assert.equal(missesBids(state), false);
    }),
  );
});

test('in order with some events lost, the page knows what it misses, and catching up mends it', () => {
  fc.assert(
    fc.property(steps, fc.array(fc.boolean(), { maxLength: 25 }), (plan, lost) => {
      const truth = serverAfter(plan);
      const delivered = truth.events.filter((_, at) => !lost[at]);
      const lostCancellation = [...truth.cancellations].some((at) => lost[at]);
      // The reconnection's ack: the auction now, and the bids after those held in sequence.
      let state = run(opened, ...delivered);
      state = run(state, {
        type: 'bids',
        auction: truth.auction,
        bids: truth.bids.filter((bid) => bid.seq > state.coveredSeq),
        viewerId: null,
      });
      assert.equal(missesBids(state), false);
      assert.equal(unmarkedCancellations(state) > 0, lostCancellation);
      if (lostCancellation)
        state = run(state, {
          type: 'reread',
          auction: truth.auction,
          bids: truth.bids,
          viewerId: null,
        });
      assert.deepEqual(rows(state), rowsOf(truth.bids));
      assert.equal(unmarkedCancellations(state), 0);
    }),
  );
});

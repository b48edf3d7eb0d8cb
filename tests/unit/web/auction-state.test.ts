// The auction page's live state: however events, catch-up answers and REST
// replies interleave or repeat, the page ends with one row per bid, newest
// first, and the newest auction state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  auctionLiveReducer,
  coveredFrom,
  initialAuctionLiveState,
  missesBids,
  type AuctionLiveAction,
} from '../../../web/src/live/auction-state.ts';
import { mergeBids } from '../../../web/src/live/bid-marks.ts';
import { auctionAfterBids as auctionAt, bidFixture as bidAt } from './fixtures.ts';

test('mergeBids keeps one bid per seq, newest first', () => {
  const merged = mergeBids(
    [bidAt(2, 'x'), bidAt(1, 'y')],
    [bidAt(3, 'z'), bidAt(2, 'x'), bidAt(1, 'y')],
  );
  assert.deepEqual(
    merged.map((bid) => bid.seq),
    [3, 2, 1],
  );
});

test('the page knows which bids it holds without a hole', () => {
  assert.equal(coveredFrom([bidAt(3, 'x'), bidAt(1, 'y'), bidAt(2, 'z')], 0), 3);
  assert.equal(coveredFrom([bidAt(3, 'x'), bidAt(1, 'y')], 0), 1);
  assert.equal(coveredFrom([bidAt(52, 'x'), bidAt(51, 'y')], 50), 52);
});

test('one request answered by a proxy bid: a hole only until its second event', () => {
  let state = auctionLiveReducer(initialAuctionLiveState, {
    type: 'loaded',
    auction: auctionAt(4, 'ana'),
    bids: [bidAt(4, 'ana')],
    afterSeq: 3,
  });
  assert.equal(missesBids(state), false);
  // Both events carry the auction as it is after the whole request.
  state = auctionLiveReducer(state, {
    type: 'bids',
    auction: auctionAt(6, 'ana'),
    bids: [bidAt(5, 'bia')],
    viewerId: null,
  });
  assert.equal(missesBids(state), true);
  state = auctionLiveReducer(state, {
    type: 'bids',
    auction: auctionAt(6, 'ana'),
    bids: [bidAt(6, 'ana')],
    viewerId: null,
  });
  assert.equal(missesBids(state), false);
  assert.equal(state.coveredSeq, 6);
});

test('an older auction state never replaces a newer one', () => {
  let state = auctionLiveReducer(initialAuctionLiveState, {
    type: 'loaded',
    auction: auctionAt(3, 'ana'),
    bids: [bidAt(3, 'ana')],
    afterSeq: 2,
  });
  state = auctionLiveReducer(state, {
    type: 'bids',
    auction: auctionAt(2, 'bia'),
    bids: [bidAt(2, 'bia')],
    viewerId: null,
  });
  assert.equal(state.auction?.seq, 3);
  assert.deepEqual(
    state.bids.map((bid) => bid.seq),
    [3, 2],
  );
});

test('the viewer is told when outbid, and the notice goes when they lead again', () => {
  let state = auctionLiveReducer(initialAuctionLiveState, {
    type: 'loaded',
    auction: auctionAt(1, 'ana'),
    bids: [bidAt(1, 'ana')],
    afterSeq: 0,
  });
  state = auctionLiveReducer(state, {
    type: 'bids',
    auction: auctionAt(2, 'bia'),
    bids: [bidAt(2, 'bia')],
    viewerId: 'ana',
  });
  assert.equal(state.outbidBy?.bidder.id, 'bia');
  state = auctionLiveReducer(state, {
    type: 'bids',
    auction: auctionAt(3, 'ana'),
    bids: [bidAt(3, 'ana')],
    viewerId: 'ana',
  });
  assert.equal(state.outbidBy, null);
});

test('someone else being outbid is no notice for the viewer', () => {
  let state = auctionLiveReducer(initialAuctionLiveState, {
    type: 'loaded',
    auction: auctionAt(1, 'ana'),
    bids: [bidAt(1, 'ana')],
    afterSeq: 0,
  });
  state = auctionLiveReducer(state, {
    type: 'bids',
    auction: auctionAt(2, 'bia'),
    bids: [bidAt(2, 'bia')],
    viewerId: 'caio',
  });
  assert.equal(state.outbidBy, null);
});

test('any order and repetition of deliveries gives the same page', () => {
  const bidders = ['ana', 'bia', 'caio'];
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 30 }),
      fc.array(fc.nat(), { maxLength: 60 }),
      fc.infiniteStream(fc.nat()),
      (total, extra, picks) => {
        // Every bid delivered at least once (event or catch-up), some more than once, shuffled.
        const deliveries = [
          ...Array.from({ length: total }, (_, i) => i + 1),
          ...extra.map((n) => (n % total) + 1),
        ];
        const iterator = picks[Symbol.iterator]();
        for (let i = deliveries.length - 1; i > 0; i--) {
          const j = (iterator.next().value as number) % (i + 1);
          [deliveries[i], deliveries[j]] = [deliveries[j] as number, deliveries[i] as number];
        }
        let state = auctionLiveReducer(initialAuctionLiveState, {
          type: 'loaded',
          auction: auctionAt(0, null),
          bids: [],
          afterSeq: 0,
        });
        for (const seq of deliveries) {
          const bidder = bidders[seq % bidders.length] as string;
          const action: AuctionLiveAction = {
            type: 'bids',
            auction: auctionAt(seq, bidder),
            bids: [bidAt(seq, bidder)],
            viewerId: 'ana',
          };
          state = auctionLiveReducer(state, action);
        }
        assert.deepEqual(
          state.bids.map((bid) => bid.seq),
          Array.from({ length: total }, (_, i) => total - i),
        );
        assert.equal(state.auction?.seq, total);
        assert.equal(state.coveredSeq, total);
        assert.equal(missesBids(state), false);
      },
    ),
  );
});

test('a compact auction from an event keeps the description the page loaded', () => {
  const loaded = { ...auctionAt(1, 'ana'), description: 'Relógio de bolso' };
  let state = auctionLiveReducer(initialAuctionLiveState, {
    type: 'loaded',
    auction: loaded,
    bids: [bidAt(1, 'ana')],
    afterSeq: 0,
  });
  const { description, ...compact } = auctionAt(2, 'bia');
  state = auctionLiveReducer(state, {
    type: 'bids',
    auction: compact,
    bids: [bidAt(2, 'bia')],
    viewerId: null,
  });
  assert.equal(state.auction?.seq, 2);
  assert.equal(state.auction?.leader?.id, 'bia');
  assert.equal(state.auction?.description, 'Relógio de bolso');
  // A whole auction (an ack) brings its own description.
  const whole = { ...auctionAt(3, 'ana'), description: 'Relógio de bolso, corrente inclusa' };
  state = auctionLiveReducer(state, {
    type: 'bids',
    auction: whole,
    bids: [],
    viewerId: null,
  });
  assert.equal(state.auction?.description, 'Relógio de bolso, corrente inclusa');
});

test('a seller’s correction (auction:edited: whole, same seq) replaces the title and description', () => {
  let state = auctionLiveReducer(initialAuctionLiveState, {
    type: 'loaded',
    auction: { ...auctionAt(0, null), title: 'Relogio', description: 'Prata' },
    bids: [],
    afterSeq: 0,
  });
  const edited = { ...auctionAt(0, null), title: 'Relógio', description: '' };
  state = auctionLiveReducer(state, { type: 'bids', auction: edited, bids: [], viewerId: null });
  assert.deepEqual([state.auction?.title, state.auction?.description], ['Relógio', '']);
  assert.equal(missesBids(state), false);
});

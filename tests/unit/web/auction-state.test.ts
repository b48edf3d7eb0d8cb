// The auction page's live state: however events, catch-up answers and REST
// replies interleave or repeat, the page ends with one row per bid, newest
// first, and the newest auction state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Auction, Bid } from '../../../core/schemas.ts';
import {
  auctionLiveReducer,
  initialAuctionLiveState,
  mergeBids,
  missedEvents,
  type AuctionLiveAction,
} from '../../../web/src/live/auction-state.ts';

const person = (id: string) => ({ id, name: id.toUpperCase() });

function auctionAt(seq: number, leaderId: string | null): Auction {
  return {
    id: 'a1',
    title: 'Lote',
    description: '',
    seller: person('seller'),
    status: 'open',
    startingPrice: 1000,
    currentPrice: 1000 + seq * 100,
    minimumBid: 1100 + seq * 100,
    minIncrement: 100,
    softCloseSeconds: 0,
    bidCount: seq,
    leader: leaderId ? person(leaderId) : null,
    endsAt: '2030-01-01T00:00:00.000Z',
    createdAt: '2029-12-31T00:00:00.000Z',
    closedAt: null,
    winner: null,
    seq,
  };
}

function bidAt(seq: number, bidderId: string): Bid {
  return {
    id: `b${seq}`,
    auctionId: 'a1',
    seq,
    amount: 1000 + seq * 100,
    bidder: person(bidderId),
    placedAt: '2030-01-01T00:00:00.000Z',
  };
}

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

test('a seq more than one ahead means events were missed', () => {
  assert.equal(missedEvents(4, 5), false);
  assert.equal(missedEvents(4, 4), false);
  assert.equal(missedEvents(4, 6), true);
});

test('an older auction state never replaces a newer one', () => {
  let state = auctionLiveReducer(initialAuctionLiveState, {
    type: 'loaded',
    auction: auctionAt(3, 'ana'),
    bids: [bidAt(3, 'ana')],
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
      },
    ),
  );
});

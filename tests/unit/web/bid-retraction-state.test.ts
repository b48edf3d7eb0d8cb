// The auction page's live state when a bidder retracts a bid
// (web/src/live/auction-state.ts, bid-marks.ts): `bids:cancelled` with
// reason `retraction` — or the retracting viewer's own answer, taken in the
// same way — marks the bids `retracted` as well as `cancelled`; no reading or
// copy takes a mark back, whatever the order or repetition; a missing reason
// is the moderators'; and the page announces it in the reason's words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Bid } from '../../../core/schemas.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { withdrawalAnnouncement } from '../../../web/src/i18n/retraction-text.ts';
import {
  auctionLiveReducer,
  initialAuctionLiveState,
  unmarkedCancellations,
  type AuctionLiveAction,
  type AuctionLiveState,
} from '../../../web/src/live/auction-state.ts';
import { auctionWithCancelled, bidFixture, brl } from './fixtures.ts';

const auctionAt = (seq: number, cancelled: number, leaderId: string | null) =>
  auctionWithCancelled(seq, cancelled, leaderId, { currentPrice: 2_000 });
const run = (state: AuctionLiveState, ...actions: AuctionLiveAction[]) =>
  actions.reduce(auctionLiveReducer, state);
/** Seq and marks of each row, newest first: "2r" retracted, "2x" cancelled by the moderators. */
const rows = (state: AuctionLiveState) =>
  state.bids.map((bid) => `${bid.seq}${bid.retracted ? 'r' : bid.cancelled ? 'x' : ''}`);

// Bia bids R$ 20,00 (1); Caio means R$ 21,00 and types R$ 2.100,00 (2).
const bia1 = bidFixture(1, 'bia');
const caio2 = { ...bidFixture(2, 'caio'), amount: 210_000 };
const before = run(initialAuctionLiveState, {
  type: 'loaded',
  auction: auctionAt(2, 0, 'caio'),
  bids: [bia1, caio2],
  afterSeq: 0,
});
const retraction: AuctionLiveAction = {
  type: 'bidsCancelled',
  auction: auctionAt(2, 1, 'bia'),
  cancelledBidIds: [caio2.id],
  bids: [],
  reason: 'retraction',
  viewerId: null,
};
const copyOf = (bid: Bid, marks: Partial<Bid>): Bid => ({ ...bid, ...marks });

test('a retraction marks the bid retracted and cancelled, and the leader is back', () => {
  const state = run(before, retraction);
  assert.deepEqual(rows(state), ['2r', '1']);
  assert.equal(state.auction?.leader?.id, 'bia');
  assert.equal(state.withdrawnBy, 'retraction');
  assert.equal(unmarkedCancellations(state), 0);
});

test('without a reason it was the moderators: cancelled, not retracted', () => {
  const { reason: _reason, ...moderation } = retraction as Extract<
    AuctionLiveAction,
    { type: 'bidsCancelled' }
  >;
  const state = run(before, moderation);
  assert.deepEqual(rows(state), ['2x', '1']);
  assert.equal(state.withdrawnBy, 'moderation');
});

test('the viewer’s own answer then its event, or the other way round, is one retraction', () => {
  const twice = run(before, retraction, retraction);
  assert.deepEqual(rows(twice), ['2r', '1']);
  assert.deepEqual(twice.auction, run(before, retraction).auction);
});

test('a stale copy or reading never takes the marks back; a named bid arriving later is marked', () => {
  let state = run(before, retraction, {
    type: 'bids',
    auction: auctionAt(2, 0, 'caio'),
    bids: [caio2],
    viewerId: null,
  });
  assert.deepEqual(rows(state), ['2r', '1'], 'an ack read before it');
  state = run(state, {
    type: 'reread',
    auction: auctionAt(2, 1, 'bia'),
    bids: [bia1, copyOf(caio2, { cancelled: true })],
    viewerId: null,
  });
  assert.deepEqual(rows(state), ['2r', '1'], 'a copy with the cancellation only');
  // The event before the page held the bid (it loads older bids afterwards).
  const empty = run(initialAuctionLiveState, {
    type: 'loaded',
    auction: auctionAt(2, 0, 'caio'),
    bids: [],
    afterSeq: 2,
  });
  const later = run(empty, retraction, { type: 'olderBids', bids: [bia1, caio2] });
  assert.deepEqual(rows(later), ['2r', '1']);
  // Marks read over REST, no event heard: an older copy (a catch-up) keeps them too.
  const read = run(initialAuctionLiveState, {
    type: 'loaded',
    auction: auctionAt(2, 1, 'bia'),
    bids: [bia1, copyOf(caio2, { cancelled: true, retracted: true })],
    afterSeq: 0,
  });
  for (const stale of [caio2, copyOf(caio2, { cancelled: true })])
    assert.deepEqual(
      rows(run(read, { type: 'olderBids', bids: [stale] })),
      ['2r', '1'],
      JSON.stringify(stale),
    );
});

test('the marks hold whatever the order and repetition of copies and the event', () => {
  const copies: AuctionLiveAction[] = [
    retraction,
    { type: 'bids', auction: auctionAt(2, 0, 'caio'), bids: [caio2], viewerId: null },
    { type: 'olderBids', bids: [bia1, caio2] },
    {
      type: 'reread',
      auction: auctionAt(2, 1, 'bia'),
      bids: [bia1, copyOf(caio2, { cancelled: true, retracted: true })],
      viewerId: null,
    },
  ];
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...copies), { maxLength: 8 }),
      fc.integer({ min: 0, max: 8 }),
      (others, at) => {
        const actions = [...others.slice(0, at), retraction, ...others.slice(at)];
        const state = run(before, ...actions);
        assert.deepEqual(rows(state), ['2r', '1']);
        assert.equal(state.auction?.leader?.id, 'bia');
      },
    ),
  );
});

test('the page announces it in the reason’s words', () => {
  const now = auctionAt(2, 1, 'bia');
  assert.equal(
    withdrawalAnnouncement('retraction', now, ptBR, 'pt-BR'),
    `Um lance foi retirado deste leilão. BIA está na frente com ${brl(2_000)}.`,
  );
  assert.equal(
    withdrawalAnnouncement(undefined, now, ptBR, 'pt-BR'),
    `A moderação cancelou lances deste leilão. BIA está na frente com ${brl(2_000)}.`,
  );
  assert.equal(
    withdrawalAnnouncement('retraction', auctionAt(2, 2, null), en, 'en'),
    'A bid on this auction was retracted. No bid stands now: starting price R$20.00.',
  );
});

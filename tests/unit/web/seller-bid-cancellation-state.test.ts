// The auction page's live state when the seller cancels a bidder's bids
// (web/src/live/auction-state.ts, bid-marks.ts, forms/withdrawn-own-bid.ts):
// `bids:cancelled` with reason `seller` — or the seller's own answer, taken
// in the same way — marks the bids `cancelledBySeller` as well as
// `cancelled`, so the history's label shows live and after a reload; no
// reading or copy takes the mark back, whatever the order or repetition; and
// the bid form's last answer about a bid of the cancelled bidder's says the
// seller cancelled it, and who leads now.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Bid } from '../../../core/schemas.ts';
import { ownBidWithdrawal } from '../../../web/src/forms/withdrawn-own-bid.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { ownBidWithdrawnText } from '../../../web/src/i18n/retraction-text.ts';
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
/** Seq and marks of each row, newest first: "2s" the seller's, "2r" retracted, "2x" the moderators'. */
const rows = (state: AuctionLiveState) =>
  state.bids.map(
    (bid) =>
      `${bid.seq}${bid.cancelledBySeller ? 's' : ''}${bid.retracted ? 'r' : ''}${bid.cancelled && !bid.cancelledBySeller && !bid.retracted ? 'x' : ''}`,
  );
const copyOf = (bid: Bid, marks: Partial<Bid>): Bid => ({ ...bid, ...marks });

// Bia bids R$ 20,00 (1); Ana R$ 21,00 (2), on her page: "Lance aceito".
const bia1 = { ...bidFixture(1, 'bia'), amount: 2_000 };
const ana2 = { ...bidFixture(2, 'ana'), amount: 2_100 };
const before = run(initialAuctionLiveState, {
  type: 'loaded',
  auction: auctionWithCancelled(2, 0, 'ana', { currentPrice: 2_100 }),
  bids: [ana2, bia1],
  afterSeq: 0,
});
const bySeller = (
  viewerId: string | null = null,
  auction = auctionAt(2, 1, 'bia'),
): AuctionLiveAction => ({
  type: 'bidsCancelled',
  auction,
  cancelledBidIds: [ana2.id],
  bids: [],
  reason: 'seller',
  viewerId,
});

test('the seller’s cancellation marks the bid cancelled by the seller, and the leader is back', () => {
  const state = run(before, bySeller());
  assert.deepEqual(rows(state), ['2s', '1']);
  assert.equal(state.bids[0]?.cancelled, true);
  assert.equal(state.bids[0]?.retracted, undefined, 'not a retraction');
  assert.equal(state.auction?.leader?.id, 'bia');
  assert.equal(state.withdrawnBy, 'seller');
  assert.equal(unmarkedCancellations(state), 0);
});

test('a stale copy never takes the mark back; a named bid arriving later is marked', () => {
  let state = run(before, bySeller(), {
    type: 'bids',
    auction: auctionAt(2, 0, 'ana'),
    bids: [ana2],
    viewerId: null,
  });
  assert.deepEqual(rows(state), ['2s', '1'], 'an ack read before it');
  state = run(state, {
    type: 'reread',
    auction: auctionAt(2, 1, 'bia'),
    bids: [bia1, copyOf(ana2, { cancelled: true })],
    viewerId: null,
  });
  assert.deepEqual(rows(state), ['2s', '1'], 'a copy with the cancellation only');
  const empty = run(initialAuctionLiveState, {
    type: 'loaded',
    auction: auctionAt(2, 0, 'ana'),
    bids: [],
    afterSeq: 2,
  });
  assert.deepEqual(rows(run(empty, bySeller(), { type: 'olderBids', bids: [bia1, ana2] })), [
    '2s',
    '1',
  ]);
  // Read after a reload: the mark comes with the bid, and an older copy keeps it.
  const read = run(initialAuctionLiveState, {
    type: 'loaded',
    auction: auctionAt(2, 1, 'bia'),
    bids: [bia1, copyOf(ana2, { cancelled: true, cancelledBySeller: true })],
    afterSeq: 0,
  });
  assert.deepEqual(rows(read), ['2s', '1']);
  assert.deepEqual(rows(run(read, { type: 'olderBids', bids: [ana2] })), ['2s', '1']);
});

test('the mark holds whatever the order and repetition of copies and the event', () => {
  const copies: AuctionLiveAction[] = [
    bySeller(),
    { type: 'bids', auction: auctionAt(2, 0, 'ana'), bids: [ana2], viewerId: null },
    { type: 'olderBids', bids: [bia1, ana2] },
    {
      type: 'reread',
      auction: auctionAt(2, 1, 'bia'),
      bids: [bia1, copyOf(ana2, { cancelled: true, cancelledBySeller: true })],
      viewerId: null,
    },
    {
      type: 'reread',
      auction: auctionAt(2, 1, 'bia'),
      bids: [bia1, copyOf(ana2, { cancelled: true })],
      viewerId: null,
    },
  ];
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...copies), { maxLength: 8 }),
      fc.integer({ min: 0, max: 8 }),
      (others, at) => {
        const state = run(before, ...others.slice(0, at), bySeller(), ...others.slice(at));
        assert.deepEqual(rows(state), ['2s', '1']);
        assert.equal(state.auction?.leader?.id, 'bia');
      },
    ),
  );
});

test('a retraction and the seller’s cancellation, one after the other, keep their own marks', () => {
  const bia3 = { ...bidFixture(3, 'bia'), amount: 2_200 };
  const state = run(
    before,
    { type: 'bids', auction: auctionAt(3, 0, 'bia'), bids: [bia3], viewerId: null },
    {
      type: 'bidsCancelled',
      auction: auctionAt(3, 1, 'ana'),
      cancelledBidIds: [bia3.id],
      bids: [],
      reason: 'retraction',
      viewerId: null,
    },
    bySeller(null, auctionAt(3, 2, 'bia')),
  );
  assert.deepEqual(rows(state), ['3r', '2s', '1']);
  assert.equal(state.withdrawnBy, 'seller', 'the latest one’s words');
});

test('the bid form’s answer about her bid says the seller cancelled it, and who leads', () => {
  const spoken = [ana2];
  assert.equal(ownBidWithdrawal(spoken, before.bids), null, 'while it stands');
  const state = run(before, bySeller('ana'));
  const withdrawal = ownBidWithdrawal(spoken, state.bids);
  assert.deepEqual(withdrawal, {
    reason: 'seller',
    bids: [{ ...ana2, cancelled: true, cancelledBySeller: true }],
  });
  assert.ok(withdrawal && state.auction);
  assert.equal(
    ownBidWithdrawnText(withdrawal, state.auction, 'ana', ptBR, 'pt-BR'),
    `O vendedor cancelou seu lance de ${brl(2_100)}. BIA está na frente, com ${brl(2_000)}.`,
  );
  assert.equal(
    ownBidWithdrawnText(withdrawal, state.auction, 'ana', en, 'en'),
    'The seller cancelled your bid of R$21.00. BIA leads, at R$20.00.',
  );
  // Read again after the event was lost: the same.
  const reread = run(before, {
    type: 'reread',
    auction: auctionAt(2, 1, 'bia'),
    bids: [copyOf(ana2, { cancelled: true, cancelledBySeller: true }), bia1],
    viewerId: 'ana',
  });
  assert.equal(ownBidWithdrawal(spoken, reread.bids)?.reason, 'seller');
});

// The bid form's last answer once bids are withdrawn
// (web/src/forms/withdrawn-own-bid.ts, i18n/retraction-text.ts): Caio's bid
// was accepted on one page of his; taken back on another (`bids:cancelled`,
// reason `retraction`) or cancelled by the moderators, the answer says so,
// with who leads now, in both languages. It holds while his bids stand, when
// someone else's bids go, and when someone else's withdrawal places his bid
// again at the new price. The marks come through the page's reducer, from
// the event or from a reading again after the event was lost.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Bid } from '../../../core/schemas.ts';
import { ownBidWithdrawal } from '../../../web/src/forms/withdrawn-own-bid.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { ownBidWithdrawnText } from '../../../web/src/i18n/retraction-text.ts';
import {
  auctionLiveReducer,
  initialAuctionLiveState,
  type AuctionLiveAction,
  type AuctionLiveState,
} from '../../../web/src/live/auction-state.ts';
import { auctionWithCancelled, bidFixture, brl } from './fixtures.ts';

const run = (state: AuctionLiveState, ...actions: AuctionLiveAction[]) =>
  actions.reduce(auctionLiveReducer, state);
const bidOf = (seq: number, bidderId: string, amount: number, automatic = false): Bid => ({
  ...bidFixture(seq, bidderId),
  amount,
  automatic,
});
const withdrawn = (
  seq: number,
  cancelled: number,
  leaderId: string | null,
  cancelledBidIds: string[],
  reason?: 'moderation' | 'retraction',
  bids: Bid[] = [],
): AuctionLiveAction => ({
  type: 'bidsCancelled',
  auction: auctionWithCancelled(seq, cancelled, leaderId, { currentPrice: 2_000 }),
  cancelledBidIds,
  bids,
  ...(reason ? { reason } : {}),
  viewerId: 'caio',
});

// Bia bids R$ 20,00 (1); Caio, on his page, R$ 2.100,00 (2): "Lance aceito".
const bia1 = bidOf(1, 'bia', 2_000);
const caio2 = bidOf(2, 'caio', 210_000);
const spoken = [caio2];
const before = run(initialAuctionLiveState, {
  type: 'loaded',
  auction: auctionWithCancelled(2, 0, 'caio', { currentPrice: 210_000 }),
  bids: [caio2, bia1],
  afterSeq: 0,
});
const said = (state: AuctionLiveState, t = ptBR, locale: 'pt-BR' | 'en' = 'pt-BR') => {
  const withdrawal = ownBidWithdrawal(spoken, state.bids);
  assert.ok(withdrawal && state.auction, 'the answer no longer holds');
  return ownBidWithdrawnText(withdrawal, state.auction, 'caio', t, locale);
};

test('while his bid stands, the answer holds', () => {
  assert.equal(ownBidWithdrawal(spoken, before.bids), null);
  assert.equal(ownBidWithdrawal([], before.bids), null, 'an answer about no bid');
  assert.equal(ownBidWithdrawal(spoken, []), null, 'a page that holds none of them');
});

test('retracted on his other page: the answer says it was taken back, and who leads', () => {
  const state = run(before, withdrawn(2, 1, 'bia', [caio2.id], 'retraction'));
  assert.deepEqual(ownBidWithdrawal(spoken, state.bids), {
    reason: 'retraction',
    bids: [{ ...caio2, cancelled: true, retracted: true }],
  });
  assert.equal(
    said(state),
    `Seu lance de ${brl(210_000)} foi retirado. BIA está na frente, com ${brl(2_000)}.`,
  );
  assert.equal(
    said(state, en, 'en'),
    'Your bid of R$2,100.00 was retracted. BIA leads, at R$20.00.',
  );
});

test('cancelled by the moderators, with or without a reason: the moderators’ words', () => {
  for (const reason of ['moderation', undefined] as const) {
    const state = run(before, withdrawn(2, 1, 'bia', [caio2.id], reason));
    assert.equal(ownBidWithdrawal(spoken, state.bids)?.reason, 'moderation', String(reason));
    assert.equal(
      said(state),
      `A moderação cancelou seu lance de ${brl(210_000)}. BIA está na frente, com ${brl(2_000)}.`,
    );
    assert.equal(
      said(state, en, 'en'),
      'The moderators cancelled your bid of R$2,100.00. BIA leads, at R$20.00.',
    );
  }
});

test('the event lost, a reading again that carries the marks tells the same', () => {
  const state = run(before, {
    type: 'reread',
    auction: auctionWithCancelled(2, 1, 'bia', { currentPrice: 2_000 }),
    bids: [{ ...caio2, cancelled: true, retracted: true }, bia1],
    viewerId: 'caio',
  });
  assert.equal(ownBidWithdrawal(spoken, state.bids)?.reason, 'retraction');
});

test('his automatic bid in the same answer: the bid he typed is named', () => {
  // Caio typed R$ 21,00 with a maximum (2); Bia's maximum answered (3), and
  // his at once (4). He retracts it all on his other page; Bia leads again.
  const caio2 = bidOf(2, 'caio', 2_100);
  const bia3 = bidOf(3, 'bia', 2_200, true);
  const caio4 = bidOf(4, 'caio', 2_300, true);
  const state = run(
    initialAuctionLiveState,
    { type: 'loaded', auction: auctionWithCancelled(4, 0, 'caio'), bids: [bia1], afterSeq: 0 },
    {
      type: 'bids',
      auction: auctionWithCancelled(4, 0, 'caio'),
      bids: [caio2, bia3, caio4],
      viewerId: 'caio',
    },
    withdrawn(4, 3, 'bia', [caio2.id, bia3.id, caio4.id], 'retraction'),
  );
  const withdrawal = ownBidWithdrawal([caio2, caio4], state.bids);
  assert.ok(withdrawal && state.auction);
  assert.equal(
    ownBidWithdrawnText(withdrawal, state.auction, 'caio', ptBR, 'pt-BR'),
    `Seu lance de ${brl(2_100)} foi retirado. BIA está na frente, com ${brl(2_000)}.`,
  );
});

test('someone else’s bids withdrawn, his standing: the answer holds', () => {
  const bia3 = bidOf(3, 'bia', 220_000);
  const state = run(
    before,
    { type: 'bids', auction: auctionWithCancelled(3, 0, 'bia'), bids: [bia3], viewerId: 'caio' },
    withdrawn(3, 1, 'caio', [bia3.id], 'retraction'),
  );
  assert.equal(ownBidWithdrawal(spoken, state.bids), null);
});

test('someone else’s withdrawal places his bid again at the new price: his still counts', () => {
  // Bia's bid goes; Caio's R$ 2.100,00 is above the new price, cancelled
  // with it, and placed again for him (3) at R$ 20,00.
  const caio3 = bidOf(3, 'caio', 2_000, true);
  const state = run(before, withdrawn(3, 2, 'caio', [bia1.id, caio2.id], 'retraction', [caio3]));
  assert.equal(state.bids.find((bid) => bid.id === caio2.id)?.cancelled, true);
  assert.equal(ownBidWithdrawal(spoken, state.bids), null);
});

// The seller's cancellation of a bidder's bids, in the UI's pure parts
// (web/src/forms/seller-bid-cancellation.ts, i18n/seller-cancel-*.ts,
// i18n/retraction-text.ts, live/alert-list.ts): the reasons are the API's,
// each worded in both languages; only the seller of an open auction is
// offered it, per bidder with a bid standing, the latest to bid first; what
// was done and who leads now, and each refusal in words, never a code; the
// history's label and count; the new leader's alert, the watchers'
// announcement, and the cancelled bidder's own alert, which says nothing of
// the reason (not in the event) and gives way as the standings alerts do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SELLER_CANCEL_REASONS as API_REASONS } from '../../../core/schemas.ts';
import { ApiError } from '../../../web/src/api/http.ts';
import { formatMoney } from '../../../web/src/format.ts';
import {
  biddersToOffer,
  SELLER_CANCEL_REASONS,
} from '../../../web/src/forms/seller-bid-cancellation.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import {
  leadsAgainText,
  withdrawalAnnouncement,
  withdrawnBidLabel,
} from '../../../web/src/i18n/retraction-text.ts';
import { sellerCancelMessages } from '../../../web/src/i18n/seller-cancel-messages.ts';
import {
  sellerCancelDoneText,
  sellerCancelErrorMessage,
} from '../../../web/src/i18n/seller-cancel-text.ts';
import {
  addAlert,
  bidsCancelledAlert,
  ownBidsCancelledAlert,
  parseStoredAlerts,
  type Alert,
} from '../../../web/src/live/alert-list.ts';
import { auctionFixture, bidFixture, brl, person } from './fixtures.ts';

test('the reasons are the API’s, in its order, each worded in both languages', () => {
  assert.deepEqual(SELLER_CANCEL_REASONS, [...API_REASONS]);
  for (const locale of ['pt-BR', 'en'] as const) {
    const labels = SELLER_CANCEL_REASONS.map((r) => sellerCancelMessages[locale].reasons[r]);
    assert.equal(new Set(labels).size, API_REASONS.length, locale);
    for (const label of labels) assert.match(label, /\S/, locale);
  }
  assert.deepEqual(
    SELLER_CANCEL_REASONS.map((reason) => sellerCancelMessages['pt-BR'].reasons[reason]),
    [
      'O licitante pediu para cancelar',
      'Havia um erro no anúncio',
      'O item não está mais disponível',
      'Suspeita de fraude',
    ],
  );
});

test('the question says every bid goes, the history shows it, and they may bid again', () => {
  assert.equal(
    sellerCancelMessages['pt-BR'].question('Caio'),
    'Cancelar os lances de Caio? Todos os lances de Caio neste leilão serão cancelados, e o histórico vai mostrá-los como cancelados pelo vendedor. Caio poderá dar lances de novo, a menos que você bloqueie essa pessoa.',
  );
  assert.match(sellerCancelMessages.en.question('Caio'), /may bid again unless you block them/);
});

// Ana (1), Bia (2), Ana's maximum (3, automatic), Caio (4, cancelled by the moderators), Bia (5).
const ana1 = bidFixture(1, 'ana');
const bia2 = bidFixture(2, 'bia');
const ana3 = { ...bidFixture(3, 'ana'), automatic: true };
const caio4 = { ...bidFixture(4, 'caio'), cancelled: true as const };
const bia5 = bidFixture(5, 'bia');
const held = [ana3, bia5, ana1, caio4, bia2];
const open = auctionFixture({ seller: person('vera') });

test('only the seller of an open auction is offered it, per bidder with a bid standing', () => {
  assert.deepEqual(biddersToOffer(open, held, 'vera', null), [
    { id: 'bia', name: 'BIA', standing: 2, highest: bia5.amount, lastSeq: 5 },
    { id: 'ana', name: 'ANA', standing: 2, highest: ana3.amount, lastSeq: 3 },
  ]);
  assert.deepEqual(biddersToOffer(open, held, 'bia', null), [], 'a bidder');
  assert.deepEqual(biddersToOffer(open, held, null, null), [], 'signed out');
  const ended = auctionFixture({ seller: person('vera'), status: 'closed' });
  assert.deepEqual(biddersToOffer(ended, held, 'vera', null), [], 'ended');
  const withdrawn = held.map((bid) => ({ ...bid, cancelled: true as const }));
  assert.deepEqual(biddersToOffer(open, withdrawn, 'vera', null), [], 'none stands');
});

test('with the API’s count of the whole history, the page adds only the bids after it', () => {
  // Counted up to seq 3: Eva's one bid, older than any the page holds, and Ana's two.
  const counted = {
    auctionId: open.id,
    seq: 3,
    bidders: [
      { id: 'ana', name: 'ANA', standing: 2, highest: ana3.amount, lastSeq: 3 },
      { id: 'eva', name: 'EVA', standing: 1, highest: 900, lastSeq: 1 },
    ],
  };
  assert.deepEqual(biddersToOffer(open, held, 'vera', counted), [
    { id: 'bia', name: 'BIA', standing: 1, highest: bia5.amount, lastSeq: 5 },
    { id: 'ana', name: 'ANA', standing: 2, highest: ana3.amount, lastSeq: 3 },
    { id: 'eva', name: 'EVA', standing: 1, highest: 900, lastSeq: 1 },
  ]);
  assert.deepEqual(biddersToOffer(open, held, 'bia', counted), [], 'a bidder');
});

test('done: whose bids went, then who leads now', () => {
  const after = (leader: string | null, currentPrice: number) =>
    auctionFixture({ leader: leader ? person(leader) : null, currentPrice });
  assert.equal(
    sellerCancelDoneText('Caio', after('bia', 2_000), ptBR, 'pt-BR'),
    `Pronto: os lances de Caio foram cancelados. BIA está na frente, com ${brl(2_000)}.`,
  );
  assert.equal(
    sellerCancelDoneText('Caio', after(null, 1_000), ptBR, 'pt-BR'),
    `Pronto: os lances de Caio foram cancelados. Nenhum lance vale agora: lance inicial de ${brl(1_000)}.`,
  );
  assert.equal(
    sellerCancelDoneText('Caio', after('bia', 2_000), en, 'en'),
    'Done: Caio’s bids were cancelled. BIA leads, at R$20.00.',
  );
});

test('each refusal in its own words, never the code; a lost answer asks to look first', () => {
  const said = (error: unknown, locale: 'pt-BR' | 'en' = 'pt-BR') =>
    sellerCancelErrorMessage(error, 'Caio', locale === 'en' ? en : ptBR, locale);
  const refusal = (status: number, code: string, details: Record<string, unknown> = {}) =>
    new ApiError(status, code, code, details);
  const sentences = new Map([
    [
      refusal(409, 'NO_BID_TO_CANCEL'),
      'Caio não tem lance valendo neste leilão: não há o que cancelar.',
    ],
    [
      refusal(409, 'AUCTION_CLOSED'),
      'Este leilão já terminou: os lances não podem mais ser cancelados.',
    ],
    [refusal(403, 'NOT_SELLER'), 'Só quem vende este leilão pode cancelar lances nele.'],
    [
      refusal(429, 'RATE_LIMITED', { retryAfterSeconds: 30 }),
      'Você cancelou lances muitas vezes em pouco tempo. Aguarde 30 segundos e tente de novo.',
    ],
    [
      refusal(429, 'RATE_LIMITED'),
      'Você cancelou lances muitas vezes em pouco tempo. Aguarde um instante e tente de novo.',
    ],
    [refusal(400, 'VALIDATION_FAILED'), sellerCancelMessages['pt-BR'].invalid],
    [refusal(401, 'UNAUTHORIZED'), ptBR.errors.UNAUTHORIZED],
    [refusal(404, 'AUCTION_NOT_FOUND'), ptBR.errors.AUCTION_NOT_FOUND],
    [refusal(503, 'SERVER_BUSY'), ptBR.errors.SERVER_BUSY],
  ]);
  for (const [error, sentence] of sentences) {
    assert.equal(said(error), sentence, error.code);
    assert.doesNotMatch(said(error), new RegExp(error.code), error.code);
    assert.doesNotMatch(said(error, 'en'), new RegExp(error.code), `${error.code} in English`);
  }
  const lost =
    'A resposta não chegou: não dá para saber se os lances de Caio foram cancelados. Veja o histórico de lances antes de tentar de novo.';
  for (const error of [
    refusal(0, 'NETWORK'),
    refusal(503, 'REDIS_UNAVAILABLE'),
    refusal(500, 'INTERNAL_ERROR'),
  ])
    assert.equal(said(error), lost, error.code);
  assert.equal(said(new Error('boom')), ptBR.errors.UNKNOWN);
});

test('the history says who cancelled a bid, and counts them with the others', () => {
  const bySeller = { ...ana1, cancelled: true as const, cancelledBySeller: true as const };
  assert.equal(withdrawnBidLabel(bySeller, ptBR), 'Cancelado pelo vendedor');
  assert.equal(withdrawnBidLabel(bySeller, en), 'Cancelled by the seller');
  assert.equal(withdrawnBidLabel(ana1, ptBR), null, 'it stands');
  assert.equal(
    ptBR.auction.historyShowing(50, 60, 3, true),
    'Mostrando 50 de 60 lances (3 retirados ou cancelados).',
    'not only the moderators’',
  );
});

test('the watchers hear it, and the new leader is told, in the seller’s words', () => {
  const now = auctionFixture({ leader: person('bia'), currentPrice: 2_000 });
  assert.equal(
    withdrawalAnnouncement('seller', now, ptBR, 'pt-BR'),
    `O vendedor cancelou os lances de um licitante deste leilão. BIA está na frente com ${brl(2_000)}.`,
  );
  assert.equal(
    withdrawalAnnouncement('seller', { ...now, leader: null }, en, 'en'),
    'The seller cancelled a bidder’s bids on this auction. No bid stands now: starting price R$20.00.',
  );
  assert.match(
    withdrawalAnnouncement('someday' as 'seller', now, ptBR, 'pt-BR'),
    /^A moderação cancelou/,
    'a reason this build does not know reads as the moderators’',
  );
  assert.equal(
    leadsAgainText('seller', 'Violão', formatMoney(2_000, 'pt-BR'), ptBR),
    `O vendedor cancelou os lances de um licitante em “Violão”. Você está na frente, por ${brl(2_000)}.`,
  );
  const violao = auctionFixture({
    id: 'a',
    title: 'Violão',
    currentPrice: 2_000,
    leader: person('bia'),
  });
  const leading = bidsCancelledAlert(7, violao, 'bia', 'seller');
  assert.deepEqual(leading, {
    id: 7,
    kind: 'bidsCancelled',
    auctionId: 'a',
    title: 'Violão',
    amount: 2_000,
    reason: 'seller',
  });
  assert.deepEqual(parseStoredAlerts(JSON.stringify([leading])), [leading], 'kept across reloads');
});

test('the bidder whose bids went is told, without the reason; nobody else is', () => {
  const violao = auctionFixture({ id: 'a', title: 'Violão', leader: person('bia') });
  const event = { auction: violao, reason: 'seller' as const, bidderId: 'ana' };
  const own = ownBidsCancelledAlert(9, event, 'ana');
  assert.deepEqual(own, { id: 9, kind: 'ownBidsCancelled', auctionId: 'a', title: 'Violão' });
  assert.equal(ownBidsCancelledAlert(9, event, 'bia'), null, 'the new leader');
  assert.equal(ownBidsCancelledAlert(9, event, null), null, 'signed out');
  for (const reason of ['retraction', 'moderation'] as const)
    assert.equal(ownBidsCancelledAlert(9, { ...event, reason }, 'ana'), null, reason);
  assert.equal(
    ptBR.alerts.ownBidsCancelled('Violão'),
    'O vendedor cancelou seus lances em “Violão”. Você pode dar lances de novo enquanto o leilão estiver aberto.',
  );
  assert.equal(
    en.alerts.ownBidsCancelled('Violão'),
    'The seller cancelled your bids on “Violão”. You may bid again while it is open.',
  );
  assert.ok(own);
  assert.deepEqual(parseStoredAlerts(JSON.stringify([own])), [own], 'kept across reloads');
  assert.deepEqual(parseStoredAlerts(JSON.stringify([{ ...own, title: '' }])), []);
  // It replaces her outbid alert, a later outbid replaces it, and the result ends it.
  const outbid: Alert = { id: 1, kind: 'outbid', auctionId: 'a', title: 'Violão' };
  assert.deepEqual(addAlert([outbid], own), [own]);
  const again: Alert = { id: 10, kind: 'outbid', auctionId: 'a', title: 'Violão' };
  assert.deepEqual(addAlert([own], again), [again]);
  const result: Alert = {
    id: 11,
    kind: 'result',
    auctionId: 'a',
    title: 'Violão',
    result: 'unsold',
    amount: null,
  };
  assert.deepEqual(addAlert([own], result), [result]);
});

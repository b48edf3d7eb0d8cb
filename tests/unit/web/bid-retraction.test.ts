// Bid retraction in the UI (web/src/forms/bid-retraction.ts and
// i18n/retraction-text.ts): who is offered *Retirar meu lance*, the question
// by the time left on the server's clock, what the answer took back, each
// refusal in words, the history's label of a withdrawn bid, and the leader's
// alert by the reason of `bids:cancelled` (none: the moderators) — in both
// languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Bid, RetractionResult } from '../../../core/schemas.ts';
import { ApiError } from '../../../web/src/api/http.ts';
import { formatMoney } from '../../../web/src/format.ts';
import {
  mayRetract,
  ownStandingBids,
  retractionScopeAt,
} from '../../../web/src/forms/bid-retraction.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import {
  leadsAgainText,
  retractionDoneText,
  retractionErrorMessage,
  retractionQuestion,
  withdrawnBidLabel,
} from '../../../web/src/i18n/retraction-text.ts';
import {
  addAlert,
  bidsCancelledAlert,
  parseStoredAlerts,
  type Alert,
} from '../../../web/src/live/alert-list.ts';
import { auctionFixture, bidFixture, brl, person } from './fixtures.ts';

const HOUR = 3_600_000;
const endsAt = '2030-01-01T12:00:00.000Z';
const end = Date.parse(endsAt);

test('more than 12 hours before the end every bid goes; from then on, only the latest', () => {
  assert.equal(retractionScopeAt(endsAt, end - 13 * HOUR), 'all');
  assert.equal(retractionScopeAt(endsAt, end - 12 * HOUR - 1), 'all');
  assert.equal(retractionScopeAt(endsAt, end - 12 * HOUR), 'latest', '12 hours left: the last 12');
  assert.equal(retractionScopeAt(endsAt, end - 60_000), 'latest');
});

test('the question says what would go, and that the profile shows it, in both languages', () => {
  const asked = (nowMs: number, t = ptBR) =>
    retractionQuestion(retractionScopeAt(endsAt, nowMs), t);
  assert.equal(
    asked(end - 20 * HOUR),
    'Retirar seus lances? Faltam mais de 12 horas para o fim do leilão: todos os seus lances nele serão retirados. A retirada aparece no seu perfil público por seis meses.',
  );
  assert.equal(
    asked(end - 2 * HOUR),
    'Retirar seu último lance? Nas últimas 12 horas do leilão, só o seu lance mais recente pode ser retirado, e só até 1 hora depois de dado. A retirada aparece no seu perfil público por seis meses.',
  );
  assert.match(
    asked(end - 20 * HOUR, en),
    /^Retract your bids\? More than 12 hours remain.*all your bids on it will be withdrawn\. The retraction shows on your public profile for six months\.$/,
  );
  assert.match(
    asked(end - 2 * HOUR, en),
    /^Retract your latest bid\? .*only within 1 hour of placing it\. The retraction shows on your public profile for six months\.$/,
  );
});

const bia1 = bidFixture(1, 'bia');
const caio2 = { ...bidFixture(2, 'caio'), amount: 200_000 };
const caioAuto3 = { ...bidFixture(3, 'caio'), automatic: true };
const withdrawn = (bid: Bid, retracted: boolean): Bid => ({
  ...bid,
  cancelled: true,
  ...(retracted ? { retracted: true as const } : {}),
});

test('offered on an open auction to a bidder whose bid stands, among those loaded', () => {
  const open = auctionFixture({ status: 'open' });
  assert.equal(mayRetract(open, [caio2, bia1], 'caio'), true);
  assert.equal(
    mayRetract(open, [withdrawn(caio2, true), bia1], 'caio'),
    false,
    'taken back already',
  );
  assert.equal(mayRetract(open, [caio2, bia1], 'davi'), false, 'no bid of his');
  assert.equal(mayRetract(open, [caio2], null), false, 'signed out');
  assert.equal(mayRetract(auctionFixture({ status: 'closed' }), [caio2], 'caio'), false);
  assert.deepEqual(ownStandingBids([caioAuto3, withdrawn(caio2, false), bia1], 'caio'), [
    caioAuto3,
  ]);
});

test('the history says why a bid no longer counts: retracted, or the moderators', () => {
  assert.equal(withdrawnBidLabel(bia1, ptBR), null, 'it stands');
  assert.equal(withdrawnBidLabel(withdrawn(caio2, true), ptBR), 'Lance retirado');
  assert.equal(withdrawnBidLabel(withdrawn(caio2, false), ptBR), 'Cancelado pela moderação');
  assert.equal(withdrawnBidLabel(withdrawn(caio2, true), en), 'Bid retracted');
  assert.equal(withdrawnBidLabel(withdrawn(caio2, false), en), 'Cancelled by the moderators');
  assert.equal(
    ptBR.auction.historyShowing(50, 60, 3, true),
    'Mostrando 50 de 60 lances (3 retirados ou cancelados).',
  );
  assert.equal(
    ptBR.auction.historyShowing(50, 60, 3, false),
    'Mostrando 50 de 60 lances (3 cancelados pela moderação).',
  );
  assert.equal(
    en.auction.historyShowing(50, 51, 1, true),
    'Showing 50 of 51 bids (1 retracted or cancelled).',
  );
});

test('the leader’s alert in words by the reason; none given is the moderators', () => {
  const price = formatMoney(2_000, 'pt-BR');
  assert.equal(
    leadsAgainText('retraction', 'Vitrola', price, ptBR),
    `Um lance foi retirado em “Vitrola”. Você está na frente, por ${brl(2_000)}.`,
  );
  const moderation = `A moderação cancelou lances de uma conta suspensa em “Vitrola”. Você está na frente, por ${brl(2_000)}.`;
  assert.equal(leadsAgainText('moderation', 'Vitrola', price, ptBR), moderation);
  assert.equal(leadsAgainText(undefined, 'Vitrola', price, ptBR), moderation);
  assert.equal(
    leadsAgainText('retraction', 'Vitrola', formatMoney(2_000, 'en'), en),
    'A bid was retracted on “Vitrola”. You are in the lead, at R$20.00.',
  );
});

test('the alert keeps a retraction’s reason, across reloads too, and replaces the outbid one', () => {
  const vitrola = auctionFixture({
    id: 'a',
    title: 'Vitrola',
    currentPrice: 2_000,
    leader: person('bia'),
  });
  const retracted = bidsCancelledAlert(7, vitrola, 'bia', 'retraction');
  assert.deepEqual(retracted, {
    id: 7,
    kind: 'bidsCancelled',
    auctionId: 'a',
    title: 'Vitrola',
    amount: 2_000,
    reason: 'retraction',
  });
  assert.equal(bidsCancelledAlert(7, vitrola, 'caio', 'retraction'), null, 'a watcher');
  const moderated = bidsCancelledAlert(8, vitrola, 'bia', 'moderation');
  assert.equal(moderated && 'reason' in moderated, false, 'the moderators’ reads as before');
  assert.deepEqual(parseStoredAlerts(JSON.stringify([retracted])), [retracted]);
  assert.deepEqual(parseStoredAlerts(JSON.stringify([{ ...retracted, reason: 'other' }])), []);
  const outbid: Alert = { id: 1, kind: 'outbid', auctionId: 'a', title: 'Vitrola' };
  assert.deepEqual(addAlert([outbid], retracted as Alert), [retracted]);
});

const answer = (
  scope: RetractionResult['scope'],
  cancelledBidIds: string[],
  leader: string | null,
  currentPrice = 2_000,
): RetractionResult => ({
  auction: auctionFixture({ leader: leader ? person(leader) : null, currentPrice }),
  scope,
  cancelledBidIds,
  bids: [],
});

test('done: what went, then who leads now', () => {
  const held = [caioAuto3, caio2, bia1];
  assert.equal(
    retractionDoneText(
      answer('latest', [caio2.id, caioAuto3.id], 'bia'),
      held,
      'caio',
      ptBR,
      'pt-BR',
    ),
    `Pronto: seu lance de ${brl(200_000)} foi retirado. BIA está na frente, com ${brl(2_000)}.`,
    'the bid typed, not the automatic one',
  );
  assert.equal(
    retractionDoneText(
      answer('all', [caio2.id, caioAuto3.id], null, 1_000),
      held,
      'caio',
      ptBR,
      'pt-BR',
    ),
    `Pronto: seus 2 lances neste leilão foram retirados. Nenhum lance vale agora: lance inicial de ${brl(1_000)}.`,
  );
  assert.equal(
    retractionDoneText(answer('latest', ['b9'], 'caio'), held, 'caio', ptBR, 'pt-BR'),
    `Pronto: seu último lance foi retirado. Você continua na frente, com ${brl(2_000)}.`,
    'a bid the page does not hold',
  );
  assert.equal(
    retractionDoneText(answer('all', [caio2.id], 'bia'), held, 'caio', en, 'en'),
    'Done: your bid of R$2,000.00 was retracted. BIA leads, at R$20.00.',
  );
});

test('each refusal in words, never the code', () => {
  const refused = (code: string, details: Record<string, unknown> = {}, t = ptBR) =>
    retractionErrorMessage(new ApiError(409, code, code, details), t, 'pt-BR');
  assert.equal(
    refused('NO_BID_TO_RETRACT'),
    'Você não tem lance valendo neste leilão para retirar.',
  );
  const late =
    'Não dá mais para retirar este lance: nas últimas 12 horas do leilão, só o lance mais recente pode ser retirado, e só até 1 hora depois de dado.';
  assert.equal(
    refused('RETRACTION_WINDOW_CLOSED', { allBidsBeforeHours: 12, latestBidWithinHours: 1 }),
    late,
  );
  assert.equal(refused('RETRACTION_WINDOW_CLOSED'), late, 'the rules’ own numbers without details');
  assert.match(
    refused('RETRACTION_WINDOW_CLOSED', { allBidsBeforeHours: 24, latestBidWithinHours: 2 }),
    /últimas 24 horas.*até 2 horas depois/,
    'the server’s numbers when it gives them',
  );
  assert.equal(
    refused('AUCTION_CLOSED'),
    'Este leilão já terminou: não dá mais para retirar lances.',
  );
  assert.equal(
    refused('NO_BID_TO_RETRACT', {}, en),
    'You have no standing bid on this auction to retract.',
  );
  for (const code of ['RATE_LIMITED', 'AUCTION_NOT_FOUND', 'UNAUTHORIZED', 'NETWORK'])
    assert.equal(refused(code), ptBR.errors[code as 'RATE_LIMITED'], code);
  for (const code of [
    'NO_BID_TO_RETRACT',
    'RETRACTION_WINDOW_CLOSED',
    'AUCTION_CLOSED',
    'SOMETHING_NEW',
  ])
    for (const t of [ptBR, en]) assert.doesNotMatch(refused(code, {}, t), /[A-Z]{2,}_[A-Z]/, code);
});

// The leader's alert once moderators cancelled a suspended account's bids
// (`bids:cancelled`, which the auction's watchers hear too): who gets it, the
// auction's earlier outbid alert it replaces (and the other way round), kept
// across reloads when well formed, and in words in both languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMoney } from '../../../web/src/format.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import {
  addAlert,
  bidsCancelledAlert,
  parseStoredAlerts,
  type Alert,
} from '../../../web/src/live/alert-list.ts';
import { auctionFixture, person } from './fixtures.ts';

const vitrola = auctionFixture({
  id: 'a',
  title: 'Vitrola',
  currentPrice: 10_000,
  leader: person('bia'),
  seller: person('vera'),
});
const leading: Alert = {
  id: 7,
  kind: 'bidsCancelled',
  auctionId: 'a',
  title: 'Vitrola',
  amount: 10_000,
};
const outbid = (id: number, auctionId: string): Alert => ({
  id,
  kind: 'outbid',
  auctionId,
  title: auctionId,
});

test('only the leader after the cancellation is told, at the price now', () => {
  assert.deepEqual(bidsCancelledAlert(7, vitrola, 'bia'), leading);
  for (const viewer of ['caio', 'vera', null])
    assert.equal(bidsCancelledAlert(7, vitrola, viewer), null, `${viewer}: watches, or signed out`);
  const nobody = auctionFixture({ id: 'a', leader: null });
  assert.equal(bidsCancelledAlert(7, nobody, 'bia'), null, 'no bid stands: nobody leads');
});

test('it replaces the auction’s outbid alert, an outbid after it replaces it, a result ends it', () => {
  const after = addAlert([outbid(1, 'a'), outbid(2, 'b')], leading);
  assert.deepEqual(
    after.map((alert) => alert.id),
    [2, 7],
    'outbid on this auction is no longer true; on another, still is',
  );
  assert.deepEqual(
    addAlert(after, outbid(8, 'a')).map((alert) => alert.id),
    [2, 8],
    'outbid again: leading is no longer true',
  );
  const again: Alert = { ...leading, id: 9, amount: 9_500 };
  assert.deepEqual(addAlert(after, again), [outbid(2, 'b'), again], 'a second cancellation');
  const won: Alert = {
    id: 10,
    kind: 'result',
    auctionId: 'a',
    title: 'Vitrola',
    result: 'won',
    amount: 10_000,
  };
  assert.deepEqual(addAlert(after, won), [outbid(2, 'b'), won]);
  const asked: Alert = { id: 11, kind: 'questionAsked', auctionId: 'a', title: 'Vitrola' };
  assert.deepEqual(addAlert([asked], leading), [asked, leading], 'other kinds stay');
});

test('kept across reloads when well formed', () => {
  assert.deepEqual(parseStoredAlerts(JSON.stringify([leading])), [leading]);
  const malformed = [
    { ...leading, title: '' },
    { ...leading, amount: null },
    { ...leading, amount: 1.5 },
    { ...leading, amount: '10000' },
  ];
  assert.deepEqual(parseStoredAlerts(JSON.stringify(malformed)), []);
});

test('in words in both languages, the price as money', () => {
  assert.equal(
    ptBR.alerts.bidsCancelled('Vitrola', formatMoney(10_000, 'pt-BR')),
    'A moderação cancelou lances de uma conta suspensa em “Vitrola”. Você está na frente, por R$\u00a0100,00.',
  );
  assert.equal(
    en.alerts.bidsCancelled('Vitrola', formatMoney(10_000, 'en')),
    'The moderators cancelled bids by a suspended account on “Vitrola”. You are in the lead, at R$100.00.',
  );
});

// The sales still to rate on *Minha atividade* (web/src/live/pending-feedback.ts):
// whom each one rates by the viewer's part in the sale, in the API's order,
// a window closed on the server's clock since the reading left out; and the
// line's words in both languages, neutral about the rated person's gender.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PendingFeedback } from '../../../core/schemas.ts';
import { formatDate } from '../../../web/src/format.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { salesToRate } from '../../../web/src/live/pending-feedback.ts';
import { auctionFixture, person } from './fixtures.ts';

const sale = (id: string, role: PendingFeedback['role'], openUntil: string): PendingFeedback => ({
  auction: auctionFixture({
    id,
    status: 'closed',
    outcome: 'SOLD',
    closedAt: '2030-01-01T00:00:00.000Z',
    seller: person('rita'),
    winner: person('davi'),
  }),
  role,
  openUntil,
});

const sold = sale('sold', 'seller', '2030-03-01T00:00:00.000Z');
const bought = sale('bought', 'buyer', '2030-03-02T00:00:00.000Z');
const before = Date.parse('2030-02-01T00:00:00.000Z');

test('the seller rates the buyer and the buyer the seller, in the API’s order', () => {
  const shown = salesToRate([sold, bought], before);
  assert.deepEqual(
    shown.map(({ auction, role, rated, openUntil }) => [auction.id, role, rated.id, openUntil]),
    [
      ['sold', 'seller', 'davi', '2030-03-01T00:00:00.000Z'],
      ['bought', 'buyer', 'rita', '2030-03-02T00:00:00.000Z'],
    ],
  );
});

test('a window closed on the server’s clock since the reading is left out', () => {
  const atFirstClose = Date.parse(sold.openUntil);
  assert.deepEqual(
    salesToRate([sold, bought], atFirstClose - 1).map((s) => s.auction.id),
    ['sold', 'bought'],
  );
  assert.deepEqual(
    salesToRate([sold, bought], atFirstClose).map((s) => s.auction.id),
    ['bought'],
  );
  assert.deepEqual(salesToRate([sold, bought], Date.parse(bought.openUntil)), []);
});

test('a sale without the other party is left out; none is none', () => {
  const noWinner = { ...sold, auction: { ...sold.auction, winner: null } };
  assert.deepEqual(salesToRate([noWinner], before), []);
  assert.deepEqual(salesToRate([], before), []);
});

test('the line says whom to rate without a gender, and until when, in both languages', () => {
  assert.equal(ptBR.activity.pendingRate.seller('Davi'), 'Avalie quem comprou: Davi');
  assert.equal(ptBR.activity.pendingRate.buyer('Rita'), 'Avalie quem vendeu: Rita');
  assert.equal(en.activity.pendingRate.seller('Davi'), 'Rate the buyer: Davi');
  assert.equal(en.activity.pendingRate.buyer('Rita'), 'Rate the seller: Rita');
  // Noon UTC: the same day in any time zone the tests run in.
  const until = '2027-01-29T12:00:00.000Z';
  assert.equal(ptBR.activity.pendingUntil(formatDate(until, 'pt-BR')), 'até 29 de jan. de 2027');
  assert.equal(en.activity.pendingUntil(formatDate(until, 'en')), 'until Jan 29, 2027');
});

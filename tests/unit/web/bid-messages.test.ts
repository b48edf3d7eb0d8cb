// What a bidder is told after an accepted bid (proxy bidding), how a
// soft-close window is worded, and the own maximum kept on this device.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Bid, BidResult } from '../../../core/schemas.ts';
import { bidAcceptedMessage } from '../../../web/src/i18n/bid-accepted-message.ts';
import { formatWindow } from '../../../web/src/i18n/format-window.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { readOwnMaximum, rememberOwnMaximum } from '../../../web/src/live/own-maximum.ts';
import { auctionFixture, bidFixture, brl } from './fixtures.ts';

const bid = (seq: number, bidder: string, amount: number, automatic = false): Bid => ({
  ...bidFixture(seq, bidder),
  amount,
  automatic,
});
const result = (bids: Bid[], leading: boolean): BidResult => ({
  bid: bids[0] as Bid,
  bids,
  auction: auctionFixture(),
  leading,
});

test('a bid answered at once by someone’s maximum says it was topped by an automatic bid', () => {
  const answered = result([bid(2, 'ana', 15_000), bid(3, 'bruno', 16_000, true)], false);
  assert.equal(
    bidAcceptedMessage(answered, 'ana', null, ptBR, 'pt-BR'),
    ptBR.bidForm.toppedByAutomatic(brl(15_000)),
  );
  assert.match(bidAcceptedMessage(answered, 'ana', null, ptBR, 'pt-BR'), /lance automático/);
});

test('leading with a maximum names it; the amount is what the bid really stands at', () => {
  // Ana typed R$ 100 with a maximum of R$ 500; her maximum beat Bruno's, so
  // her bid stands at R$ 210, raised automatically.
  const raised = result([bid(4, 'ana', 21_000, true)], true);
  assert.equal(
    bidAcceptedMessage(raised, 'ana', 50_000, ptBR, 'pt-BR'),
    ptBR.bidForm.leadingWithMax(brl(21_000), brl(50_000)),
  );
  assert.match(bidAcceptedMessage(raised, 'ana', 50_000, ptBR, 'pt-BR'), /até seu máximo/);
  assert.equal(
    bidAcceptedMessage(result([bid(1, 'ana', 1_000)], true), 'ana', null, en, 'en'),
    en.bidForm.accepted('R$10.00'),
  );
});

test('soft-close windows are said in minutes when whole, else in seconds', () => {
  assert.equal(formatWindow(120, ptBR), '2 minutos');
  assert.equal(formatWindow(60, ptBR), '1 minuto');
  assert.equal(formatWindow(30, ptBR), '30 segundos');
  assert.equal(formatWindow(90, en), '90 seconds');
  assert.equal(
    ptBR.auction.softClose(formatWindow(120, ptBR)),
    'Lances nos últimos 2 minutos prorrogam o leilão.',
  );
});

// localStorage is a browser API; a Map stands in for it in node.
const stored = new Map<string, string>();
beforeEach(() => {
  stored.clear();
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    value: {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
      removeItem: (key: string) => void stored.delete(key),
    },
  });
});

test('the own maximum follows the server’s rule for whose maximum survives', () => {
  assert.equal(readOwnMaximum('ana', 'a1'), null);
  assert.equal(rememberOwnMaximum('ana', 'a1', { maxAmount: 50_000, wasLeading: false }), 50_000);
  assert.equal(readOwnMaximum('ana', 'a1'), 50_000);
  assert.equal(readOwnMaximum('bruno', 'a1'), null, 'per user');
  assert.equal(readOwnMaximum('ana', 'a2'), null, 'per auction');
  // The leader bids again without a maximum, or with a lower one: the higher stays.
  assert.equal(rememberOwnMaximum('ana', 'a1', { maxAmount: null, wasLeading: true }), 50_000);
  assert.equal(rememberOwnMaximum('ana', 'a1', { maxAmount: 30_000, wasLeading: true }), 50_000);
  assert.equal(rememberOwnMaximum('ana', 'a1', { maxAmount: 70_000, wasLeading: true }), 70_000);
  // Outbid, then a plain bid: the old maximum is gone on the server, so here too.
  assert.equal(rememberOwnMaximum('ana', 'a1', { maxAmount: null, wasLeading: false }), null);
  assert.equal(readOwnMaximum('ana', 'a1'), null);
  assert.equal([...stored.keys()].length, 0);
});

// The global alerts list and the watchlist page's live list, as pure rules.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addAlert,
  parseStoredAlerts,
  removeAlert,
  resultFor,
  type Alert,
} from '../../../web/src/live/alert-list.ts';
import { splitByStatus, upsertListed } from '../../../web/src/live/auction-list-state.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { auctionFixture } from './fixtures.ts';

const outbid = (id: number, auctionId: string): Alert => ({
  id,
  kind: 'outbid',
  auctionId,
  title: auctionId,
});

test('one alert per auction and kind, newest last, at most three', () => {
  let alerts: Alert[] = [];
  alerts = addAlert(alerts, outbid(1, 'a'));
  alerts = addAlert(alerts, { id: 2, kind: 'endingSoon', auctionId: 'a', title: 'a', endsAt: '' });
  alerts = addAlert(alerts, outbid(3, 'a'));
  assert.deepEqual(
    alerts.map((alert) => alert.id),
    [2, 3],
    'a newer outbid on the same auction replaces the older one',
  );
  for (const [id, auctionId] of [
    [4, 'b'],
    [5, 'c'],
    [6, 'd'],
  ] as const)
    alerts = addAlert(alerts, outbid(id, auctionId));
  assert.deepEqual(
    alerts.map((alert) => alert.id),
    [4, 5, 6],
  );
  assert.deepEqual(
    removeAlert(alerts, 5).map((alert) => alert.id),
    [4, 6],
  );
});

test('live updates change only auctions on the list, and only to newer versions', () => {
  const a = auctionFixture({ id: 'a', seq: 3 });
  const b = auctionFixture({ id: 'b', seq: 1 });
  const items = [a, b];
  assert.equal(upsertListed(items, auctionFixture({ id: 'x', seq: 9 })), items, 'not on the list');
  assert.equal(upsertListed(items, auctionFixture({ id: 'a', seq: 2 })), items, 'older');
  assert.equal(upsertListed(items, a), items, 'the same');
  const closed = auctionFixture({ id: 'a', seq: 3, status: 'cancelled' });
  assert.deepEqual(upsertListed(items, closed), [closed, b], 'same seq, new status');
  const newer = auctionFixture({ id: 'b', seq: 2, currentPrice: 5_000 });
  assert.deepEqual(upsertListed(items, newer), [a, newer]);
});

test('open auctions first, soonest-ending; then finished ones, latest first', () => {
  const later = auctionFixture({ id: 'later', endsAt: '2030-01-02T00:00:00.000Z' });
  const sooner = auctionFixture({ id: 'sooner', endsAt: '2030-01-01T00:00:00.000Z' });
  const closedEarly = auctionFixture({
    id: 'closedEarly',
    status: 'closed',
    closedAt: '2029-01-01T00:00:00.000Z',
  });
  const closedLate = auctionFixture({
    id: 'closedLate',
    status: 'cancelled',
    closedAt: '2029-06-01T00:00:00.000Z',
  });
  const { open, finished } = splitByStatus([closedEarly, later, closedLate, sooner]);
  assert.deepEqual(
    open.map((auction) => auction.id),
    ['sooner', 'later'],
  );
  assert.deepEqual(
    finished.map((auction) => auction.id),
    ['closedLate', 'closedEarly'],
  );
});

test('alerts read back after a reload: well-formed ones only, at most three', () => {
  const ending: Alert = { id: 2, kind: 'endingSoon', auctionId: 'b', title: null, endsAt: 'x' };
  const kept = [outbid(1, 'a'), ending, outbid(3, 'c'), outbid(4, 'd')];
  assert.deepEqual(parseStoredAlerts(JSON.stringify(kept)), kept.slice(-3));
  assert.deepEqual(parseStoredAlerts(JSON.stringify([outbid(1, 'a'), ending])), [
    outbid(1, 'a'),
    ending,
  ]);
  for (const broken of [null, '', 'not json', '{}', '[1]', '[null]'])
    assert.deepEqual(parseStoredAlerts(broken), [], String(broken));
  const malformed = [
    { id: '1', kind: 'outbid', auctionId: 'a', title: 'a' },
    { id: 1, kind: 'outbid', auctionId: '', title: 'a' },
    { id: 1, kind: 'outbid', auctionId: 'a', title: null },
    { id: 1, kind: 'endingSoon', auctionId: 'a', title: 'a' },
    { id: 1, kind: 'bogus', auctionId: 'a', title: 'a' },
    { id: 1, kind: 'result', auctionId: 'a', title: 'a', result: 'won', amount: null },
    { id: 1, kind: 'result', auctionId: 'a', title: 'a', result: 'unsold', amount: 100 },
    { id: 1, kind: 'result', auctionId: 'a', title: 'a', result: 'lost', amount: 100 },
    { id: 1, kind: 'result', auctionId: 'a', title: 'a', result: 'sold', amount: 1.5 },
  ];
  assert.deepEqual(parseStoredAlerts(JSON.stringify([...malformed, outbid(9, 'z')])), [
    outbid(9, 'z'),
  ]);
  const results: Alert[] = [
    { id: 1, kind: 'result', auctionId: 'a', title: 'a', result: 'won', amount: 100 },
    { id: 2, kind: 'result', auctionId: 'b', title: 'b', result: 'unsold', amount: null },
    { id: 3, kind: 'result', auctionId: 'c', title: 'c', result: 'reserveNotMet', amount: null },
  ];
  assert.deepEqual(parseStoredAlerts(JSON.stringify(results)), results);
});

/** The alert that the viewer won auction `auctionId`. */
const wonOn = (auctionId: string, id: number): Alert => ({
  id,
  kind: 'result',
  auctionId,
  title: auctionId,
  result: 'won',
  amount: 1,
});

test('a result replaces the auction’s other alerts, and only that auction’s', () => {
  let alerts: Alert[] = [outbid(1, 'a'), outbid(2, 'b')];
  alerts = addAlert(alerts, { id: 3, kind: 'endingSoon', auctionId: 'a', title: 'a', endsAt: '' });
  assert.deepEqual(
    addAlert(alerts, wonOn('a', 4)).map((alert) => alert.id),
    [2, 4],
  );
});

test('the result for the viewer: won, sold, unsold, below the reserve — or none of theirs', () => {
  const seller = { id: 'seller', name: 'S' };
  const buyer = { id: 'buyer', name: 'B' };
  const sold = auctionFixture({ status: 'closed', seller, winner: buyer, leader: buyer });
  assert.equal(resultFor(sold, 'buyer'), 'won');
  assert.equal(resultFor(sold, 'seller'), 'sold');
  assert.equal(resultFor(sold, 'someone'), null);
  const reserveNotMet = auctionFixture({ status: 'closed', seller, winner: null, leader: buyer });
  assert.equal(resultFor(reserveNotMet, 'seller'), 'unsold');
  assert.equal(resultFor(reserveNotMet, 'buyer'), 'reserveNotMet', 'leading is not winning');
  assert.equal(resultFor(reserveNotMet, 'someone'), null);
});

test('a feedback alert is kept across reloads, in words in both languages, and survives a result', () => {
  const rated: Alert = {
    id: 1,
    kind: 'feedbackLeft',
    auctionId: 'a',
    title: 'Vitrola',
    from: 'Ana',
    rating: 'positive',
  };
  const gone: Alert = { ...rated, id: 2, auctionId: 'b', title: '', rating: 'negative' };
  assert.deepEqual(parseStoredAlerts(JSON.stringify([rated, gone])), [rated, gone]);
  const malformed = [
    { ...rated, rating: 'great' },
    { ...rated, from: '' },
    { ...rated, title: null },
  ];
  assert.deepEqual(parseStoredAlerts(JSON.stringify(malformed)), []);
  assert.deepEqual(
    addAlert([rated], wonOn('a', 3)).map((alert) => alert.id),
    [1, 3],
    'a result does not end it',
  );
  assert.equal(
    ptBR.alerts.feedbackLeft('Ana', 'positiva', 'Vitrola'),
    'Ana avaliou você: positiva — “Vitrola”.',
  );
  assert.equal(
    en.alerts.feedbackLeft('Ana', 'positive', 'Vitrola'),
    'Ana rated you: positive — “Vitrola”.',
  );
  assert.equal(ptBR.alerts.feedbackLeft('Ana', 'neutra', ''), 'Ana avaliou você: neutra.');
});

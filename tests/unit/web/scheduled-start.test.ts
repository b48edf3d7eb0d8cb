// When an auction takes bids, as the page judges it on the estimated server clock.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { msUntilStart } from '../../../web/src/live/scheduled-start.ts';

const created = '2030-01-01T12:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

test('an auction created without a start time has started, even on a clock estimate behind', () => {
  const auction = { createdAt: created, startsAt: created };
  assert.equal(msUntilStart(auction, at('2030-01-01T11:59:59.400Z')), 0);
});

test('a scheduled auction counts down to its start, then has started', () => {
  const auction = { createdAt: created, startsAt: '2030-01-01T13:00:00.000Z' };
  assert.equal(msUntilStart(auction, at('2030-01-01T12:59:58.500Z')), 1_500);
  assert.equal(msUntilStart(auction, at('2030-01-01T13:00:00.000Z')), 0);
  assert.equal(msUntilStart(auction, at('2030-01-01T13:00:05.000Z')), 0);
});

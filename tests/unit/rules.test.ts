import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endAfterBid, minimumBid } from '../../core/rules.ts';

describe('minimumBid', () => {
  it('is the starting price before the first bid', () => {
    assert.equal(
      minimumBid({ startingPrice: 1000, currentPrice: 1000, fixedIncrement: 100, bidCount: 0 }),
      1000,
    );
  });
  it('is the current price plus the increment after it', () => {
    assert.equal(
      minimumBid({ startingPrice: 1000, currentPrice: 2500, fixedIncrement: 100, bidCount: 3 }),
      2600,
    );
  });
});

describe('endAfterBid (soft close)', () => {
  const end = 1_000_000;
  it('leaves the end alone without a window', () =>
    assert.equal(endAfterBid(end, end - 10, 0), end));
  it('leaves the end alone when more than the window is left', () => {
    assert.equal(endAfterBid(end, end - 120_001, 120), end);
  });
  it('moves the end to bid time + window when less is left', () => {
    assert.equal(endAfterBid(end, end - 5_000, 120), end - 5_000 + 120_000);
  });
  it('never moves the end earlier', () => {
    assert.ok(endAfterBid(end, end - 1, 1) >= end);
  });
});

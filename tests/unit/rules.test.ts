import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buyNowAvailable,
  endAfterBid,
  incrementAt,
  minimumBid,
  reserveMet,
} from '../../core/rules.ts';

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

describe('incrementAt (default table)', () => {
  it('uses the fixed increment when the auction has one', () => {
    assert.equal(incrementAt(1_000_000, 100), 100);
  });
  it('follows the bands, each upper bound exclusive', () => {
    const expectations: [number, number][] = [
      [1, 5],
      [99, 5],
      [100, 25],
      [2_499, 50],
      [2_500, 100],
      [9_999, 100],
      [10_000, 250],
      [499_999, 5_000],
      [500_000, 10_000],
      [99_000_000, 10_000],
    ];
    for (const [price, increment] of expectations)
      assert.equal(incrementAt(price, null), increment, `at ${price}`);
  });
});

describe('reserve and Buy It Now', () => {
  const base = { startingPrice: 1000, currentPrice: 1000, fixedIncrement: 100, bidCount: 0 };
  it('reserveMet is null without a reserve, false until the price reaches it', () => {
    assert.equal(reserveMet({ ...base, reservePrice: null }), null);
    assert.equal(reserveMet({ ...base, reservePrice: 1000 }), false, 'no bid yet');
    assert.equal(reserveMet({ ...base, bidCount: 1, reservePrice: 1000 }), true);
  });
  it('Buy It Now is offered until the first bid, or until the reserve is met', () => {
    const offer = { ...base, reservePrice: null, buyNowPrice: 9000, open: true };
    assert.equal(buyNowAvailable(offer), true);
    assert.equal(buyNowAvailable({ ...offer, bidCount: 1 }), false);
    assert.equal(buyNowAvailable({ ...offer, bidCount: 1, reservePrice: 5000 }), true);
    assert.equal(
      buyNowAvailable({ ...offer, bidCount: 1, currentPrice: 5000, reservePrice: 5000 }),
      false,
    );
    assert.equal(buyNowAvailable({ ...offer, open: false }), false);
  });
});

describe('endAfterBid with a hard deadline', () => {
  it('never extends past maxEndsAt', () => {
    assert.equal(endAfterBid(10_000, 9_000, 60, 12_000), 12_000);
    assert.equal(endAfterBid(10_000, 9_000, 60, null), 69_000);
  });
});

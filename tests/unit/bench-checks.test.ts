// The benchmark's correctness checks must be able to fail: fed a lost, a
// duplicated or an out-of-order event, each one says so.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chainProblems, closeProblems, deliveryProblems } from '../../bench/checks.ts';

describe('deliveryProblems', () => {
  const accepted = [3, 4, 5, 6];

  it('accepts every accepted seq exactly once, in order', () => {
    assert.deepEqual(deliveryProblems(accepted, [3, 4, 5, 6]), []);
  });

  it('reports a lost event', () => {
    assert.deepEqual(deliveryProblems(accepted, [3, 5, 6]), ['missing: 4']);
  });

  it('reports a duplicated event', () => {
    assert.deepEqual(deliveryProblems(accepted, [3, 4, 4, 5, 6]), ['duplicated: 4']);
  });

  it('reports an out-of-order event', () => {
    assert.deepEqual(deliveryProblems(accepted, [3, 5, 4, 6]), ['out of order: 4']);
  });

  it('reports an event for a bid that was never accepted', () => {
    assert.deepEqual(deliveryProblems(accepted, [3, 4, 5, 6, 7]), ['unexpected: 7']);
  });
});

describe('closeProblems', () => {
  it('accepts each auction closed exactly once', () => {
    assert.deepEqual(closeProblems(['a', 'b'], ['b', 'a']), []);
  });

  it('reports an auction never closed, closed twice, or not expected', () => {
    assert.deepEqual(closeProblems(['a', 'b', 'c'], ['a', 'a', 'b', 'x']), [
      'never closed: c',
      'closed more than once: a',
      'closed but not expected: x',
    ]);
  });
});

describe('chainProblems', () => {
  const bid = (seq: number, amount: number) => ({ seq, amount });

  it('accepts a gapless chain of rising amounts matching the acknowledged count', () => {
    assert.deepEqual(chainProblems([bid(1, 100), bid(2, 101), bid(3, 150)], 3), []);
  });

  it('reports a lost or invented acknowledgement', () => {
    assert.deepEqual(chainProblems([bid(1, 100), bid(2, 101)], 3), [
      '3 bids acknowledged, 2 stored',
    ]);
  });

  it('reports a seq gap and an amount that did not rise', () => {
    assert.deepEqual(chainProblems([bid(1, 100), bid(3, 100)], 2), [
      'seq out of place: 3',
      'amount not above the previous: 3',
    ]);
  });
});

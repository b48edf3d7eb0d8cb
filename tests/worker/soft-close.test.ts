// Deriving a soft-close extension from the final end and the bid times (pure logic).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endAfterBid } from '../../core/rules.ts';
import { softCloseEffect } from '../../worker/texts/soft-close.ts';

const at = (ms: number) => new Date(ms).toISOString();
const START = Date.parse('2026-11-29T12:00:00.000Z');
const WINDOW_S = 60;

/** Replays bids through core's rule, as the placeBid script does, and returns the final end. */
function finalEnd(endMs: number, bidTimes: number[], maxEndsAtMs: number | null = null): number {
  return bidTimes.reduce((end, t) => endAfterBid(end, t, WINDOW_S, maxEndsAtMs), endMs);
}

/** `recorded`: whether the auction carries its original end (false: stored before it was). */
function effect(
  endMs: number,
  bidTimes: number[],
  maxEndsAtMs: number | null = null,
  recorded = true,
) {
  const endsAt = finalEnd(endMs, bidTimes, maxEndsAtMs);
  return softCloseEffect(
    {
      softCloseSeconds: WINDOW_S,
      endsAt: at(endsAt),
      originalEndsAt: recorded ? at(endMs) : null,
      maxEndsAt: maxEndsAtMs === null ? null : at(maxEndsAtMs),
    },
    bidTimes.map((t) => ({ placedAt: at(t) })),
  );
}

describe('soft-close effect', () => {
  const end = START + 3_600_000;

  it('a bid exactly one window before the end extends nothing, and is not said to', () => {
    assert.equal(finalEnd(end, [end - 60_000]), end);
    assert.equal(effect(end, [end - 60_000]), null);
    // Without the original end, the bid times are all there is: the one false positive.
    assert.equal(effect(end, [end - 60_000], null, false)?.kind, 'extended');
  });

  it('auctions stored without their original end: judged from the bid times', () => {
    assert.equal(effect(end, [end - 10_000], null, false)?.kind, 'extended');
    assert.equal(effect(end, [START + 1000], null, false), null);
    assert.equal(effect(end, [end - 20_000, end + 5_000], end + 15_000, false)?.kind, 'deadline');
  });

  it('none: bids before the window, or no window, or no bids', () => {
    assert.equal(effect(end, [START + 1000, end - 61_000]), null);
    assert.equal(effect(end, []), null);
    const noWindow = {
      softCloseSeconds: 0,
      endsAt: at(end),
      originalEndsAt: at(end),
      maxEndsAt: null,
    };
    assert.equal(softCloseEffect(noWindow, [{ placedAt: at(end - 1000) }]), null);
  });

  it('extended: one or several late bids moved the end', () => {
    assert.equal(effect(end, [end - 10_000])?.kind, 'extended');
    const chain = effect(end, [START + 5000, end - 30_000, end + 20_000, end + 70_000]);
    assert.deepEqual(chain, {
      kind: 'extended',
      windowSeconds: WINDOW_S,
      endedAt: at(end + 130_000),
    });
  });

  it('deadline: late bids met the hard deadline, which capped the end', () => {
    const deadline = end + 15_000;
    assert.deepEqual(effect(end, [end - 20_000, end + 5_000], deadline), {
      kind: 'deadline',
      windowSeconds: WINDOW_S,
      endedAt: at(deadline),
    });
    // The deadline was never reached: an ordinary extension.
    assert.equal(effect(end, [end - 20_000], end + 600_000)?.kind, 'extended');
    // Ended at a deadline equal to the end, with no late bid: nothing to say.
    assert.equal(effect(end, [START + 1000], end), null);
  });
});

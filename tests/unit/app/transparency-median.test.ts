// The median the transparency report gives for the time to a decision.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { medianSeconds } from '../../../core/redis/transparency-report.ts';

describe('medianSeconds', () => {
  it('is null without durations', () => {
    assert.equal(medianSeconds([]), null);
  });

  it('takes the middle one of an odd count, whatever the order', () => {
    assert.equal(medianSeconds([9_000, 1_000, 300_000]), 9);
  });

  it('takes the mean of the two middle ones of an even count', () => {
    assert.equal(medianSeconds([4_000, 1_000, 2_000, 100_000]), 3);
  });

  it('rounds to whole seconds', () => {
    assert.deepEqual(
      [medianSeconds([1_499]), medianSeconds([1_500]), medianSeconds([400])],
      [1, 2, 0],
    );
  });

  it('leaves the caller’s list as it was', () => {
    const durations = [3, 1, 2];
    medianSeconds(durations);
    assert.deepEqual(durations, [3, 1, 2]);
  });
});

// Retrying requests whose outcome is unknown (web/src/api/retry.ts): only
// network failures and 5xx answers are retried, a bounded number of times.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../../../web/src/api/http.ts';
import { newIdempotencyKey, outcomeUnknown, withRetries } from '../../../web/src/api/retry.ts';
import { IdempotencyKey } from '../../../core/schemas.ts';
import { Compile } from 'typebox/compile';

const noWait = async () => {};

test('retries a network failure and a 503, then returns the answer', async () => {
  const failures = [new ApiError(0, 'NETWORK', 'down'), new ApiError(503, 'REDIS_UNAVAILABLE', '')];
  let calls = 0;
  const result = await withRetries(
    async () => {
      calls++;
      const failure = failures.shift();
      if (failure) throw failure;
      return 'accepted';
    },
    [10, 10],
    noWait,
  );
  assert.equal(result, 'accepted');
  assert.equal(calls, 3);
});

test('gives up after the last delay, with the last error', async () => {
  let calls = 0;
  await assert.rejects(
    withRetries(
      async () => {
        calls++;
        throw new ApiError(0, 'NETWORK', `attempt ${calls}`);
      },
      [10, 10],
      noWait,
    ),
    /attempt 3/,
  );
  assert.equal(calls, 3);
});

test('never retries an answer that settles the outcome (4xx)', async () => {
  let calls = 0;
  await assert.rejects(
    withRetries(
      async () => {
        calls++;
        throw new ApiError(409, 'BID_TOO_LOW', 'low');
      },
      [10, 10],
      noWait,
    ),
  );
  assert.equal(calls, 1);
  assert.equal(outcomeUnknown(new ApiError(429, 'RATE_LIMITED', '')), false);
  assert.equal(outcomeUnknown(new Error('not from the API')), false);
});

test('idempotency keys are fresh and valid for the API', () => {
  const check = Compile(IdempotencyKey);
  const keys = new Set(Array.from({ length: 100 }, newIdempotencyKey));
  assert.equal(keys.size, 100);
  for (const key of keys) assert.ok(check.Check(key), key);
});

// Retrying a request whose outcome is unknown — the network failed, or the
// API answered 5xx (e.g. REDIS_UNAVAILABLE after its 1 s Redis timeout,
// when the bid may have been stored). Only for requests the server
// de-duplicates, like a bid with an Idempotency-Key: the retry then gets the
// first result back instead of bidding twice.
import { ApiError } from './http.ts';

/**
 * A fresh Idempotency-Key: 128 random bits in hex. getRandomValues, not
 * randomUUID, which browsers offer only in secure contexts (HTTPS, localhost),
 * and the UI may be served over plain HTTP inside a network.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Waits before the second and third attempts, in ms. */
export const RETRY_DELAYS_MS = [400, 1200];

export function outcomeUnknown(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'NETWORK' || error.status >= 500);
}

export async function withRetries<T>(
  run: () => Promise<T>,
  delaysMs: readonly number[] = RETRY_DELAYS_MS,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined || !outcomeUnknown(error)) throw error;
      await sleep(delay);
    }
  }
}

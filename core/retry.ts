// Bounded retries with exponential backoff and jitter, shared by the Gemini,
// Discord and SMTP clients. The caller classifies each error: retry or give
// up, and may impose a delay (Discord's retry_after).
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the second attempt; doubles each time. */
  baseMs: number;
  /** Cap of one computed delay. @default 30_000 */
  maxMs?: number;
  /** Aborts the waits between attempts (shutdown). */
  signal?: AbortSignal;
}

export type RetryDecision = { retry: false } | { retry: true; delayMs?: number };

export async function withRetries<T>(
  run: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  decide: (error: unknown) => RetryDecision,
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(attempt);
    } catch (error) {
      const decision = decide(error);
      if (!decision.retry || attempt >= policy.attempts || policy.signal?.aborted) throw error;
      const delayMs = decision.delayMs ?? backoffMs(attempt, policy.baseMs, policy.maxMs ?? 30_000);
      onRetry?.(error, attempt, delayMs);
      await sleep(delayMs, undefined, { signal: policy.signal }).catch(() => {
        throw error; // aborted while waiting: report the failure itself
      });
    }
  }
}

/** Half fixed, half random ("equal jitter"), so workers do not retry in step. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

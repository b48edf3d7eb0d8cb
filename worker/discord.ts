// The Discord webhook client: `POST {url}?wait=true` so Discord answers with
// the message (its id is recorded) or an error we can see. 429 waits the
// time Discord asks (body `retry_after` in seconds, or the Retry-After
// header), 5xx, timeouts and network errors back off, other 4xx fail at once.
// https://discord.com/developers/docs/topics/rate-limits
// The webhook URL holds a token: it is never logged.
import type { Logger } from 'pino';
import type { DiscordPayload } from './discord-message.ts';
import { FailureCode, JobFailure } from './failures.ts';
import { withRetries, type RetryDecision } from './retry.ts';

export interface DiscordOptions {
  webhookUrl: string;
  timeoutMs: number;
  attempts: number;
  retryBaseMs: number;
  /** A 429 asking for a longer wait fails the attempt instead. */
  maxRetryWaitMs: number;
}

/** One failed HTTP attempt; the decision to retry is made from it. */
class AttemptFailed extends Error {
  readonly status: number;
  readonly waitMs: number | undefined;
  constructor(status: number, detail: string, waitMs?: number) {
    super(detail);
    this.status = status;
    this.waitMs = waitMs;
  }
}

export type DiscordClient = ReturnType<typeof createDiscordClient>;

export function createDiscordClient(options: DiscordOptions, log: Logger) {
  const url = new URL(options.webhookUrl);
  url.searchParams.set('wait', 'true');

  const attempt = async (payload: DiscordPayload): Promise<string> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return typeof body.id === 'string' ? body.id : '';
    if (response.status === 429) {
      // The body's retry_after is precise (a float); the header is rounded up.
      const seconds =
        typeof body.retry_after === 'number'
          ? body.retry_after
          : Number(response.headers.get('retry-after')) || 0;
      throw new AttemptFailed(429, `rate limited for ${seconds}s`, Math.ceil(seconds * 1000) + 50);
    }
    const code = typeof body.code === 'number' ? ` code ${body.code}` : '';
    const message = typeof body.message === 'string' ? `: ${body.message.slice(0, 200)}` : '';
    throw new AttemptFailed(response.status, `HTTP ${response.status}${code}${message}`);
  };

  const decide = (error: unknown): RetryDecision => {
    if (!(error instanceof AttemptFailed)) return { retry: true }; // timeout or network error
    if (error.status === 429) {
      const waitMs = error.waitMs ?? options.retryBaseMs;
      return waitMs <= options.maxRetryWaitMs ? { retry: true, delayMs: waitMs } : { retry: false };
    }
    return { retry: error.status >= 500 };
  };

  return {
    /**
     * Sends one message; resolves with Discord's message id. Throws
     * JobFailure DISCORD_REJECTED (4xx) or DISCORD_UNAVAILABLE (retries spent).
     */
    async send(payload: DiscordPayload, auctionId: string, signal?: AbortSignal): Promise<string> {
      const policy = { attempts: options.attempts, baseMs: options.retryBaseMs, signal };
      try {
        return await withRetries(
          () => attempt(payload),
          policy,
          decide,
          (error, attemptNo, delayMs) =>
            log.warn(
              { auctionId, attempt: attemptNo, delayMs, cause: describe(error) },
              'discord attempt failed, retrying',
            ),
        );
      } catch (error) {
        const rejected =
          error instanceof AttemptFailed &&
          error.status >= 400 &&
          error.status < 500 &&
          error.status !== 429;
        throw new JobFailure(
          rejected ? FailureCode.DISCORD_REJECTED : FailureCode.DISCORD_UNAVAILABLE,
          describe(error),
        );
      }
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof AttemptFailed) return error.message;
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
  return 'network error';
}

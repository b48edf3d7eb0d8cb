// The Discord webhook client: `POST {url}?wait=true` so Discord answers with
// the message (its id is recorded) or an error we can see. 429 waits the
// time Discord asks (body `retry_after` in seconds, or the Retry-After
// header); 5xx and connections that never opened back off; other 4xx fail
// at once. A request that may have reached Discord without an answer (a
// timeout, a connection lost mid-exchange) is never sent again: webhooks take
// no idempotency key, so a retry could post twice (docs/worker.md).
// https://discord.com/developers/docs/topics/rate-limits
// The webhook URL holds a token: it is never logged.
import type { Logger } from 'pino';
import type { DiscordPayload } from './discord-message.ts';
import { FailureCode, JobFailure } from './failures.ts';
import { withRetries, type RetryDecision } from '../core/retry.ts';

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

/** No answer, and the request may have reached Discord: sending again could post twice. */
class OutcomeUnknown extends Error {}

/**
 * Network errors raised before a single byte of the request left (undici's
 * `cause.code`): the message certainly does not exist, so a retry is safe.
 */
const NEVER_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** undici's reason for a failed fetch, e.g. ECONNREFUSED. */
function causeCode(error: unknown): string | undefined {
  const code = error instanceof Error ? (error.cause as { code?: unknown } | undefined)?.code : '';
  return typeof code === 'string' && code ? code : undefined;
}

const neverSent = (error: unknown) => NEVER_SENT.has(causeCode(error) ?? '');

export type DiscordClient = ReturnType<typeof createDiscordClient>;

export function createDiscordClient(options: DiscordOptions, log: Logger) {
  const url = new URL(options.webhookUrl);
  url.searchParams.set('wait', 'true');
  /** `DELETE /webhooks/{id}/{token}/messages/{message.id}`: 204, or 404 Unknown Message. */
  const messageUrl = (messageId: string) => {
    const message = new URL(options.webhookUrl);
    message.pathname = `${message.pathname.replace(/\/$/, '')}/messages/${messageId}`;
    return message;
  };

  const attempt = async (
    target: URL,
    init: { method: 'POST' | 'DELETE'; body?: string },
  ): Promise<string> => {
    let response: Response;
    try {
      response = await fetch(target, {
        ...init,
        headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      if (neverSent(error)) throw error;
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw new OutcomeUnknown(timedOut ? 'timeout' : 'connection lost', { cause: error });
    }
    // The status is Discord's answer; a body cut short (or none: 204) does not change it.
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

  const decide = (error: unknown, idempotent = false): RetryDecision => {
    // A post sent again could appear twice; a deletion sent again deletes once.
    if (error instanceof OutcomeUnknown) return { retry: idempotent };
    if (!(error instanceof AttemptFailed)) return { retry: true }; // never sent
    if (error.status === 429) {
      const waitMs = error.waitMs ?? options.retryBaseMs;
      return waitMs <= options.maxRetryWaitMs ? { retry: true, delayMs: waitMs } : { retry: false };
    }
    return { retry: error.status >= 500 };
  };

  return {
    /**
     * Deletes a message the webhook posted (a listing a moderator took down).
     * Resolves 'deleted', or 'gone' when Discord has no such message (deleted
     * already, by us or by a person in the channel). Throws JobFailure
     * DISCORD_REJECTED (another 4xx) or DISCORD_UNAVAILABLE (retries spent;
     * a later delivery tries again: deleting twice is harmless).
     */
    async delete(
      messageId: string,
      auctionId: string,
      signal?: AbortSignal,
    ): Promise<'deleted' | 'gone'> {
      const policy = { attempts: options.attempts, baseMs: options.retryBaseMs, signal };
      try {
        await withRetries(
          () => attempt(messageUrl(messageId), { method: 'DELETE' }),
          policy,
          (error) => decide(error, true),
          (error, attemptNo, delayMs) =>
            log.warn(
              { auctionId, attempt: attemptNo, delayMs, cause: describe(error) },
              'discord deletion failed, retrying',
            ),
        );
        return 'deleted';
      } catch (error) {
        if (error instanceof AttemptFailed && error.status === 404) return 'gone';
        const rejected =
          error instanceof AttemptFailed && error.status >= 400 && error.status < 500;
        throw new JobFailure(
          rejected && error.status !== 429
            ? FailureCode.DISCORD_REJECTED
            : FailureCode.DISCORD_UNAVAILABLE,
          describe(error),
        );
      }
    },

    /**
     * Sends one message; resolves with Discord's message id. Throws
     * JobFailure DISCORD_REJECTED (4xx), DISCORD_UNAVAILABLE (retries spent;
     * nothing was posted) or DISCORD_OUTCOME_UNKNOWN (maybe posted: never retried).
     */
    async send(payload: DiscordPayload, auctionId: string, signal?: AbortSignal): Promise<string> {
      const policy = { attempts: options.attempts, baseMs: options.retryBaseMs, signal };
      try {
        return await withRetries(
          () => attempt(url, { method: 'POST', body: JSON.stringify(payload) }),
          policy,
          (error) => decide(error),
          (error, attemptNo, delayMs) =>
            log.warn(
              { auctionId, attempt: attemptNo, delayMs, cause: describe(error) },
              'discord attempt failed, retrying',
            ),
        );
      } catch (error) {
        if (error instanceof OutcomeUnknown)
          throw new JobFailure(FailureCode.DISCORD_OUTCOME_UNKNOWN, error.message);
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
  if (error instanceof AttemptFailed || error instanceof OutcomeUnknown) return error.message;
  const code = causeCode(error);
  return code ? `network error ${code}` : 'network error';
}

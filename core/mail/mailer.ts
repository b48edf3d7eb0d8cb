// E-mail through an SMTP relay (nodemailer): the worker's e-mail to the
// winner, the API's password-reset links. A relay's
// 4xx and a connection that never got as far as its greeting back off and
// retry; a 5xx fails at once (a bad address: retrying changes nothing). A
// message that may have reached the relay without its answer (the connection
// dropped or timed out after the data) is never sent again: SMTP has no
// idempotency key, so a retry could deliver twice (docs/worker.md). The URL
// may hold credentials: it is never logged.
import nodemailer from 'nodemailer';
import { withRetries, type RetryDecision } from '../retry.ts';

export interface MailerOptions {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465. */
  url: string;
  from: string;
  timeoutMs: number;
  attempts: number;
  retryBaseMs: number;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Where a reply goes: the other party of a sale. */
  replyTo?: string;
}

/** What nodemailer's errors carry: the relay's reply code, or the socket's failure. */
interface SmtpError extends Error {
  responseCode?: number;
  code?: string;
  syscall?: string;
}

/** Failures before the relay greeted us: the message certainly was not sent. */
const NEVER_CONNECTED = new Set(['Greeting never received', 'Connection timeout']);

function neverSent(error: SmtpError): boolean {
  if (error.responseCode !== undefined) return error.responseCode < 500; // refused, not taken
  return (
    error.syscall === 'connect' ||
    error.syscall === 'getaddrinfo' ||
    error.code === 'EDNS' ||
    NEVER_CONNECTED.has(error.message)
  );
}

const rejected = (error: SmtpError) => (error.responseCode ?? 0) >= 500;

function describe(error: SmtpError): string {
  if (error.responseCode !== undefined) return `SMTP ${error.responseCode}`;
  return error.code ? `network error ${error.code}` : 'network error';
}

/**
 * Why an e-mail did not go: `rejected` (5xx: retrying changes nothing),
 * `unavailable` (attempts spent; nothing was sent) or `unknown` (the relay may
 * have it: never sent again).
 */
export class MailFailure extends Error {
  readonly kind: 'rejected' | 'unavailable' | 'unknown';
  readonly detail: string;
  constructor(kind: MailFailure['kind'], detail: string) {
    super(`${kind}: ${detail}`);
    this.name = 'MailFailure';
    this.kind = kind;
    this.detail = detail;
  }
}

export type Mailer = ReturnType<typeof createMailer>;

/** Where retries are reported: pino's logger, or Fastify's. */
interface WarningLog {
  warn(details: object, message: string): void;
}

export function createMailer(options: MailerOptions, log: WarningLog) {
  const transport = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
  } as Parameters<typeof nodemailer.createTransport>[0]);

  const decide = (error: unknown): RetryDecision => {
    const smtp = error as SmtpError;
    return { retry: neverSent(smtp) && !rejected(smtp) };
  };

  return {
    /**
     * Sends one e-mail; resolves with its Message-ID, or throws MailFailure.
     * `context` goes into the retry warnings (e.g. the auction id).
     */
    async send(mail: Mail, context: object, signal?: AbortSignal): Promise<string> {
      const policy = { attempts: options.attempts, baseMs: options.retryBaseMs, signal };
      try {
        const sent = await withRetries(
          () => transport.sendMail({ from: options.from, ...mail }),
          policy,
          decide,
          (error, attempt, delayMs) =>
            log.warn(
              { ...context, attempt, delayMs, cause: describe(error as SmtpError) },
              'e-mail attempt failed, retrying',
            ),
        );
        return String(sent.messageId ?? '');
      } catch (error) {
        const smtp = error as SmtpError;
        if (rejected(smtp)) throw new MailFailure('rejected', describe(smtp));
        throw new MailFailure(neverSent(smtp) ? 'unavailable' : 'unknown', describe(smtp));
      }
    },
    close: () => transport.close(),
  };
}

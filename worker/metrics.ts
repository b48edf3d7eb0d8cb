// The worker's Prometheus metrics (prom-client) and the small HTTP server
// that serves them on WORKER_METRICS_PORT: `GET /metrics`, and `GET /healthz`
// for a Kubernetes liveness probe. One registry per worker, so several
// workers in one test process keep their numbers apart.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { FailureCode, type MailRecipient } from './failures.ts';
import type { TakedownOutcome } from './discord-takedowns.ts';
import type { DiscordResult, EmailResult } from './job.ts';
import type { EndingSoonOutcome } from './ending-soon-notices.ts';
import type { LeadRestoredOutcome } from './lead-restored-notices.ts';
import type { OutbidOutcome } from './outbid-notices.ts';
import type { FeedbackOutcome } from './feedback-notices.ts';
import type { RemovalOutcome } from './removal-notices.ts';
import type { SuspensionOutcome } from './suspension-notices.ts';
import type { SellerCancellationOutcome } from './seller-cancellation-notices.ts';
import type { SellerCancelReason } from '../core/schemas.ts';
import type { AlertChannel, SearchAlertOutcome } from './search-alerts.ts';
import type { ReviewDecision, ReviewOutcome } from './review-notices.ts';
import type { AppealKind, AppealOutcome } from './appeal-notices.ts';
import type { QuestionOutcome } from './question-notices.ts';
import type { TextWriter } from './texts/writer.ts';

/**
 * How the handling of one stream entry ended: `processed` (acknowledged),
 * `dead_lettered` (sent to the dead-letter stream, with or without doing the
 * work), `failed` (left pending; it will be redelivered), `abandoned` (at
 * shutdown; another worker takes it over).
 */
export type JobEnd = 'processed' | 'dead_lettered' | 'failed' | 'abandoned';

export type WorkerMetrics = ReturnType<typeof createWorkerMetrics>;

export function createWorkerMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const jobs = new Counter({
    name: 'arremate_worker_jobs_total',
    help: 'Finished-auction entries handled, by outcome (processed, dead_lettered, failed, abandoned) and reason (a failure code, or "none").',
    labelNames: ['outcome', 'reason'],
    registers: [registry],
  });
  const jobDuration = new Histogram({
    name: 'arremate_worker_job_duration_seconds',
    help: 'Time to handle one finished-auction entry, by outcome.',
    labelNames: ['outcome'],
    // Templates take milliseconds; Gemini with retries and Discord waits take seconds.
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [registry],
  });
  const discordPosts = new Counter({
    name: 'arremate_worker_discord_posts_total',
    help: 'Discord posts by outcome: sent, already_sent, rejected (4xx), unavailable (retries spent), unknown (a crash hid the answer), withdrawn (a moderator took the auction down first).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const discordTakedowns = new Counter({
    name: 'arremate_worker_discord_takedowns_total',
    help: 'Closed auctions a moderator took down, by what became of their Discord post: deleted (or Discord no longer had it), withdrawn (none made yet: none will be), nothing (none to delete: refused, unknown, or done), rejected (Discord refused the deletion), unavailable (deliveries spent); and taken down then reversed on appeal: restored (posted again), reopened (never made: left to the job).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const emails = new Counter({
    name: 'arremate_worker_emails_total',
    help: 'E-mails by recipient (winner, seller) and outcome: sent, already_sent, rejected (5xx), unavailable (retries spent), unknown (the answer was lost).',
    labelNames: ['recipient', 'outcome'],
    registers: [registry],
  });
  const outbidEmails = new Counter({
    name: 'arremate_worker_outbid_emails_total',
    help: 'Outbid notices by outcome: sent; not sent because stale (ended, leading), no_account, unverified, turned_off or already_told; rejected (5xx), unknown (the answer was lost), unavailable (deliveries spent).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const leadRestoredEmails = new Counter({
    name: 'arremate_worker_lead_restored_emails_total',
    help: 'E-mails to bidders who lead again once a rival’s bids were withdrawn (a suspended account’s by the moderators, a retraction, a seller’s cancellation), by outcome: sent; not sent because stale (ended, not_leading), no_account, unverified, turned_off (outbid e-mails off) or already_told; rejected (5xx), unknown (the answer was lost), unavailable (deliveries spent).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const endingSoonEmails = new Counter({
    name: 'arremate_worker_ending_soon_emails_total',
    help: 'Ending-soon e-mails to watchers and bidders by outcome: sent; not sent because the auction ended (once per auction), the person is its seller, no_account, unverified, turned_off or already_told; rejected (5xx), unknown (the answer was lost), unavailable (deliveries spent, once per auction).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const questionEmails = new Counter({
    name: 'arremate_worker_question_emails_total',
    help: 'Question e-mails by kind (asked: to the seller; answered: to the asker) and outcome: sent; not sent because no_account, unverified, turned_off, already_told or gone; rejected (5xx), unknown (the answer was lost), unavailable (deliveries spent).',
    labelNames: ['kind', 'outcome'],
    registers: [registry],
  });
  const feedbackEmails = new Counter({
    name: 'arremate_worker_feedback_emails_total',
    help: 'Feedback e-mails by kind (left: to the rated person; replied: to the rating’s author) and outcome: sent; not sent because no_account, unverified, turned_off, already_told or gone; rejected (5xx), unknown (the answer was lost), unavailable (deliveries spent).',
    labelNames: ['kind', 'outcome'],
    registers: [registry],
  });
  const removalEmails = new Counter({
    name: 'arremate_worker_removal_emails_total',
    help: 'E-mails about auctions moderators removed, by role (seller, bidder, buyer of an ended one; none when the auction was gone or deliveries were spent) and outcome: sent; not sent because no_account, unverified, already_told or gone; rejected (5xx), unknown (the answer was lost), unavailable (deliveries spent).',
    labelNames: ['role', 'outcome'],
    registers: [registry],
  });
  const suspensionEmails = new Counter({
    name: 'arremate_worker_suspension_emails_total',
    help: 'E-mails to accounts moderators suspended, by outcome: sent; not sent because no_account, unverified, already_told or gone (reinstated before it was read); rejected (5xx), unknown (the answer was lost), unavailable (deliveries spent).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const sellerCancellationEmails = new Counter({
    name: 'arremate_worker_seller_cancellation_emails_total',
    help: 'E-mails to bidders whose bids a seller cancelled, by the seller’s reason (bidder_request, listing_error, item_unavailable, fraud_concern; none when the entry named no known reason) and outcome: sent; not sent because no_account, unverified, already_told or gone (the auction is not there); invalid (an unknown reason: dead-lettered); rejected (5xx), unknown (the answer was lost), unavailable (deliveries spent).',
    labelNames: ['reason', 'outcome'],
    registers: [registry],
  });
  const reviewEmails = new Counter({
    name: 'arremate_worker_review_emails_total',
    help: 'E-mails telling the authors of reports what the moderators decided, by decision (removed, kept) and outcome: sent; not sent because no_account, unverified, already_told or gone; rejected (5xx), unknown (the answer was lost), unavailable (deliveries spent).',
    labelNames: ['decision', 'outcome'],
    registers: [registry],
  });
  const appealEmails = new Counter({
    name: 'arremate_worker_appeal_emails_total',
    help: 'E-mails telling appellants what the moderators decided on their appeal, by kind (removal, suspension; none when the appeal was gone or deliveries were spent) and outcome: sent; not sent because no_account, unverified, already_told or gone; rejected (5xx), unknown (the answer was lost), unavailable (deliveries spent).',
    labelNames: ['kind', 'outcome'],
    registers: [registry],
  });
  const searchAlerts = new Counter({
    name: 'arremate_worker_search_alerts_total',
    help: 'People told of a new listing matching a search they saved, by channel (app: on their devices; email) and outcome: sent; not sent because already_told, gone (the listing ended or was removed first), no_account, unverified, turned_off or daily_cap; rejected (5xx), unknown (the answer was lost), unavailable (deliveries spent).',
    labelNames: ['channel', 'outcome'],
    registers: [registry],
  });
  const geminiCalls = new Counter({
    name: 'arremate_worker_gemini_calls_total',
    help: 'Texts asked of Gemini, by outcome: success, fallback (attempts spent; the templates wrote them), aborted (shutdown).',
    labelNames: ['outcome'],
    registers: [registry],
  });

  return {
    registry,
    /** Counts one entry's end; `reason` is the failure code behind a failure or dead letter. */
    jobEnded(outcome: JobEnd, seconds: number, reason?: string, recipient?: MailRecipient): void {
      jobs.inc({ outcome, reason: reason ?? 'none' });
      jobDuration.observe({ outcome }, seconds);
      // Discord being down fails the job before a post outcome exists.
      if (outcome === 'failed' && reason === FailureCode.DISCORD_UNAVAILABLE)
        discordPosts.inc({ outcome: 'unavailable' });
      if (outcome === 'failed' && reason === FailureCode.MAIL_UNAVAILABLE)
        emails.inc({ recipient: recipient ?? 'winner', outcome: 'unavailable' });
    },
    discordResult(result: DiscordResult): void {
      if (result !== 'disabled') discordPosts.inc({ outcome: result.replace('-', '_') });
    },
    discordTakedown(outcome: TakedownOutcome): void {
      discordTakedowns.inc({ outcome });
    },
    emailResult(recipient: MailRecipient, result: EmailResult): void {
      if (result !== 'disabled' && result !== 'none')
        emails.inc({ recipient, outcome: result.replace('-', '_') });
    },
    outbidEmail(outcome: OutbidOutcome | 'unavailable'): void {
      if (outcome !== 'disabled') outbidEmails.inc({ outcome });
    },
    leadRestoredEmail(outcome: LeadRestoredOutcome | 'unavailable'): void {
      if (outcome !== 'disabled') leadRestoredEmails.inc({ outcome });
    },
    endingSoonEmail(outcome: EndingSoonOutcome | 'unavailable'): void {
      endingSoonEmails.inc({ outcome });
    },
    questionEmail(kind: 'asked' | 'answered', outcome: QuestionOutcome | 'unavailable'): void {
      if (outcome !== 'disabled') questionEmails.inc({ kind, outcome });
    },
    feedbackEmail(kind: 'left' | 'replied', outcome: FeedbackOutcome | 'unavailable'): void {
      if (outcome !== 'disabled') feedbackEmails.inc({ kind, outcome });
    },
    removalEmail(
      role: 'seller' | 'bidder' | 'buyer' | null,
      outcome: RemovalOutcome | 'unavailable',
    ): void {
      if (outcome !== 'disabled') removalEmails.inc({ role: role ?? 'none', outcome });
    },
    suspensionEmail(outcome: SuspensionOutcome | 'unavailable'): void {
      if (outcome !== 'disabled') suspensionEmails.inc({ outcome });
    },
    sellerCancellationEmail(
      reason: SellerCancelReason | null,
      outcome: SellerCancellationOutcome | 'invalid' | 'unavailable',
    ): void {
      if (outcome !== 'disabled')
        sellerCancellationEmails.inc({ reason: reason ?? 'none', outcome });
    },
    reviewEmail(decision: ReviewDecision, outcome: ReviewOutcome | 'unavailable'): void {
      if (outcome !== 'disabled') reviewEmails.inc({ decision, outcome });
    },
    appealEmail(kind: AppealKind | null, outcome: AppealOutcome | 'unavailable'): void {
      if (outcome !== 'disabled') appealEmails.inc({ kind: kind ?? 'none', outcome });
    },
    searchAlert(
      channel: AlertChannel,
      outcome: SearchAlertOutcome | 'unavailable',
      people: number,
    ): void {
      if (outcome !== 'disabled') searchAlerts.inc({ channel, outcome }, people);
    },
    geminiCall(outcome: 'success' | 'fallback' | 'aborted'): void {
      geminiCalls.inc({ outcome });
    },
  };
}

/** Wraps the text writer to count what Gemini did; in mock mode there is nothing to count. */
export function countGeminiCalls(
  writer: TextWriter,
  usesGemini: boolean,
  metrics: WorkerMetrics,
): TextWriter {
  if (!usesGemini) return writer;
  return {
    async write(facts, signal) {
      try {
        const written = await writer.write(facts, signal);
        metrics.geminiCall(written.fallback ? 'fallback' : 'success');
        return written;
      } catch (error) {
        metrics.geminiCall('aborted'); // the writer throws only when the job is abandoned
        throw error;
      }
    },
  };
}

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` and `GET /healthz` on `port` (all interfaces, as a
 * pod's probes and Prometheus need). A port already taken is logged, not
 * fatal: reports matter more than their metrics. Resolves null then.
 */
export async function startMetricsServer(
  registry: Registry,
  port: number,
  log: Logger,
): Promise<MetricsServer | null> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/metrics') {
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
        () => res.writeHead(500).end(),
      );
      return;
    }
    // Liveness only: the process answers. Redis being away is not a reason
    // to restart the worker; its loop waits and recovers by itself.
    const found = req.method === 'GET' && path === '/healthz';
    res
      .writeHead(found ? 200 : 404, { 'content-type': 'application/json' })
      .end(JSON.stringify(found ? { status: 'ok' } : { error: 'not found' }));
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, () => resolve());
    });
  } catch (error) {
    log.error(
      { port, cause: (error as Error).message },
      'metrics server could not listen; no metrics',
    );
    return null;
  }
  const bound = (server.address() as AddressInfo).port;
  log.info({ port: bound }, 'metrics served on /metrics, liveness on /healthz');
  return {
    port: bound,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

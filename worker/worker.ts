// Builds the worker from its configuration and runs its consumer loops —
// finished auctions (reports, posts, the parties' e-mails), outbid notices,
// lead-restored notices, ending-soon notices, question notices, feedback
// notices, removal notices, decisions on reports, suspension notices,
// seller cancellations, decisions on appeals, new listings (saved-search
// alerts) and takedowns (a removed auction's Discord post deleted) — each
// the same way: take over stale entries from dead consumers now and then,
// otherwise block on new ones, one at a time.
// `stop` finishes or abandons the current jobs.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createAuctionStore } from '../core/redis/auction-store.ts';
import { redisKeys } from '../core/redis/keys.ts';
import { loadScripts } from '../core/redis/scripts.ts';
import { publicOrigin } from '../core/config.ts';
import { consumerName, type WorkerEnv } from './config.ts';
import { createDiscordClient } from './discord.ts';
import { createTakedownHandler } from './discord-takedowns.ts';
import { createMailer } from '../core/mail/mailer.ts';
import { createGeminiWriter } from './gemini.ts';
import { createEntryHandler } from './handle-entry.ts';
import { createJobState } from './job-state.ts';
import { countGeminiCalls, createWorkerMetrics } from './metrics.ts';
import { loadWorkerScripts } from './redis/scripts.ts';
import { createEndingSoonNotifier } from './ending-soon-notices.ts';
import { createLeadRestoredNotifier } from './lead-restored-notices.ts';
import { createOutbidNotifier } from './outbid-notices.ts';
import { createFeedbackNotifier } from './feedback-notices.ts';
import { createRemovalNotifier } from './removal-notices.ts';
import { createSuspensionNotifier } from './suspension-notices.ts';
import { createSellerCancellationNotifier } from './seller-cancellation-notices.ts';
import { createSearchAlerter } from './search-alerts.ts';
import { createReviewNotifier } from './review-notices.ts';
import { createAppealNotifier } from './appeal-notices.ts';
import { createQuestionNotifier } from './question-notices.ts';
import { createStreamGroup, type StreamEntry, type StreamGroup } from './stream.ts';
import { createFormatters } from './texts/format.ts';
import { phrasebooks } from './texts/languages.ts';
import { createTextWriter } from './texts/writer.ts';

/** Entries taken over per XAUTOCLAIM. */
const CLAIM_BATCH = 10;

export interface WorkerClients {
  /** Commands and scripts. */
  redis: Redis;
  /** Only for XREADGROUP BLOCK; disconnected by stop() to end the wait. (The notice loops block on duplicates.) */
  blocking: Redis;
}

/** One stream the worker consumes, and what it does with an entry. */
interface StreamSource {
  stream: string;
  group: StreamGroup;
  handle(entry: StreamEntry, signal: AbortSignal): Promise<void>;
  blocking: Redis;
  /** The entry being handled, for stop(). */
  current: Promise<void>;
}

export type Worker = ReturnType<typeof createWorker>;

export function createWorker(env: WorkerEnv, baseLog: Logger, clients: WorkerClients) {
  const consumer = consumerName(env);
  const log = baseLog.child({ consumer });
  const keys = redisKeys(env.REDIS_KEY_PREFIX);
  const fmt = createFormatters(env.REPORT_LANGUAGE, env.REPORT_TIME_ZONE);
  const metrics = createWorkerMetrics();
  const gemini = env.GEMINI_API_KEY
    ? createGeminiWriter(
        {
          apiKey: env.GEMINI_API_KEY,
          model: env.GEMINI_MODEL,
          baseUrl: env.GEMINI_BASE_URL,
          timeoutMs: env.GEMINI_TIMEOUT_MS,
          attempts: env.GEMINI_MAX_ATTEMPTS,
          retryBaseMs: env.GEMINI_RETRY_BASE_MS,
        },
        log,
      )
    : null;
  const discord = env.DISCORD_WEBHOOK_URL
    ? createDiscordClient(
        {
          webhookUrl: env.DISCORD_WEBHOOK_URL,
          timeoutMs: env.DISCORD_TIMEOUT_MS,
          attempts: env.DISCORD_MAX_ATTEMPTS,
          retryBaseMs: env.DISCORD_RETRY_BASE_MS,
          maxRetryWaitMs: env.DISCORD_MAX_RETRY_WAIT_MS,
        },
        log,
      )
    : null;
  const origin = publicOrigin(env);
  const mailer = env.SMTP_URL
    ? createMailer(
        {
          url: env.SMTP_URL,
          from: env.MAIL_FROM,
          timeoutMs: env.SMTP_TIMEOUT_MS,
          attempts: env.SMTP_MAX_ATTEMPTS,
          retryBaseMs: env.SMTP_RETRY_BASE_MS,
        },
        log,
      )
    : null;
  const scripted = loadWorkerScripts(clients.redis);
  const group = createStreamGroup(scripted, clients.blocking, {
    stream: keys.finishedStream,
    group: env.WORKER_GROUP,
    consumer,
    deadLetterStream: keys.deadLetterStream,
  });
  const store = createAuctionStore(loadScripts(clients.redis), keys);
  const siteUrl = (path: string) => (origin ? `${origin}${path}` : null);
  const auctionUrl = (auctionId: string) => siteUrl(`/auctions/${auctionId}`);
  const words = phrasebooks[env.REPORT_LANGUAGE];
  const handleEntry = createEntryHandler(
    group,
    {
      store,
      state: createJobState(scripted, keys),
      writer: countGeminiCalls(
        createTextWriter(gemini, env.REPORT_LANGUAGE, fmt, log),
        gemini !== null,
        metrics,
      ),
      discord,
      mailer,
      words,
      fmt,
      auctionUrl,
      siteUrl,
      log,
    },
    {
      consumer,
      claimIdleMs: env.WORKER_CLAIM_IDLE_MS,
      maxDeliveries: env.WORKER_MAX_DELIVERIES,
      metrics,
    },
  );

  /** A notice stream read on its own blocking connection, so its waits do not delay the others. */
  function noticeSource(
    name: string,
    streams: { stream: string; deadLetterStream: string },
    handlerFor: (group: StreamGroup) => StreamSource['handle'],
  ): StreamSource {
    const blocking = clients.blocking.duplicate();
    blocking.on('error', (error: Error) =>
      log.warn({ cause: error.message }, 'redis connection error'),
    );
    const noticeGroup = createStreamGroup(scripted, blocking, {
      ...streams,
      group: env.WORKER_GROUP,
      consumer,
    });
    const handle = handlerFor(noticeGroup);
    return { stream: name, group: noticeGroup, handle, blocking, current: Promise.resolve() };
  }
  const noticeDeps = { redis: scripted, keys, store, mailer, words, fmt, auctionUrl, log, metrics };
  const noticeOptions = {
    maxDeliveries: env.WORKER_MAX_DELIVERIES,
    searchEmailsPerDay: env.SEARCH_ALERT_EMAILS_PER_DAY,
  };
  /** Each notice stream: its name in logs, the stream, its dead letters, who reads it. */
  const noticeLoops = [
    ['outbid', keys.outbidStream, keys.outbidDeadLetterStream, createOutbidNotifier],
    [
      'lead-restored',
      keys.leadRestoredStream,
      keys.leadRestoredDeadLetterStream,
      createLeadRestoredNotifier,
    ],
    [
      'ending-soon',
      keys.endingSoonStream,
      keys.endingSoonDeadLetterStream,
      createEndingSoonNotifier,
    ],
    ['questions', keys.questionStream, keys.questionDeadLetterStream, createQuestionNotifier],
    ['feedback', keys.feedbackStream, keys.feedbackDeadLetterStream, createFeedbackNotifier],
    ['removals', keys.removalStream, keys.removalDeadLetterStream, createRemovalNotifier],
    [
      'suspensions',
      keys.suspensionStream,
      keys.suspensionDeadLetterStream,
      createSuspensionNotifier,
    ],
    [
      'seller-cancellations',
      keys.sellerCancellationStream,
      keys.sellerCancellationDeadLetterStream,
      createSellerCancellationNotifier,
    ],
    ['reviews', keys.reviewStream, keys.reviewDeadLetterStream, createReviewNotifier],
    ['appeals', keys.appealStream, keys.appealDeadLetterStream, createAppealNotifier],
    ['listings', keys.listingStream, keys.listingDeadLetterStream, createSearchAlerter],
  ] as const;
  const sources: StreamSource[] = [
    {
      stream: 'finished',
      group,
      handle: handleEntry,
      blocking: clients.blocking,
      current: Promise.resolve(),
    },
    ...noticeLoops.map(([name, stream, deadLetterStream, createNotifier]) =>
      noticeSource(name, { stream, deadLetterStream }, (notices) =>
        createNotifier(notices, noticeDeps, noticeOptions),
      ),
    ),
    noticeSource(
      'takedowns',
      { stream: keys.takedownStream, deadLetterStream: keys.takedownDeadLetterStream },
      (takedowns) =>
        createTakedownHandler(
          takedowns,
          { redis: scripted, keys, store, discord, words, fmt, auctionUrl, siteUrl, log, metrics },
          noticeOptions,
        ),
    ),
  ];

  let stopping = false;
  let wake = () => {};
  /**
   * Resolves at stop(). A blocked read is not waited for: disconnecting its
   * connection while Redis is away (reconnecting) leaves the read pending for
   * good, and the loop, and a shutdown, would hang on it.
   */
  const stopped = new Promise<StreamEntry[]>((resolve) => (wake = () => resolve([])));
  const abandon = new AbortController();
  const claimEveryMs = Math.min(env.WORKER_CLAIM_IDLE_MS / 2, 10_000);
  let trimmer: NodeJS.Timeout | undefined;

  /** Handled entries leave the stream after the retention; a failure waits for the next turn. */
  function trimNow(): void {
    group.trimHandled(env.WORKER_STREAM_RETENTION_MS).then(
      (removed) => {
        if (removed > 0) log.info({ removed }, 'finished-auctions stream trimmed');
      },
      (error: Error) => log.warn({ cause: error.message }, 'could not trim the stream'),
    );
  }

  async function loop(source: StreamSource): Promise<void> {
    const run = (entry: StreamEntry) => (source.current = source.handle(entry, abandon.signal));
    let lastClaim = -Infinity;
    let grouped = false;
    while (!stopping) {
      try {
        if (!grouped) {
          await source.group.ensureGroup();
          grouped = true;
        }
        if (performance.now() - lastClaim >= claimEveryMs) {
          lastClaim = performance.now();
          const stale = await source.group.claimStale(env.WORKER_CLAIM_IDLE_MS, CLAIM_BATCH);
          for (const entry of stale) {
            if (stopping) break;
            await run(entry);
          }
        }
        if (stopping) break;
        const fresh = await Promise.race([source.group.readNew(1, env.WORKER_BLOCK_MS), stopped]);
        for (const entry of fresh) await run(entry);
      } catch (error) {
        if (stopping) break;
        // Redis away, most likely: never crash, try again shortly. A Redis
        // that came back empty (no persistence) lost the group: recreate it.
        const cause = (error as Error).message;
        if (cause.startsWith('NOGROUP')) grouped = false;
        log.error({ cause, stream: source.stream }, 'consumer loop error');
        await sleep(1000);
      }
    }
  }

  function announce(): void {
    log.info(
      {
        texts: gemini ? `gemini:${env.GEMINI_MODEL}` : 'mock',
        language: env.REPORT_LANGUAGE,
        email: mailer ? 'smtp' : 'off (SMTP_URL is not set)',
      },
      discord
        ? 'worker started'
        : 'worker started; DISCORD_WEBHOOK_URL is not set, Discord posts are skipped',
    );
  }

  return {
    consumer,
    /** Served by worker/main.ts on WORKER_METRICS_PORT. */
    metrics,
    /** Resolves when the loop has ended after stop(). */
    async start(): Promise<void> {
      trimmer = setInterval(trimNow, env.WORKER_TRIM_INTERVAL_MS).unref();
      announce();
      await Promise.all(sources.map(loop));
    },
    /** Stops reading; lets the current job finish within `graceMs`, else abandons it (left pending). */
    async stop(graceMs = env.WORKER_SHUTDOWN_GRACE_MS): Promise<void> {
      stopping = true;
      wake();
      clearInterval(trimmer);
      for (const { blocking } of sources) blocking.disconnect();
      // The loops log the jobs' own errors; here only their end matters.
      const settled = Promise.all(sources.map(({ current }) => current)).then(
        () => true,
        () => true,
      );
      const finished = await Promise.race([settled, sleep(graceMs, false, { ref: false })]);
      if (!finished) {
        abandon.abort();
        await Promise.race([settled, sleep(2000, undefined, { ref: false })]);
      }
      // Tidying the group's consumer list is worth no wait while Redis is away.
      if (clients.redis.status === 'ready')
        for (const source of sources) await source.group.leaveIfIdle().catch(() => {});
      log.info({ finishedCurrentJob: finished }, 'worker stopped');
    },
  };
}

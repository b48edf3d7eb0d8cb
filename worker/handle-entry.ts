// One stream entry: dead-letter it if it is unreadable or delivered too many
// times, otherwise take the auction's lock, keep the lock and the delivery
// alive while the job runs, and acknowledge only once the work is done.
import { randomUUID } from 'node:crypto';
import { Value } from 'typebox/value';
import { FinishedAuction } from '../core/schemas.ts';
import { FailureCode, JobFailure, failureCodeOf } from './failures.ts';
import { processFinishedAuction, type JobDeps } from './job.ts';
import type { WorkerMetrics } from './metrics.ts';
import type { StreamEntry, StreamGroup } from './stream.ts';

export interface EntryHandlerOptions {
  consumer: string;
  /** Also the lock's time to live; the heartbeat renews both at a third of it. */
  claimIdleMs: number;
  maxDeliveries: number;
  metrics: WorkerMetrics;
}

export function createEntryHandler(
  group: StreamGroup,
  deps: JobDeps,
  options: EntryHandlerOptions,
) {
  const { state } = deps;
  const { metrics } = options;

  return async function handleEntry(entry: StreamEntry, signal: AbortSignal): Promise<void> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const log = deps.log.child({
      entryId: entry.id,
      auctionId: entry.fields.auctionId,
      deliveries: entry.deliveries,
    });
    const read = readEntry(entry.fields.finished);
    if ('problem' in read) {
      await group.deadLetter(entry, FailureCode.INVALID_ENTRY, read.problem);
      log.error(
        { reason: FailureCode.INVALID_ENTRY, detail: read.problem },
        'unreadable entry sent to the dead-letter stream',
      );
      metrics.jobEnded('dead_lettered', seconds(), FailureCode.INVALID_ENTRY);
      return;
    }
    const { finished } = read;
    const auctionId = finished.auction.id;
    if (entry.deliveries > options.maxDeliveries) {
      const record = await state.record(auctionId);
      const reason = record.lastFailure ?? FailureCode.DELIVERIES_EXHAUSTED;
      await group.deadLetter(entry, reason, record.lastFailureDetail ?? '');
      log.error({ reason }, 'delivered too many times, sent to the dead-letter stream');
      metrics.jobEnded('dead_lettered', seconds(), reason);
      return;
    }

    const token = `${options.consumer}:${randomUUID()}`;
    if (!(await state.acquireLock(auctionId, token, options.claimIdleMs))) {
      // Another worker is on this auction; it acknowledges the entry when done.
      log.info('auction locked by another worker, leaving the entry pending');
      return;
    }
    const heartbeat = setInterval(
      () => {
        Promise.all([
          group.touch(entry.id),
          state.extendLock(auctionId, token, options.claimIdleMs),
        ])
          .then(([, held]) => held || log.warn('lost the auction lock during the job'))
          .catch((error: Error) => log.warn({ cause: error.message }, 'heartbeat failed'));
      },
      Math.max(50, Math.floor(options.claimIdleMs / 3)),
    );
    try {
      const outcome = await processFinishedAuction(finished, token, { ...deps, log }, signal);
      const { deadLetter, ...summary } = outcome;
      if (deadLetter) await group.deadLetter(entry, deadLetter.code, deadLetter.detail);
      else await group.ack(entry.id);
      const ms = Math.round(performance.now() - started);
      log.info({ ...summary, deadLetter: deadLetter?.code, ms }, 'auction processed');
      metrics.discordResult(summary.discord);
      metrics.emailResult('winner', summary.email);
      metrics.emailResult('seller', summary.sellerEmail);
      metrics.jobEnded(deadLetter ? 'dead_lettered' : 'processed', seconds(), deadLetter?.code);
    } catch (error) {
      const ms = Math.round(performance.now() - started);
      if (signal.aborted) {
        log.warn({ ms }, 'job abandoned at shutdown; another worker will take it over');
        metrics.jobEnded('abandoned', seconds());
        return;
      }
      const code = failureCodeOf(error);
      const detail = error instanceof JobFailure ? error.detail : '';
      await state
        .update(auctionId, { lastFailure: code, lastFailureDetail: detail })
        .catch(() => {});
      const cause = error instanceof JobFailure ? undefined : (error as Error).message;
      log.warn({ reason: code, detail, cause, ms }, 'job failed; the entry will be redelivered');
      metrics.jobEnded('failed', seconds(), code, (error as Partial<JobFailure>).recipient);
    } finally {
      clearInterval(heartbeat);
      await state.releaseLock(auctionId, token).catch(() => {});
    }
  };
}

/** The entry's auction, or why it gets no report. */
function readEntry(json: string | undefined): { finished: FinishedAuction } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(json ?? '');
  } catch {
    value = undefined;
  }
  if (!Value.Check(FinishedAuction, value))
    return { problem: 'field "finished" is not a FinishedAuction' };
  // Cancelled auctions produce no report (issue 8); the scripts never stream them.
  if (value.auction.status !== 'closed')
    return { problem: `the auction is ${value.auction.status}, not closed` };
  return { finished: value };
}

// The transparency report a platform owes the public (the DSA's art. 15 and
// 24: notices received by kind, what was done and how fast, own-initiative
// measures, suspensions, appeals and their outcomes), counted over a period
// from two streams the scripts write in the same step as what they record:
// the moderation log (every decision) and the intake (every report and
// appeal received, with no one's id). Read on demand, in batches, so a long
// period never holds the event loop.
import {
  FLAG_REASONS,
  type CountByReason,
  type FlagReason,
  type TransparencyReport,
} from '../schemas.ts';
import type { RedisKeys } from './keys.ts';
import type { ScriptedRedis } from './scripts.ts';
import { streamFields } from './stream-fields.ts';

const BATCH = 1000;
const DAY_MS = 86_400_000;

/** Each entry of a stream written in [fromMs, toMs), oldest first. */
async function* entriesBetween(
  redis: ScriptedRedis,
  key: string,
  fromMs: number,
  toMs: number,
): AsyncGenerator<Record<string, string>> {
  let start = `${fromMs}-0`;
  for (;;) {
    const batch = (await redis.xrange(key, start, `(${toMs}-0`, 'COUNT', BATCH)) as [
      string,
      string[],
    ][];
    for (const [, fields] of batch) yield streamFields(fields);
    const last = batch.at(-1);
    if (batch.length < BATCH || !last) return;
    start = `(${last[0]}`;
  }
}

/** When a stream's oldest entry still kept was written; null when empty. */
async function oldestEntry(redis: ScriptedRedis, key: string): Promise<string | null> {
  const [first] = (await redis.xrange(key, '-', '+', 'COUNT', 1)) as [string, string[]][];
  return first ? new Date(Number(first[0].split('-')[0])).toISOString() : null;
}

function byReason(): CountByReason {
  return Object.fromEntries(FLAG_REASONS.map((reason) => [reason, 0])) as CountByReason;
}

function countReason(counts: CountByReason, reason: string | undefined): void {
  if (reason !== undefined && reason in counts) counts[reason as FlagReason] += 1;
}

/** The median of some durations in ms, in whole seconds; null for none. */
export function medianSeconds(durationsMs: number[]): number | null {
  if (durationsMs.length === 0) return null;
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return Math.round(median / 1000);
}

/** `from` and `to` are UTC days, both included. */
export async function transparencyReport(
  redis: ScriptedRedis,
  keys: RedisKeys,
  from: string,
  to: string,
  generatedAt: string,
): Promise<TransparencyReport> {
  const fromMs = Date.parse(`${from}T00:00:00Z`);
  const toMs = Date.parse(`${to}T00:00:00Z`) + DAY_MS;
  const report: TransparencyReport = {
    from,
    to,
    generatedAt,
    notices: {
      received: 0,
      byReason: byReason(),
      removed: 0,
      kept: 0,
      medianSecondsToDecision: null,
    },
    removals: { total: 0, onNotice: 0, onAppeal: 0, ownInitiative: 0, byReason: byReason() },
    suspensions: { suspended: 0, byReason: byReason(), reinstated: 0, bidsCancelledOn: 0 },
    appeals: {
      received: { removal: 0, suspension: 0, keep: 0 },
      upheld: 0,
      reversed: 0,
      medianSecondsToDecision: null,
    },
    recordedSince: { decisions: null, received: null },
  };

  for await (const entry of entriesBetween(redis, keys.moderationIntake, fromMs, toMs)) {
    if (entry.kind === 'report') {
      report.notices.received += 1;
      countReason(report.notices.byReason, entry.reason);
    } else if (
      entry.kind === 'appeal' &&
      (entry.subject === 'removal' || entry.subject === 'suspension' || entry.subject === 'keep')
    ) {
      report.appeals.received[entry.subject] += 1;
    }
  }

  // A review of reports carries how long its auction waited since its first open report.
  const noticeWaits: number[] = [];
  const appealWaits: number[] = [];
  for await (const entry of entriesBetween(redis, keys.moderationLog, fromMs, toMs)) {
    const waitedMs = entry.waitedMs === undefined ? undefined : Number(entry.waitedMs);
    switch (entry.action) {
      case 'removed':
        report.removals.total += 1;
        countReason(report.removals.byReason, entry.reason);
        // Entries from before the report was counted say neither: in the total only.
        // A reporter's appeal against a keep, reversed, is neither a fresh
        // notice's review nor the moderator's own initiative.
        if (entry.notice === '0' && entry.appealId !== undefined) report.removals.onAppeal += 1;
        if (entry.notice === '0' && entry.appealId === undefined)
          report.removals.ownInitiative += 1;
        if (entry.notice === '1') {
          report.removals.onNotice += 1;
          report.notices.removed += 1;
          if (waitedMs !== undefined) noticeWaits.push(waitedMs);
        }
        break;
      case 'kept':
        report.notices.kept += 1;
        if (waitedMs !== undefined) noticeWaits.push(waitedMs);
        break;
      case 'suspended':
        report.suspensions.suspended += 1;
        countReason(report.suspensions.byReason, entry.reason);
        break;
      case 'reinstated':
        report.suspensions.reinstated += 1;
        break;
      // One entry per auction whose bids by a suspended account were cancelled.
      case 'bids_cancelled':
        report.suspensions.bidsCancelledOn += 1;
        break;
      case 'appeal_upheld':
      case 'appeal_reversed':
        report.appeals[entry.action === 'appeal_upheld' ? 'upheld' : 'reversed'] += 1;
        if (waitedMs !== undefined) appealWaits.push(waitedMs);
        break;
    }
  }
  report.notices.medianSecondsToDecision = medianSeconds(noticeWaits);
  report.appeals.medianSecondsToDecision = medianSeconds(appealWaits);

  const [decisions, received] = await Promise.all([
    oldestEntry(redis, keys.moderationLog),
    oldestEntry(redis, keys.moderationIntake),
  ]);
  report.recordedSince = { decisions, received };
  return report;
}

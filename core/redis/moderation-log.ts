// Reading the moderation log (`moderation:log`, written by the decision
// scripts in the same step as each decision): the latest first, a page at a
// time, optionally only one moderator's decisions, one action, or those about
// one auction or one account — a moderator reviewing a colleague's work, or
// everything ever decided about a seller. A filter is applied while reading
// the stream backwards in batches, and one request reads at most
// LOG_SCAN_LIMIT entries: a rare match in a long log comes back as a short
// (even empty) page with a cursor to read on from, never as one request that
// holds Redis and the replica for the whole log.
import type {
  FlagReason,
  ModerationAction,
  ModerationLog,
  ModerationLogEntry,
  ModerationLogFilter,
} from '../schemas.ts';
import { hashFieldOf } from './hash-field-of.ts';
import type { RedisKeys } from './keys.ts';
import type { ScriptedRedis } from './scripts.ts';
import { streamFields } from './stream-fields.ts';

/** Entries read per XREVRANGE while filtering. */
const SCAN_BATCH = 1000;
/** Entries one filtered request reads at most (about 2.5 MB of Redis replies). */
export const LOG_SCAN_LIMIT = 20_000;

/** A moderation log entry's fields, as the decision scripts write them. */
interface LoggedDecision {
  id: string;
  action?: string;
  moderatorId?: string;
  auctionId?: string;
  userId?: string;
  appealId?: string;
  appealKind?: string;
  reason?: string;
}

const APPEAL_KINDS = ['removal', 'suspension', 'keep'] as const;

/**
 * Which decision an appeal decided in the log contested. Entries from before
 * it was logged name the auction of a removal or the account of a suspension.
 */
function appealKindOf(entry: LoggedDecision): ModerationLogEntry['appealKind'] {
  if (!entry.action?.startsWith('appeal_')) return null;
  const logged = APPEAL_KINDS.find((kind) => kind === entry.appealKind);
  return logged ?? (entry.userId === undefined ? 'removal' : 'suspension');
}

function matches(entry: LoggedDecision, filter: ModerationLogFilter): boolean {
  return (
    (filter.moderatorId === undefined || entry.moderatorId === filter.moderatorId) &&
    (filter.action === undefined || entry.action === filter.action) &&
    (filter.auctionId === undefined || entry.auctionId === filter.auctionId) &&
    (filter.userId === undefined || entry.userId === filter.userId)
  );
}

const isFiltered = (filter: ModerationLogFilter) =>
  Object.values(filter).some((value) => value !== undefined);

/**
 * Up to `limit` entries that match, the latest first, after `cursor`;
 * `nextCursor` where to read on from — after the last entry returned, or,
 * when the scan limit ended the reading, after the last entry read —, null
 * at the log's start.
 */
async function readMatching(
  redis: ScriptedRedis,
  log: string,
  filter: ModerationLogFilter,
  limit: number,
  cursor: string | undefined,
): Promise<{ entries: LoggedDecision[]; nextCursor: string | null }> {
  // Unfiltered, one more than a page says whether another follows.
  const batchSize = isFiltered(filter) ? SCAN_BATCH : limit + 1;
  const found: LoggedDecision[] = [];
  let end = cursor === undefined ? '+' : `(${cursor}`;
  let read = 0;
  for (;;) {
    const batch = (await redis.xrevrange(log, end, '-', 'COUNT', batchSize)) as [
      string,
      string[],
    ][];
    for (const [id, fields] of batch) {
      read += 1;
      const entry = { ...(streamFields(fields) as Omit<LoggedDecision, 'id'>), id };
      if (matches(entry, filter)) {
        if (found.length === limit) return { entries: found, nextCursor: found.at(-1)?.id ?? null };
        found.push(entry);
      }
      if (read >= LOG_SCAN_LIMIT) return { entries: found, nextCursor: id };
    }
    const last = batch.at(-1);
    if (batch.length < batchSize || !last) return { entries: found, nextCursor: null };
    end = `(${last[0]}`;
  }
}

/**
 * The moderators' decisions, the latest first, a page at a time (`cursor`:
 * the `nextCursor` of the page before), with the names and titles concerned
 * as they are now.
 */
export async function readModerationLog(
  redis: ScriptedRedis,
  keys: RedisKeys,
  filter: ModerationLogFilter,
  limit: number,
  cursor?: string,
): Promise<ModerationLog> {
  const { entries, nextCursor } = await readMatching(
    redis,
    keys.moderationLog,
    filter,
    limit,
    cursor,
  );
  const [names, titles] = await Promise.all([
    hashFieldOf(
      redis,
      keys.user,
      'name',
      entries.flatMap((entry) => [entry.moderatorId ?? '', entry.userId ?? '']),
    ),
    hashFieldOf(
      redis,
      keys.auction,
      'title',
      entries.map((entry) => entry.auctionId ?? ''),
    ),
  ]);
  const items = entries.map((entry): ModerationLogEntry => {
    const moderatorName = names.get(entry.moderatorId ?? '');
    return {
      id: entry.id,
      at: new Date(Number(entry.id.split('-')[0])).toISOString(),
      action: entry.action as ModerationAction,
      moderator:
        entry.moderatorId && moderatorName ? { id: entry.moderatorId, name: moderatorName } : null,
      auctionId: entry.auctionId ?? null,
      auctionTitle: titles.get(entry.auctionId ?? '') ?? null,
      userId: entry.userId ?? null,
      userName: names.get(entry.userId ?? '') ?? null,
      appealId: entry.appealId ?? null,
      appealKind: appealKindOf(entry),
      reason: (entry.reason as FlagReason | undefined) ?? null,
    };
  });
  return { items, nextCursor };
}

// Paging through a sorted-set index (a user's auctions, watchlist, feedback
// received): highest score first, resumed after an opaque cursor.
import type { Redis } from 'ioredis';
import { errors } from '../errors.ts';

export interface IndexPage {
  members: string[];
  nextCursor: string | null;
}

/**
 * One page of `indexKey`, highest score first (equal scores: the greater
 * member first, as Redis orders them), after the cursor's entry. Where
 * scores only rise (ZADD GT), an entry that rises meanwhile (the user bid
 * again) moves above the cursor, onto the first page, and is not repeated.
 */
export async function indexPage(
  redis: Redis,
  indexKey: string,
  limit: number,
  cursor?: string,
): Promise<IndexPage> {
  const after = cursor === undefined ? null : decodeCursor(cursor);
  const pipeline = redis.pipeline();
  if (after) pipeline.zrangebyscore(indexKey, after.score, after.score);
  pipeline.zrevrangebyscore(
    indexKey,
    after ? `(${after.score}` : '+inf',
    '-inf',
    'WITHSCORES',
    'LIMIT',
    0,
    limit + 1,
  );
  const replies = ((await pipeline.exec()) ?? []).map(([error, reply]) => {
    if (error) throw error;
    return reply as string[];
  });
  const below = replies.at(-1) ?? [];
  const entries: { id: string; score: number }[] = [];
  if (after)
    for (const id of (replies[0] ?? [])
      .filter((id) => id < after.id)
      .sort()
      .reverse())
      entries.push({ id, score: after.score });
  for (let i = 0; i < below.length; i += 2)
    entries.push({ id: below[i] as string, score: Number(below[i + 1]) });
  const page = entries.slice(0, limit);
  const last = page.at(-1);
  return {
    members: page.map((entry) => entry.id),
    nextCursor: entries.length > limit && last ? encodeCursor(last.score, last.id) : null,
  };
}

/**
 * A page's end as an opaque cursor. One from the newest-listed order says
 * so, and only that order takes it: a position in one order means nothing in another.
 */
export function encodeCursor(score: number, id: string, newest = false): string {
  return Buffer.from(JSON.stringify(newest ? [score, id, NEWEST] : [score, id])).toString(
    'base64url',
  );
}

const NEWEST = 'newest';

export function decodeCursor(cursor: string, newest = false): { score: number; id: string } {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    const [score, id] = decoded;
    const sameOrder = newest ? decoded.length === 3 && decoded[2] === NEWEST : decoded.length === 2;
    if (Number.isSafeInteger(score) && typeof id === 'string' && sameOrder)
      return { score: score as number, id };
  } catch {
    // fall through: any undecodable cursor is the client's mistake
  }
  throw errors.validation('Invalid cursor.');
}

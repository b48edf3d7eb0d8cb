// One field of many hashes by id — the names of accounts, the titles of
// auctions — in one round trip, each id read once; an id whose hash (or
// field) is gone is absent from the map (a deleted account, a lost auction).
import type { Redis } from 'ioredis';

export async function hashFieldOf(
  redis: Redis,
  keyOf: (id: string) => string,
  field: string,
  ids: Iterable<string>,
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)].filter((id) => id !== '');
  const pipeline = redis.pipeline();
  for (const id of unique) pipeline.hget(keyOf(id), field);
  const replies = (await pipeline.exec()) ?? [];
  return new Map(
    unique.flatMap((id, i) => {
      const [error, value] = replies[i] ?? [null, null];
      if (error) throw error;
      return typeof value === 'string' ? [[id, value] as const] : [];
    }),
  );
}

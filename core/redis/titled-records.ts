// Lists kept per user as sorted sets of "<auctionId>:<key>" (the questions one
// asked, the feedback one received or left) point into a hash of the auction's
// (its questions, its feedback). Reading a page of them means each record and
// its auction's title, for the list to say which auction.
import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys.ts';

export interface TitledRecord {
  auctionId: string;
  /** Empty when the auction is no longer there. */
  auctionTitle: string;
  /** The record as stored (JSON). */
  json: string;
}

/**
 * Each member's record — field `fieldOf(key)` of hash `hashOf(auctionId)` —
 * with its auction's title, in the members' order and one round trip; a
 * member whose record is gone (a question the seller removed) is left out.
 */
export async function titledRecords(
  redis: Redis,
  keys: RedisKeys,
  members: string[],
  hashOf: (auctionId: string) => string,
  fieldOf: (key: string) => string,
): Promise<TitledRecord[]> {
  if (members.length === 0) return [];
  const split = members.map((member) => {
    const at = member.indexOf(':');
    return { auctionId: member.slice(0, at), key: member.slice(at + 1) };
  });
  const pipeline = redis.pipeline();
  for (const { auctionId, key } of split) {
    pipeline.hget(hashOf(auctionId), fieldOf(key));
    pipeline.hget(keys.auction(auctionId), 'title');
  }
  const replies = (await pipeline.exec()) ?? [];
  return split.flatMap(({ auctionId }, i) => {
    const json = replies[2 * i]?.[1] as string | null;
    const auctionTitle = (replies[2 * i + 1]?.[1] as string | null) ?? '';
    return json ? [{ auctionId, auctionTitle, json }] : [];
  });
}

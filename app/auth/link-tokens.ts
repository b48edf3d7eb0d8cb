// The token of a single-use link the API e-mails (a password reset, an
// address verification, putting an address back): 256 random bits. Redis
// keeps only its SHA-256 — a leaked database holds no usable link — with what
// the link is for, until it expires, and hands that out once (GETDEL).
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { hashToken } from './accounts.ts';

/** Where a link's record lives, from the token's SHA-256 (a RedisKeys function). */
export type LinkKey = (tokenHash: string) => string;

/** Stores `record` for a new link; returns the token to put in it. */
export async function issueLinkToken(
  redis: Redis,
  keyOf: LinkKey,
  record: string,
  ttlSeconds: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await redis.set(keyOf(hashToken(token)), record, 'EX', ttlSeconds);
  return token;
}

/** The link's record, once; null when unknown, used or expired. */
export function takeLinkToken(redis: Redis, keyOf: LinkKey, token: string): Promise<string | null> {
  return redis.getdel(keyOf(hashToken(token)));
}

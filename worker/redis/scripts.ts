// The worker's own Lua scripts (lock, and the fence before Discord posts and e-mails), registered once per
// connection the same way as core's, from the `<name>-<numberOfKeys>.lua` files here.
import type { Redis } from 'ioredis';
import { defineScriptsIn } from '../../core/redis/scripts.ts';

/** Where a message that must go out once goes: the job hash keeps `<channel>Status`. */
export type DeliveryChannel = 'discord' | 'email' | 'sellerEmail';
/** A post's status may also be `withdrawn` or `deleted` (discord-takedowns.ts). */
export type DeliveryClaim =
  'claimed' | 'lost-lock' | 'sending' | 'sent' | 'rejected' | 'unknown' | 'withdrawn' | 'deleted';

export interface WorkerScriptCommands {
  extendLock(lockKey: string, token: string, ttlMs: string): Promise<number>;
  releaseLock(lockKey: string, token: string): Promise<number>;
  trimHandled(stream: string, retentionMs: string): Promise<number>;
  claimDelivery(
    lockKey: string,
    jobKey: string,
    token: string,
    channel: DeliveryChannel,
  ): Promise<DeliveryClaim>;
  reclaimPost(jobKey: string, reportWritten: '1' | '0'): Promise<[string, string?]>;
  announceSearchMatches(
    markKey: string,
    auctionKey: string,
    channel: string,
    matchesJson: string,
    markTtlSeconds: string,
    perEvent: string,
  ): Promise<number>;
}

export type WorkerRedis = Redis & WorkerScriptCommands;

export function loadWorkerScripts(redis: Redis): WorkerRedis {
  defineScriptsIn(redis, new URL('./', import.meta.url));
  return redis as WorkerRedis;
}

// The worker's own Lua scripts (lock and Discord fence), registered once per
// connection the same way as core's, from the `<name>-<numberOfKeys>.lua` files here.
import type { Redis } from 'ioredis';
import { defineScriptsIn } from '../../core/redis/scripts.ts';

export type DiscordClaim = 'claimed' | 'lost-lock' | 'sending' | 'sent' | 'rejected' | 'unknown';

export interface WorkerScriptCommands {
  extendLock(lockKey: string, token: string, ttlMs: string): Promise<number>;
  releaseLock(lockKey: string, token: string): Promise<number>;
  claimDiscordPost(lockKey: string, jobKey: string, token: string): Promise<DiscordClaim>;
}

export type WorkerRedis = Redis & WorkerScriptCommands;

export function loadWorkerScripts(redis: Redis): WorkerRedis {
  defineScriptsIn(redis, new URL('./', import.meta.url));
  return redis as WorkerRedis;
}

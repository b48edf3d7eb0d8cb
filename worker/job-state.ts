// What the worker remembers per auction in Redis, so that redeliveries,
// restarts and other workers never redo what was done: a lock while a worker
// works on the auction, the stored report (written once), and a small job
// hash with the Discord and e-mail (winner, seller) outcomes and the reasons of failures.
import { Value } from 'typebox/value';
import { redisNowMs } from '../core/redis/clock.ts';
import type { RedisKeys } from '../core/redis/keys.ts';
import { AuctionReport } from '../core/schemas.ts';
import type { FailureCode } from './failures.ts';
import type { DeliveryChannel, DeliveryClaim, WorkerRedis } from './redis/scripts.ts';

export interface JobRecord {
  /** `withdrawn`, `deleted`: a moderator took the auction down (discord-takedowns.ts). */
  discordStatus?: 'sending' | 'sent' | 'rejected' | 'unknown' | 'withdrawn' | 'deleted';
  discordMessageId?: string;
  discordReason?: string;
  emailStatus?: 'sending' | 'sent' | 'rejected' | 'unknown';
  emailMessageId?: string;
  emailReason?: string;
  sellerEmailStatus?: 'sending' | 'sent' | 'rejected' | 'unknown';
  sellerEmailMessageId?: string;
  sellerEmailReason?: string;
  /** Set when Gemini failed for good and the templates wrote the texts. */
  textsFallback?: FailureCode;
  lastFailure?: FailureCode;
  lastFailureDetail?: string;
}

export type JobState = ReturnType<typeof createJobState>;

export function createJobState(redis: WorkerRedis, keys: RedisKeys) {
  return {
    async acquireLock(auctionId: string, token: string, ttlMs: number): Promise<boolean> {
      return (await redis.set(keys.workerLock(auctionId), token, 'PX', ttlMs, 'NX')) === 'OK';
    },
    async extendLock(auctionId: string, token: string, ttlMs: number): Promise<boolean> {
      return (await redis.extendLock(keys.workerLock(auctionId), token, String(ttlMs))) === 1;
    },
    async releaseLock(auctionId: string, token: string): Promise<void> {
      await redis.releaseLock(keys.workerLock(auctionId), token);
    },

    async report(auctionId: string): Promise<AuctionReport | null> {
      return parseReport(await redis.get(keys.report(auctionId)));
    },
    /**
     * Stores the report unless one exists (the first one stays) and announces
     * it, in one MULTI. Returns the report that is stored. Announcing again
     * after a redelivery is harmless: watchers just fetch the same report.
     */
    async storeReport(report: AuctionReport): Promise<AuctionReport> {
      const event = JSON.stringify({ type: 'auction:report', auctionId: report.auctionId });
      const replies = await redis
        .multi()
        .set(keys.report(report.auctionId), JSON.stringify(report), 'NX', 'GET')
        .publish(keys.eventsChannel, event)
        .exec();
      const [error, previous] = replies?.[0] ?? [new Error('MULTI aborted'), null];
      if (error) throw error;
      return parseReport(previous as string | null) ?? report;
    },

    /** Redis's clock: the platform's one clock (STYLE.md). */
    async now(): Promise<string> {
      return new Date(await redisNowMs(redis)).toISOString();
    },

    async record(auctionId: string): Promise<JobRecord> {
      return (await redis.hgetall(keys.workerJob(auctionId))) as JobRecord;
    },
    async update(auctionId: string, fields: JobRecord): Promise<void> {
      await redis.hset(keys.workerJob(auctionId), fields as Record<string, string>);
    },
    claim(channel: DeliveryChannel, auctionId: string, token: string): Promise<DeliveryClaim> {
      const [lock, job] = [keys.workerLock(auctionId), keys.workerJob(auctionId)];
      return redis.claimDelivery(lock, job, token, channel);
    },
    /** The channel certainly has no message: a later delivery may send again. */
    async unclaim(channel: DeliveryChannel, auctionId: string): Promise<void> {
      await redis.hdel(keys.workerJob(auctionId), `${channel}Status`, `${channel}SendingSinceMs`);
    },
    /** Where a party's e-mail goes: the address of their account. */
    async emailOf(userId: string): Promise<string | null> {
      return redis.hget(keys.user(userId), 'email');
    },
  };
}

function parseReport(json: string | null): AuctionReport | null {
  if (json === null) return null;
  const value: unknown = JSON.parse(json);
  return Value.Check(AuctionReport, value) ? value : null;
}

// Takedowns: when a moderator takes down an auction that had closed,
// removeAuction streams it (core/redis/scripts/removeAuction-14.lua), and the
// Discord post the worker made of it — a public advertisement of what was
// taken down — is deleted. The post's status in the job hash is the fence
// between this loop and the job that posts (worker/job.ts): no post made yet,
// it is marked `withdrawn` first (HSETNX), so the job's claim
// (claimDelivery-2.lua) finds it taken and never posts; a post being sent
// (`sending`) is waited for (the entry is read again later); a post made
// (`sent`, with its id) is deleted and marked `deleted`. Deleting twice is
// harmless, so a failed deletion is tried again; one Discord no longer has
// (a person in the channel deleted it) counts as gone. Read like the notice
// streams (notice-entries.ts); a deletion Discord refuses is dead-lettered.
import type { Logger } from 'pino';
import type { RedisKeys } from '../core/redis/keys.ts';
import type { DiscordClient } from './discord.ts';
import { FailureCode, JobFailure } from './failures.ts';
import type { WorkerMetrics } from './metrics.ts';
import type { WorkerRedis } from './redis/scripts.ts';
import { createNoticeHandler, DeadLetter } from './notice-entries.ts';
import type { StreamGroup } from './stream.ts';

export type TakedownOutcome =
  /** The post was deleted (or Discord no longer had it). */
  | 'deleted'
  /** No post had been made: none will be. */
  | 'withdrawn'
  /** Nothing to delete: the post was refused, or its fate is unknown (no id), or done already. */
  | 'nothing'
  | 'rejected'
  | 'unavailable';

/** A post is on its way: its id comes when the job records it. */
class PostInFlight extends Error {}

export interface TakedownDeps {
  redis: WorkerRedis;
  keys: RedisKeys;
  discord: DiscordClient | null;
  log: Logger;
  metrics: WorkerMetrics;
}

export function createTakedownHandler(
  group: StreamGroup,
  { redis, keys, discord, log, metrics }: TakedownDeps,
  options: { maxDeliveries: number },
) {
  async function takeDown(auctionId: string, signal?: AbortSignal): Promise<TakedownOutcome> {
    const job = keys.workerJob(auctionId);
    if ((await redis.hsetnx(job, 'discordStatus', 'withdrawn')) === 1) return 'withdrawn';
    const [status, messageId] = await redis.hmget(job, 'discordStatus', 'discordMessageId');
    if (status === 'sending') throw new PostInFlight('the post is being sent');
    if (status !== 'sent' || !messageId) return 'nothing';
    await (discord as DiscordClient).delete(messageId, auctionId, signal);
    await redis.hset(job, 'discordStatus', 'deleted');
    return 'deleted';
  }

  return createNoticeHandler(group, {
    mail: 'discord',
    noun: 'takedown',
    unavailable: FailureCode.DISCORD_UNAVAILABLE,
    required: ['auctionId'],
    maxDeliveries: options.maxDeliveries,
    log,
    async notify({ auctionId }, entryLog, signal) {
      // Without a webhook there are no posts to delete (nor to fence off).
      if (!discord) return () => {};
      let outcome: TakedownOutcome;
      try {
        outcome = await takeDown(auctionId as string, signal);
      } catch (error) {
        if (error instanceof JobFailure && error.code === FailureCode.DISCORD_REJECTED)
          throw new DeadLetter(error.code, error.detail, () => metrics.discordTakedown('rejected'));
        throw error;
      }
      return () => {
        metrics.discordTakedown(outcome);
        entryLog.info({ outcome }, 'discord takedown handled');
      };
    },
    gaveUp: () => metrics.discordTakedown('unavailable'),
  });
}

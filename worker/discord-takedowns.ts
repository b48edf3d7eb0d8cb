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
// (a person in the channel deleted it) counts as gone.
import type { Logger } from 'pino';
import type { RedisKeys } from '../core/redis/keys.ts';
import type { DiscordClient } from './discord.ts';
import { FailureCode, JobFailure } from './failures.ts';
import type { WorkerMetrics } from './metrics.ts';
import type { WorkerRedis } from './redis/scripts.ts';
import type { StreamEntry, StreamGroup } from './stream.ts';

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
  async function takeDown(auctionId: string, signal: AbortSignal): Promise<TakedownOutcome> {
    const job = keys.workerJob(auctionId);
    if ((await redis.hsetnx(job, 'discordStatus', 'withdrawn')) === 1) return 'withdrawn';
    const [status, messageId] = await redis.hmget(job, 'discordStatus', 'discordMessageId');
    if (status === 'sending') throw new PostInFlight('the post is being sent');
    if (status !== 'sent' || !messageId) return 'nothing';
    await (discord as DiscordClient).delete(messageId, auctionId, signal);
    await redis.hset(job, 'discordStatus', 'deleted');
    return 'deleted';
  }

  return async function handleTakedown(entry: StreamEntry, signal: AbortSignal): Promise<void> {
    const auctionId = entry.fields.auctionId;
    const entryLog = log.child({ entryId: entry.id, auctionId, mail: 'takedown' });
    if (!auctionId) {
      await group.deadLetter(entry, FailureCode.INVALID_ENTRY, 'no auctionId');
      entryLog.error('unreadable takedown entry sent to the dead-letter stream');
      return;
    }
    // Without a webhook there are no posts to delete (nor to fence off).
    if (!discord) return group.ack(entry.id);
    if (entry.deliveries > options.maxDeliveries) {
      await group.deadLetter(entry, FailureCode.DISCORD_UNAVAILABLE, 'takedown');
      entryLog.error('takedown delivered too many times, sent to the dead-letter stream');
      metrics.discordTakedown('unavailable');
      return;
    }
    try {
      const outcome = await takeDown(auctionId, signal);
      await group.ack(entry.id);
      metrics.discordTakedown(outcome);
      entryLog.info({ outcome }, 'discord takedown handled');
    } catch (error) {
      if (error instanceof JobFailure && error.code === FailureCode.DISCORD_REJECTED) {
        await group.deadLetter(entry, error.code, error.detail);
        metrics.discordTakedown('rejected');
        entryLog.error({ cause: error.detail }, 'discord refused to delete the post');
        return;
      }
      entryLog.warn(
        { cause: (error as Error).message },
        'discord takedown not done; the entry will be read again',
      );
    }
  };
}

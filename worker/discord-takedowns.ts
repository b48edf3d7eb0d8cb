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
//
// A removal reversed on the seller's appeal streams `restore` (decideAppeal-7.lua),
// and the post is made again from the stored report (reclaimPost-1.lua is its
// fence, as claimDelivery is the job's): one never made while the job has not
// written its report yet is left for the job to make. A post whose outcome is
// unknown (a timeout) is not sent again, as in the job.
import type { Logger } from 'pino';
import type { AuctionStore } from '../core/redis/auction-store.ts';
import type { RedisKeys } from '../core/redis/keys.ts';
import { takenDown } from '../core/taken-down.ts';
import type { DiscordClient } from './discord.ts';
import { FailureCode, JobFailure } from './failures.ts';
import { sendClaimedDelivery } from './delivery.ts';
import { discordPayloadFor, type JobDeps } from './job.ts';
import { createJobState } from './job-state.ts';
import { auctionFacts } from './texts/facts.ts';
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
  /** Reversed on appeal: the post was made again, or (never made) left for the job to make. */
  | 'restored'
  | 'reopened'
  | 'rejected'
  | 'unavailable';

/** A post is on its way: its id comes when the job records it. */
class PostInFlight extends Error {}

export interface TakedownDeps extends Pick<JobDeps, 'words' | 'fmt' | 'auctionUrl' | 'siteUrl'> {
  redis: WorkerRedis;
  keys: RedisKeys;
  store: AuctionStore;
  discord: DiscordClient | null;
  log: Logger;
  metrics: WorkerMetrics;
}

export function createTakedownHandler(
  group: StreamGroup,
  deps: TakedownDeps,
  options: { maxDeliveries: number },
) {
  const { redis, keys, store, discord, log, metrics } = deps;
  const state = createJobState(redis, keys);
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

  /** Posts again an auction whose takedown was reversed, once. */
  async function restore(auctionId: string, signal?: AbortSignal): Promise<TakedownOutcome> {
    const job = keys.workerJob(auctionId);
    const report = await state.report(auctionId);
    const [claim, before] = await redis.reclaimPost(job, report ? '1' : '0');
    if (claim === 'reopened') return 'reopened';
    if (claim !== 'claimed' || !report) return 'nothing';
    const giveBack = () => redis.hset(job, 'discordStatus', before as string);
    const auction = await store.get(auctionId);
    if (!auction || takenDown(auction)) {
      await giveBack();
      return 'nothing';
    }
    const finished = {
      auction,
      winner: auction.winner,
      finalPrice: auction.winner ? auction.currentPrice : null,
      bidCount: auction.bidCount,
    };
    const facts = auctionFacts(finished, await store.allBids(auctionId));
    const payload = discordPayloadFor(report, finished, facts, deps);
    // Recorded as the job records its post; refused for good, it is dead-lettered below.
    const { result, deadLetter } = await sendClaimedDelivery(
      'discord',
      auctionId,
      state,
      () => (discord as DiscordClient).send(payload, auctionId, signal),
      giveBack,
    );
    if (result === 'rejected') throw deadLetter;
    return result === 'sent' ? 'restored' : 'nothing';
  }

  return createNoticeHandler(group, {
    mail: 'discord',
    noun: 'takedown',
    unavailable: FailureCode.DISCORD_UNAVAILABLE,
    required: ['auctionId'],
    maxDeliveries: options.maxDeliveries,
    log,
    async notify({ auctionId, restore: restoring }, entryLog, signal) {
      // Without a webhook there are no posts to delete (nor to fence off).
      if (!discord) return () => {};
      let outcome: TakedownOutcome;
      try {
        outcome = await (restoring === '1' ? restore : takeDown)(auctionId as string, signal);
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

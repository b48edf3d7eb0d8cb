// Cancelling a suspended account's bids, one open auction at a time, each in
// its own atomic step (core/redis/scripts/cancelBids-7.lua): an auction that
// ends meanwhile is left as it ended, and a reinstatement racing this stops
// it at the next auction.
import { randomUUID } from 'node:crypto';
import type { FlagReason, PublicUser } from '../schemas.ts';
import { MODERATION_LOG_CAP, NOTICE_STREAM_CAP, type RedisKeys } from './keys.ts';
import { ScriptCode, scriptError } from './script-codes.ts';
import type { ScriptedRedis } from './scripts.ts';

export interface BidCancellationOptions {
  /** Stream each bidder who leads again for the worker's e-mail, where the platform sends e-mail. */
  mailNotices?: boolean;
}

export function createBidCancellation(
  redis: ScriptedRedis,
  keys: RedisKeys,
  { mailNotices = false }: BidCancellationOptions = {},
) {
  /** What became of its bids on one auction: `none` when none stood there, or it is not open. */
  async function cancelOn(
    auctionId: string,
    userId: string,
    moderator: PublicUser,
    reason: FlagReason,
  ): Promise<'cancelled' | 'none' | 'reinstated'> {
    const [code, cancelled] = await redis.cancelBids(
      keys.user(moderator.id),
      keys.user(userId),
      keys.auction(auctionId),
      keys.auctionBids(auctionId),
      keys.auctionBidInputs(auctionId),
      keys.moderationLog,
      keys.leadRestoredStream,
      moderator.id,
      userId,
      reason,
      keys.eventsChannel,
      randomUUID(),
      MODERATION_LOG_CAP,
      mailNotices ? NOTICE_STREAM_CAP : '0',
    );
    if (code === ScriptCode.AUCTION_NOT_FOUND || code === ScriptCode.AUCTION_CLOSED) return 'none';
    if (code === ScriptCode.NOT_SUSPENDED) return 'reinstated';
    if (code !== ScriptCode.OK) throw scriptError([code]);
    return cancelled === undefined ? 'none' : 'cancelled';
  }

  return {
    /**
     * Cancels a suspended account's bids on every open auction it bid on;
     * the ids of those where some were cancelled. A reinstatement meanwhile
     * stops it at the next auction; what was cancelled stays cancelled.
     */
    async cancelBidsOf(userId: string, moderator: PublicUser, reason: FlagReason) {
      const auctionIds = await redis.zrange(keys.userBuying(userId), 0, '-1');
      const cancelledOn: string[] = [];
      for (const auctionId of auctionIds) {
        const outcome = await cancelOn(auctionId, userId, moderator, reason);
        if (outcome === 'reinstated') break;
        if (outcome === 'cancelled') cancelledOn.push(auctionId);
      }
      return cancelledOn;
    },
  };
}

export type BidCancellation = ReturnType<typeof createBidCancellation>;

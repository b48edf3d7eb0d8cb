// The seller cancelling one bidder's bids on their open auction, eBay's bid
// cancellation (core/redis/scripts/sellerCancelBids-6.lua): one atomic step
// that withdraws them and works the auction out again without them.
import { randomUUID } from 'node:crypto';
import { hashToRecord, listOf, toAuction, toBid, type StoredBid } from '../auction-view.ts';
import type { SellerCancelReason, SellerCancelResult } from '../schemas.ts';
import { NOTICE_STREAM_CAP, type RedisKeys } from './keys.ts';
import { ScriptCode, scriptError } from './script-codes.ts';
import type { ScriptedRedis } from './scripts.ts';

export interface SellerBidCancellationOptions {
  /** Stream the bidder (and a bidder who leads again) for the worker's e-mail, where the platform sends e-mail. */
  mailNotices?: boolean;
}

export function createSellerBidCancellation(
  redis: ScriptedRedis,
  keys: RedisKeys,
  { mailNotices = false }: SellerBidCancellationOptions = {},
) {
  return {
    /** Cancels every bid of `bidderId` on the seller's open auction; throws the refusal otherwise. */
    async cancel(
      auctionId: string,
      sellerId: string,
      bidderId: string,
      reason: SellerCancelReason,
    ): Promise<SellerCancelResult> {
      const [code, cancelledIds, added, ...state] = await redis.sellerCancelBids(
        keys.user(sellerId),
        keys.auction(auctionId),
        keys.auctionBids(auctionId),
        keys.auctionBidInputs(auctionId),
        keys.leadRestoredStream,
        keys.sellerCancellationStream,
        sellerId,
        bidderId,
        reason,
        keys.eventsChannel,
        randomUUID(),
        mailNotices ? NOTICE_STREAM_CAP : '0',
      );
      if (code !== ScriptCode.OK) throw scriptError([code]);
      return {
        auction: toAuction(hashToRecord(state)),
        cancelledBidIds: listOf<string>(JSON.parse(cancelledIds as string)),
        bids: listOf<StoredBid>(JSON.parse(added as string)).map(toBid),
      };
    },
  };
}

export type SellerBidCancellation = ReturnType<typeof createSellerBidCancellation>;

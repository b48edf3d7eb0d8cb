// Placing a bid (or raising one's maximum, or taking one's bid back, or a
// seller cancelling a bidder's), the same way for REST and Socket.IO: the
// per-user and per-IP limits, the atomic script, and the outcome counted in
// metrics.
import { AppError } from '../core/errors.ts';
import type { AuctionStore } from '../core/redis/auction-store.ts';
import type { BidRetraction } from '../core/redis/bid-retraction.ts';
import type { SellerBidCancellation } from '../core/redis/seller-bid-cancellation.ts';
import type { PublicUser, SellerCancelReason } from '../core/schemas.ts';
import type { Metrics } from './metrics.ts';
import type { RateLimiter } from './rate-limits.ts';

export interface BidRequest {
  auctionId: string;
  bidder: PublicUser;
  amount: number;
  ip: string;
  maxAmount?: number;
  idempotencyKey?: string;
}

export type Bidding = ReturnType<typeof createBidding>;

export function createBidding(
  auctions: AuctionStore,
  retraction: BidRetraction,
  sellerCancellation: SellerBidCancellation,
  rateLimits: RateLimiter,
  metrics: Metrics,
) {
  /** Runs a bid-like action under its limits (the bid ones by default), counting its outcome. */
  async function counted<T>(
    bidder: PublicUser,
    ip: string,
    run: () => Promise<T>,
    success = 'ACCEPTED',
    limit: 'bid' | 'retract' = 'bid',
  ): Promise<T> {
    try {
      await rateLimits.consume(limit, { principal: bidder.id, ip });
      const result = await run();
      metrics.bids.inc({ outcome: success });
      return result;
    } catch (error) {
      metrics.bids.inc({ outcome: error instanceof AppError ? error.code : 'ERROR' });
      throw error;
    }
  }

  return {
    place(request: BidRequest) {
      const { auctionId, bidder, amount, maxAmount, idempotencyKey } = request;
      return counted(bidder, request.ip, () =>
        auctions.placeBid(auctionId, bidder, amount, { maxAmount, idempotencyKey }),
      );
    },

    /** The leader raises their secret maximum; counted as MAX_RAISED, not as a bid. */
    raiseMaximum(request: {
      auctionId: string;
      leader: PublicUser;
      maxAmount: number;
      ip: string;
    }) {
      const { auctionId, leader, maxAmount } = request;
      return counted(
        leader,
        request.ip,
        () => auctions.raiseMaximum(auctionId, leader, maxAmount),
        'MAX_RAISED',
      );
    },

    buyNow(request: { auctionId: string; buyer: PublicUser; ip: string }) {
      return counted(request.buyer, request.ip, () =>
        auctions.buyNow(request.auctionId, request.buyer),
      );
    },

    /**
     * A bidder takes their bid back, as the rules allow; counted as RETRACTED,
     * under limits of its own (it costs Redis a replay of the auction's bids).
     */
    retract(request: { auctionId: string; bidder: PublicUser; ip: string }) {
      return counted(
        request.bidder,
        request.ip,
        () => retraction.retract(request.auctionId, request.bidder.id),
        'RETRACTED',
        'retract',
      );
    },

    /**
     * The seller cancels one bidder's bids; counted as CANCELLED_BY_SELLER,
     * under the retraction limits (the same replay of the auction's bids).
     */
    cancelAsSeller(request: {
      auctionId: string;
      seller: PublicUser;
      bidderId: string;
      reason: SellerCancelReason;
      ip: string;
    }) {
      const { auctionId, seller, bidderId, reason } = request;
      return counted(
        seller,
        request.ip,
        () => sellerCancellation.cancel(auctionId, seller.id, bidderId, reason),
        'CANCELLED_BY_SELLER',
        'retract',
      );
    },
  };
}

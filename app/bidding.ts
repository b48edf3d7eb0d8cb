// Placing a bid, the same way for REST and Socket.IO: the per-user and
// per-IP limits, the atomic script, and the outcome counted in metrics.
import { AppError } from '../core/errors.ts';
import type { AuctionStore } from '../core/redis/auction-store.ts';
import type { PublicUser } from '../core/schemas.ts';
import type { Metrics } from './metrics.ts';
import type { RateLimiter } from './rate-limits.ts';

export interface BidRequest {
  auctionId: string;
  bidder: PublicUser;
  amount: number;
  ip: string;
  idempotencyKey?: string;
}

export type Bidding = ReturnType<typeof createBidding>;

export function createBidding(auctions: AuctionStore, rateLimits: RateLimiter, metrics: Metrics) {
  return {
    async place(request: BidRequest) {
      try {
        await rateLimits.consume('bid', { principal: request.bidder.id, ip: request.ip });
        const result = await auctions.placeBid(
          request.auctionId,
          request.bidder,
          request.amount,
          request.idempotencyKey,
        );
        metrics.bids.inc({ outcome: 'ACCEPTED' });
        return result;
      } catch (error) {
        metrics.bids.inc({ outcome: error instanceof AppError ? error.code : 'ERROR' });
        throw error;
      }
    },
  };
}

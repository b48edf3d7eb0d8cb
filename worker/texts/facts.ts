// The numbers every text is written from, computed once from the finished
// auction and its bid history. Both the templates and the model's prompt
// use these, so a model never has to do arithmetic.
import type { Bid, FinishedAuction } from '../../core/schemas.ts';

export interface PriceJump {
  /** Increase in centavos over the price before this bid. */
  amount: number;
  from: number;
  to: number;
  bidder: string;
}

export interface AuctionFacts {
  auctionId: string;
  title: string;
  description: string;
  seller: string;
  startingPrice: number;
  /** Null when nobody bid. */
  finalPrice: number | null;
  winner: string | null;
  bidCount: number;
  bidderCount: number;
  firstBid: number | null;
  /** (final − starting) / starting; null when nobody bid. */
  increaseRatio: number | null;
  largestJump: PriceJump | null;
  createdAt: string;
  closedAt: string;
  durationMs: number;
}

/** `bids` in seq order, as the store returns them. */
export function auctionFacts(finished: FinishedAuction, bids: Bid[]): AuctionFacts {
  const { auction } = finished;
  const closedAt = auction.closedAt ?? auction.endsAt;
  const finalPrice = finished.bidCount > 0 ? finished.finalPrice : null;
  let largestJump: PriceJump | null = null;
  let previous = auction.startingPrice;
  for (const bid of bids) {
    const amount = bid.amount - previous;
    if (!largestJump || amount > largestJump.amount) {
      largestJump = { amount, from: previous, to: bid.amount, bidder: bid.bidder.name };
    }
    previous = bid.amount;
  }
  return {
    auctionId: auction.id,
    title: auction.title,
    description: auction.description,
    seller: auction.seller.name,
    startingPrice: auction.startingPrice,
    finalPrice,
    winner: finalPrice === null ? null : (finished.winner?.name ?? null),
    bidCount: finished.bidCount,
    bidderCount: new Set(bids.map((bid) => bid.bidder.id)).size,
    firstBid: bids[0]?.amount ?? null,
    increaseRatio:
      finalPrice === null ? null : (finalPrice - auction.startingPrice) / auction.startingPrice,
    largestJump,
    createdAt: auction.createdAt,
    closedAt,
    durationMs: Date.parse(closedAt) - Date.parse(auction.createdAt),
  };
}

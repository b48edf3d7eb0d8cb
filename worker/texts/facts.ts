// The numbers every text is written from, computed once from the finished
// auction and its bid history. Both the templates and the model's prompt
// use these, so a model never has to do arithmetic. The worker only ever
// sees amounts: the reserve and bidders' maxima never reach it (issue 8).
import type { Bid, FinishedAuction } from '../../core/schemas.ts';
import { softCloseEffect, type SoftCloseEffect } from './soft-close.ts';

/** How a finished auction ended; cancelled auctions never reach the stream. */
export type FinalOutcome = 'SOLD' | 'BOUGHT_NOW' | 'NO_BIDS' | 'RESERVE_NOT_MET';

export interface PriceJump {
  /** Increase in centavos over the price before this bid. */
  amount: number;
  from: number;
  to: number;
  bidder: string;
  /** Placed by the bidder's secret maximum (proxy bidding). */
  automatic: boolean;
}

export interface AuctionFacts {
  auctionId: string;
  title: string;
  description: string;
  seller: string;
  outcome: FinalOutcome;
  startingPrice: number;
  /** What the winner pays; null without a winner (NO_BIDS, RESERVE_NOT_MET). */
  finalPrice: number | null;
  winner: string | null;
  /** The highest amount bid, sold or not (a Buy It Now purchase included); null without bids. */
  highestBid: number | null;
  bidCount: number;
  bidderCount: number;
  /** Bids placed on a bidder's behalf by their maximum; the maximum itself is never known here. */
  automaticBidCount: number;
  /** The first ordinary bid; null when there was none (also when bought before any bid). */
  firstBid: number | null;
  /** (highestBid − starting) / starting; null without bids. */
  increaseRatio: number | null;
  /** Between ordinary bids; a Buy It Now purchase is not a jump. */
  largestJump: PriceJump | null;
  /** Whether the seller set a reserve. Its amount is secret and never known here. */
  hasReserve: boolean;
  buyNowPrice: number | null;
  softClose: SoftCloseEffect | null;
  /** When bidding opened (the scheduled start, else the creation). */
  startedAt: string;
  closedAt: string;
  durationMs: number;
}

/**
 * `bids` in seq order, as the store returns them. Bids the moderators
 * cancelled (a suspended account's) are not facts of the auction: the
 * report counts and describes the bids that stand, as its price does.
 */
export function auctionFacts(finished: FinishedAuction, history: Bid[]): AuctionFacts {
  const bids = history.filter((bid) => bid.cancelled !== true);
  const { auction } = finished;
  const outcome = finalOutcome(finished);
  const sold = outcome === 'SOLD' || outcome === 'BOUGHT_NOW';
  const closedAt = auction.closedAt ?? auction.endsAt;
  const ordinary = bids.filter((bid) => !bid.buyNow);
  const highestBid = bids.length > 0 ? Math.max(...bids.map((bid) => bid.amount)) : null;
  return {
    auctionId: auction.id,
    title: auction.title,
    description: auction.description,
    seller: auction.seller.name,
    outcome,
    startingPrice: auction.startingPrice,
    finalPrice: sold ? (finished.finalPrice ?? auction.currentPrice) : null,
    winner: sold ? (finished.winner?.name ?? null) : null,
    highestBid,
    bidCount: finished.bidCount,
    bidderCount: new Set(bids.map((bid) => bid.bidder.id)).size,
    automaticBidCount: bids.filter((bid) => bid.automatic).length,
    firstBid: ordinary[0]?.amount ?? null,
    increaseRatio:
      highestBid === null ? null : (highestBid - auction.startingPrice) / auction.startingPrice,
    largestJump: largestJump(ordinary, auction.startingPrice),
    hasReserve: auction.hasReserve,
    buyNowPrice: auction.buyNowPrice,
    softClose: outcome === 'BOUGHT_NOW' ? null : softCloseEffect(auction, bids),
    startedAt: auction.startsAt,
    closedAt,
    durationMs: Date.parse(closedAt) - Date.parse(auction.startsAt),
  };
}

/**
 * The stored outcome; for an entry written before outcomes existed (null),
 * what the winner and the bids imply. (Cancelled and removed auctions never
 * reach the finished stream.)
 */
function finalOutcome(finished: FinishedAuction): FinalOutcome {
  const stored = finished.auction.outcome;
  if (stored !== null && stored !== 'CANCELLED' && stored !== 'REMOVED') return stored;
  if (finished.winner !== null && finished.finalPrice !== null) return 'SOLD';
  return finished.bidCount === 0 ? 'NO_BIDS' : 'RESERVE_NOT_MET';
}

function largestJump(bids: Bid[], startingPrice: number): PriceJump | null {
  let largest: PriceJump | null = null;
  let previous = startingPrice;
  for (const bid of bids) {
    const amount = bid.amount - previous;
    if (!largest || amount > largest.amount) {
      const { automatic } = bid;
      largest = { amount, from: previous, to: bid.amount, bidder: bid.bidder.name, automatic };
    }
    previous = bid.amount;
  }
  return largest;
}

/** Facts of an auction that was sold (at the end or through Buy It Now). */
export type SoldFacts = AuctionFacts & {
  outcome: 'SOLD' | 'BOUGHT_NOW';
  winner: string;
  finalPrice: number;
};

export function isSold(facts: AuctionFacts): facts is SoldFacts {
  return (
    (facts.outcome === 'SOLD' || facts.outcome === 'BOUGHT_NOW') &&
    facts.winner !== null &&
    facts.finalPrice !== null
  );
}

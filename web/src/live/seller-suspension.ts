// Suspending a reported seller from the moderators' queue, as pure rules: how
// each item shows its seller once this page suspended or reinstated them
// (every item of that seller alike, whatever the page read before), and where
// the focus goes when the suspension took some items with it.
import type { FlaggedAuction } from '../../../core/schemas.ts';
import { neighbourOf } from './moderation-queue.ts';

export interface SellerStanding {
  suspended: boolean;
  /**
   * How many open auctions of theirs a suspension made on this page removed;
   * null when it removed none by choice, or the standing was read from the API.
   */
  removed: number | null;
}

/** The seller's standing: what this page last did to them, else what the queue said. */
export function sellerStanding(
  item: Pick<FlaggedAuction, 'auction' | 'sellerSuspended'>,
  changes: ReadonlyMap<string, SellerStanding>,
): SellerStanding {
  return changes.get(item.auction.seller.id) ?? { suspended: item.sellerSuspended, removed: null };
}

/** Where the focus goes after a decision: an item's title, or its seller's buttons. */
export interface QueueFocus {
  /** Null: the page's heading (no item left). */
  auctionId: string | null;
  on: 'title' | 'seller';
}

/**
 * After suspending the seller of `auctionId`'s item: its seller's buttons
 * when the item stays; when its auction was among those `removed` with the
 * account (and so left the queue), the next item still listed, else the one
 * before; the page's heading when none is left.
 */
export function focusAfterSuspension(
  items: readonly Pick<FlaggedAuction, 'auction'>[],
  auctionId: string,
  removed: readonly string[],
): QueueFocus {
  const gone = new Set(removed);
  if (!gone.has(auctionId)) return { auctionId, on: 'seller' };
  const staying = items.filter(({ auction }) => auction.id === auctionId || !gone.has(auction.id));
  return { auctionId: neighbourOf(staying, auctionId), on: 'title' };
}

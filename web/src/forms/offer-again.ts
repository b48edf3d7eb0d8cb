// The create form filled from one of the seller's finished auctions, to offer
// the item again (or a similar one): title, description, category, prices,
// window and length as before; it starts now. What the public view does not say stays
// empty — the reserve is secret (the seller types it again), and whether the
// increment was fixed or the default table cannot be told, so the table it is.
import type { Auction, CompactAuction } from '../../../core/schemas.ts';
import { categoryOf } from '../categories.ts';
import { isRemoved } from '../flag-reasons.ts';
import { formatMoneyInput, type Locale } from '../format.ts';
import {
  DURATION_UNITS,
  emptyNewAuction,
  MAX_DURATION_SECONDS,
  SOFT_CLOSE_CHOICES,
  type NewAuctionValues,
} from './new-auction-form.ts';

/**
 * Whether the seller is offered *Anunciar de novo*: once the auction is over,
 * unless a moderator removed it — while open or after it ended: one click
 * would publish again what was taken down (the API refuses to copy its
 * photos too) — and the removal stood: reversed after the seller's appeal,
 * the item may be listed again.
 */
export function mayOfferAgain(
  auction: Pick<CompactAuction, 'status' | 'outcome' | 'removalReason' | 'removalReversed'>,
): boolean {
  return auction.status !== 'open' && (!isRemoved(auction) || auction.removalReversed === true);
}

export function offerAgainValues(auction: Auction, locale: Locale): NewAuctionValues {
  const softClose = String(auction.softCloseSeconds);
  return {
    ...emptyNewAuction,
    title: auction.title,
    description: auction.description,
    category: categoryOf(auction),
    startingPrice: formatMoneyInput(auction.startingPrice, locale),
    buyNowPrice: auction.buyNowPrice === null ? '' : formatMoneyInput(auction.buyNowPrice, locale),
    softCloseSeconds: (SOFT_CLOSE_CHOICES as readonly string[]).includes(softClose)
      ? softClose
      : emptyNewAuction.softCloseSeconds,
    ...durationOf(auction),
  };
}

/** How long bidding ran as planned (extensions aside), in the largest whole unit. */
function durationOf(auction: Auction): Pick<NewAuctionValues, 'duration' | 'durationUnit'> {
  const end = Date.parse(auction.originalEndsAt ?? auction.endsAt);
  const seconds = Math.round((end - Date.parse(auction.startsAt)) / 1000);
  const { duration, durationUnit } = emptyNewAuction;
  if (!(seconds > 0 && seconds <= MAX_DURATION_SECONDS)) return { duration, durationUnit };
  const units = Object.entries(DURATION_UNITS).reverse() as [
    NewAuctionValues['durationUnit'],
    number,
  ][];
  const [unit, size] = units.find(([, size]) => seconds % size === 0) ?? ['seconds', 1];
  return { duration: String(seconds / size), durationUnit: unit };
}

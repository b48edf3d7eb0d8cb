// *Mais deste vendedor* on an auction's page: which of the seller's listings
// to show beside the one open — their other auctions still open, soonest
// ending first (the lobby's order), at most a handful.
import type { CompactAuction } from '../../../core/schemas.ts';
import { compareOpen } from './lobby-state.ts';

/** How many cards the section shows at most: one or two rows, not a second lobby. */
export const SELLER_ITEMS_SHOWN = 4;

/** The seller's open auctions other than `currentId`, soonest ending first, at most `max`. */
export function otherOpenAuctions(
  listed: readonly CompactAuction[],
  currentId: string,
  max = SELLER_ITEMS_SHOWN,
): CompactAuction[] {
  return listed
    .filter((auction) => auction.status === 'open' && auction.id !== currentId)
    .sort(compareOpen('ending'))
    .slice(0, max);
}

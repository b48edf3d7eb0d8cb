// An auction's photos, none when the field is missing: API replicas of the
// release before photos send auctions without it, and during a rolling
// update a page may hear from one of them.
import type { AuctionPhoto } from '../../../core/schemas.ts';

export const photosOf = (auction: { photos?: AuctionPhoto[] }): AuctionPhoto[] =>
  auction.photos ?? [];

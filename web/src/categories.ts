// The kinds of item an auction is listed under, as the API names them
// (AUCTION_CATEGORIES in core/schemas.ts: copied rather than imported, which
// would pull TypeBox into the bundle; the Record below fails the typecheck
// when the API's list gains one, and a unit test compares the two lists).
import type { AuctionCategory } from '../../core/schemas.ts';
import type { Locale } from './format.ts';

const LISTED: Record<AuctionCategory, true> = {
  antiques: true,
  art: true,
  books: true,
  collectibles: true,
  electronics: true,
  fashion: true,
  home: true,
  jewelry: true,
  music: true,
  sports: true,
  toys: true,
  vehicles: true,
  other: true,
};

export const CATEGORIES = Object.keys(LISTED) as AuctionCategory[];

/** The API's default, and what auctions listed before categories show. */
export const DEFAULT_CATEGORY: AuctionCategory = 'other';

export function isCategory(value: unknown): value is AuctionCategory {
  return typeof value === 'string' && Object.hasOwn(LISTED, value);
}

/**
 * An auction's category; `other` when it has none — an event from a replica
 * older than categories, during a rolling update — or one this build does not
 * know yet (a newer replica's).
 */
export function categoryOf(auction: { category?: string }): AuctionCategory {
  return isCategory(auction.category) ? auction.category : DEFAULT_CATEGORY;
}

/** Every category in the order of its name in that language, `other` last (as marketplaces list them). */
export function categoriesByName(
  names: Record<AuctionCategory, string>,
  locale: Locale,
): AuctionCategory[] {
  const collator = new Intl.Collator(locale);
  return CATEGORIES.filter((category) => category !== DEFAULT_CATEGORY)
    .sort((a, b) => collator.compare(names[a], names[b]))
    .concat(DEFAULT_CATEGORY);
}

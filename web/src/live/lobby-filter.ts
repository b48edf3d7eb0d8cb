// What the lobby shows instead of every open auction: those whose title holds
// every word typed (`/?q=relogio`), those of one category
// (`/?category=music`), or both, in the lobby's order (`sort`). All of it
// lives in the address, so a filtered lobby can be linked, reloaded and left
// with Back. Pure: which live auctions belong to the results, and where.
import type { AuctionCategory, CompactAuction } from '../../../core/schemas.ts';
import { queryTerms, titleMatches } from '../../../core/search-text.ts';
import { categoryOf, isCategory } from '../categories.ts';
import { compareOpen, type LobbyOrder } from './lobby-state.ts';

/** Results per page: whole rows of two, three or four cards, within the API's 50. */
export const RESULTS_PAGE = 48;
/** Ended auctions per page: rows of a list, not a grid, so the API's default. */
export const ENDED_RESULTS_PAGE = 20;

export interface LobbyFilter {
  /** The words typed, as typed; blank for none. */
  q: string;
  /** null: every category. */
  category: AuctionCategory | null;
}

/** The search box's limit, as the API's. */
const QUERY_MAX = 100;

/** The filter as the search endpoint takes it: the words within its limit, blanks left out. */
export function searchQueryOf(filter: LobbyFilter): { q?: string; category?: AuctionCategory } {
  const q = filter.q.trim().slice(0, QUERY_MAX);
  return { ...(q ? { q } : {}), ...(filter.category ? { category: filter.category } : {}) };
}

/** The filter an address asks for; a category this build does not know is none. */
export function lobbyFilterOf(search: string): LobbyFilter {
  const params = new URLSearchParams(search);
  const category = params.get('category');
  return { q: params.get('q') ?? '', category: isCategory(category) ? category : null };
}

/** Whether the lobby shows results rather than every open auction. */
export function isFiltered(filter: LobbyFilter): boolean {
  return filter.q.trim() !== '' || filter.category !== null;
}

/** Which results a filter and an order make: a new one is read afresh. */
export function resultsKey(filter: LobbyFilter, order: LobbyOrder): string {
  return JSON.stringify([queryTerms(filter.q), filter.category, order]);
}

/** Open, in the category, its title holding every word — as the API's search decides. */
export function matchesFilter(auction: CompactAuction, filter: LobbyFilter): boolean {
  if (auction.status !== 'open' || !isFiltered(filter)) return false;
  if (filter.category !== null && categoryOf(auction) !== filter.category) return false;
  const terms = queryTerms(filter.q);
  return terms.length === 0 || titleMatches(auction.title, terms);
}

/**
 * The results to show, in the order asked for. Auctions that no longer
 * match (closed, cancelled, corrected into another category or title) stay
 * in the list read, unseen, and show again if a later version matches.
 */
export function shownResults(
  items: readonly CompactAuction[],
  filter: LobbyFilter,
  order: LobbyOrder,
): CompactAuction[] {
  return items.filter((auction) => matchesFilter(auction, filter)).sort(compareOpen(order));
}

/**
 * Whether an auction not among the results joins them live: it matches, and
 * — while more pages remain — it sorts before the last one shown (after
 * it, it waits for its page rather than appearing after a gap, as in the lobby).
 */
export function joinsResults(
  auction: CompactAuction,
  filter: LobbyFilter,
  order: LobbyOrder,
  shown: readonly CompactAuction[],
  morePages: boolean,
): boolean {
  if (!matchesFilter(auction, filter)) return false;
  const last = shown.at(-1);
  return !morePages || last === undefined || compareOpen(order)(auction, last) < 0;
}

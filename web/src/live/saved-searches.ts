// The viewer's saved searches (*Alertas de busca*) as the UI holds them: what
// the lobby's filter saves, where a saved search is shown again, and the list
// on *Minha conta* after a deletion. Pure. Which new listings match a search
// is the server's to decide (it tells each device with `search:matched`).
import type { SavedSearch, SaveSearchBody } from '../../../core/schemas.ts';
import { tidyQuery } from '../../../core/search-text.ts';
import { lobbyPathFrom } from '../routing/router.ts';
import type { LobbyFilter } from './lobby-filter.ts';

/** The API's limit (`MAX_SAVED_SEARCHES` in core/schemas.ts), copied: importing it would bundle TypeBox. */
export const MAX_SAVED_SEARCHES = 20;

/** The longest words a search keeps (the search box's and `SaveSearchBody`'s limit). */
export const SAVED_QUERY_MAX = 100;

/** What a search is: words as typed (`''`: none) and a category (null: any). */
export type SearchTerms = Pick<SavedSearch, 'query' | 'category'>;

/**
 * What saving the lobby's filter sends: the words trimmed, spaces collapsed
 * (as the API keeps them) and cut at the limit, and the category; null when
 * there is neither, which the API refuses.
 */
export function searchToSave(filter: LobbyFilter): SaveSearchBody | null {
  const query = tidyQuery(filter.q).slice(0, SAVED_QUERY_MAX).trimEnd();
  if (!query && filter.category === null) return null;
  return {
    ...(query ? { query } : {}),
    ...(filter.category === null ? {} : { category: filter.category }),
  };
}

/** The same search, as the lobby tells searches apart (what the button was pressed for). */
export function searchKey(body: SaveSearchBody | null): string {
  return JSON.stringify([body?.query ?? '', body?.category ?? null]);
}

/** The lobby showing a saved search's results: its words and category, nothing else. */
export function lobbyPathOf(search: SearchTerms): string {
  return lobbyPathFrom('', { q: search.query, category: search.category ?? '' });
}

/** After a deletion (or learning it was gone): without it, the rest in the API's order. */
export function withoutSaved(list: readonly SavedSearch[], id: string): SavedSearch[] {
  return list.filter((search) => search.id !== id);
}

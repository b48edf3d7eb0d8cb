// The signed-in viewer's saved searches on *Minha conta*, read once when the
// page opens (and again if the account changes), then kept by the page's own
// deletions. Searches are saved from the lobby, so coming back here reads
// them afresh; no event changes the list.
import { useCallback, useEffect, useState } from 'react';
import type { SavedSearch } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { withoutSaved } from './saved-searches.ts';

export interface SavedSearchList {
  status: 'loading' | 'ready' | 'failed';
  items: SavedSearch[];
  /**
   * Deletes the search; one already deleted (on another device) leaves the
   * list too. Rejects with any other API error (ApiError), the list unchanged.
   */
  remove(search: SavedSearch): Promise<void>;
}

type Held = Pick<SavedSearchList, 'status' | 'items'>;

export function useSavedSearches(viewerId: string): SavedSearchList {
  const [held, setHeld] = useState<Held>({ status: 'loading', items: [] });

  useEffect(() => {
    setHeld({ status: 'loading', items: [] });
    let current = true;
    api.savedSearches().then(
      ({ items }) => current && setHeld({ status: 'ready', items }),
      () => current && setHeld({ status: 'failed', items: [] }),
    );
    return () => {
      current = false;
    };
  }, [viewerId]);

  const remove = useCallback(async (search: SavedSearch) => {
    await api.deleteSavedSearch(search.id).catch((error: unknown) => {
      if (!(error instanceof ApiError && error.code === 'SEARCH_NOT_FOUND')) throw error;
    });
    setHeld((shown) => ({ ...shown, items: withoutSaved(shown.items, search.id) }));
  }, []);

  return { ...held, remove };
}

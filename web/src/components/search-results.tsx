// The lobby filtered: open auctions whose title holds every word typed, of
// one category, or both, in the lobby's order, a page at a time
// (`GET /api/auctions/search`), live: the API's pages, then the lobby room's
// updates — an auction that comes to match (listed, or corrected into the
// category) joins where it sorts, one that closes, is cancelled or is
// corrected out of it leaves. Under the heading, *Criar alerta desta busca*
// (components/save-search.tsx).
import { useRef } from 'react';
import type { CompactAuction } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.ts';
import {
  joinsResults,
  RESULTS_PAGE,
  resultsKey,
  searchQueryOf,
  shownResults,
  type LobbyFilter,
} from '../live/lobby-filter.ts';
import type { LobbyOrder } from '../live/lobby-state.ts';
import { searchKey, searchToSave } from '../live/saved-searches.ts';
import { useAuctionList } from '../live/use-auction-list.ts';
import { OpenAuctionCard } from './auction-card.tsx';
import { ClearFilters } from './clear-filters.tsx';
import { ListedAt } from './lobby-order.tsx';
import { LoadMore } from './load-more.tsx';
import { SaveSearch } from './save-search.tsx';

function useResultsTitle(filter: LobbyFilter): { title: string; empty: string } {
  const { t } = useI18n();
  const query = filter.q.trim();
  if (filter.category === null)
    return { title: t.lobby.resultsTitle(query), empty: t.lobby.noResults };
  const name = t.categories[filter.category];
  return query
    ? { title: t.lobby.categoryResultsTitle(name, query), empty: t.lobby.noResults }
    : { title: t.lobby.categoryTitle(name), empty: t.lobby.noCategoryResults(name) };
}

export function SearchResults({ filter, order }: { filter: LobbyFilter; order: LobbyOrder }) {
  const { t } = useI18n();
  const { title, empty } = useResultsTitle(filter);
  // What is shown now, for deciding where a newcomer goes (read by the live updates).
  const shown = useRef<{ items: CompactAuction[]; morePages: boolean }>({
    items: [],
    morePages: false,
  });
  const results = useAuctionList(
    (cursor) =>
      api.searchAuctions({
        ...searchQueryOf(filter),
        sort: order,
        limit: RESULTS_PAGE,
        cursor,
      }),
    resultsKey(filter, order),
    (auction) => joinsResults(auction, filter, order, shown.current.items, shown.current.morePages),
  );
  const open = shownResults(results.items, filter, order);
  shown.current = { items: open, morePages: results.nextCursor !== null };
  const toSave = searchToSave(filter);
  return (
    <section aria-labelledby="results-title" className="lobby-section" data-testid="search-results">
      <div className="section-head">
        <h2 id="results-title">{title}</h2>
        <ClearFilters />
      </div>
      {/* Keyed by the search: another one starts with the button again. */}
      {toSave ? <SaveSearch key={searchKey(toSave)} search={toSave} /> : null}
      {results.status === 'failed' ? <p role="alert">{t.lobby.searchFailed}</p> : null}
      {results.status === 'ready' && open.length === 0 && results.nextCursor === null ? (
        <p className="empty">{empty}</p>
      ) : null}
      <ul className="card-grid" aria-busy={results.status === 'loading'}>
        {open.map((auction) => (
          <OpenAuctionCard
            key={auction.id}
            auction={auction}
            note={order === 'newest' ? <ListedAt auction={auction} /> : undefined}
            hideCategory={filter.category !== null}
          />
        ))}
      </ul>
      <LoadMore pager={results} label={t.lobby.showMore} failedText={t.lobby.searchFailed} />
    </section>
  );
}

// The lobby's search among the auctions ended in the last 90 days
// (`/?status=closed&q=…&category=…`; GET /api/auctions/search?status=closed):
// latest ended first, a page at a time, each row with how it ended — the
// final price and who bought it, or that it did not sell — as the lobby's
// recently closed list shows them. Not live: an ended auction changes only
// when a moderator takes it down, which takes it out of the results of the
// next reading. No *Criar alerta desta busca*: alerts are for new listings.
// Without words or a category there is nothing to ask: a hint says so.
import type { CompactAuction } from '../../../core/schemas.ts';
import { queryTerms } from '../../../core/search-text.ts';
import { api } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.ts';
import {
  ENDED_RESULTS_PAGE,
  isFiltered,
  searchQueryOf,
  type LobbyFilter,
} from '../live/lobby-filter.ts';
import { usePages } from '../live/use-pages.ts';
import { ClosedAuctionRow } from './auction-card.tsx';
import { ClearFilters } from './clear-filters.tsx';
import { LoadMore } from './load-more.tsx';

function useEndedTitle(filter: LobbyFilter): { title: string; empty: string } {
  const { t } = useI18n();
  const query = filter.q.trim();
  if (filter.category === null)
    return { title: t.lobby.endedResultsTitle(query), empty: t.lobby.endedNoResults };
  const name = t.categories[filter.category];
  return query
    ? { title: t.lobby.endedCategoryResultsTitle(name, query), empty: t.lobby.endedNoResults }
    : { title: t.lobby.endedCategoryTitle(name), empty: t.lobby.endedNoCategoryResults(name) };
}

export function EndedSearchResults({ filter }: { filter: LobbyFilter }) {
  const { t } = useI18n();
  if (!isFiltered(filter))
    return (
      <section aria-labelledby="results-title" className="lobby-section" data-testid="ended-hint">
        <h2 id="results-title">{t.lobby.endedTitle}</h2>
        <p className="empty">{t.lobby.endedHint}</p>
      </section>
    );
  return <EndedResults filter={filter} />;
}

function EndedResults({ filter }: { filter: LobbyFilter }) {
  const { t } = useI18n();
  const { title, empty } = useEndedTitle(filter);
  const query = searchQueryOf(filter);
  const results = usePages<CompactAuction>(
    (cursor) => api.searchEndedAuctions({ ...query, limit: ENDED_RESULTS_PAGE, cursor }),
    // The words as the API compares them: another case or accent is the same search.
    JSON.stringify([queryTerms(filter.q), filter.category]),
  );
  return (
    <section aria-labelledby="results-title" className="lobby-section" data-testid="ended-results">
      <div className="section-head">
        <h2 id="results-title">{title}</h2>
        <ClearFilters />
      </div>
      {results.status === 'failed' ? <p role="alert">{t.lobby.searchFailed}</p> : null}
      {results.status === 'ready' && results.items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : null}
      <ul className="closed-list" aria-busy={results.status === 'loading'}>
        {results.items.map((auction) => (
          <ClosedAuctionRow key={auction.id} auction={auction} />
        ))}
      </ul>
      <LoadMore pager={results} label={t.lobby.showMore} failedText={t.lobby.searchFailed} />
    </section>
  );
}

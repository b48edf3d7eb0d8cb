// Open auctions whose title holds every word of the query, live: the API's
// answer, then the lobby room's updates — new auctions that match join, and
// auctions that close leave.
import { queryTerms, titleMatches } from '../../../core/search-text.ts';
import { api } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.ts';
import { splitByStatus } from '../live/auction-list-state.ts';
import { useAuctionList } from '../live/use-auction-list.ts';
import { OpenAuctionCard } from './auction-card.tsx';

/** Asked of the API (its most), the soonest-ending first. */
const SEARCH_LIMIT = 50;

export function SearchResults({ query }: { query: string }) {
  const { t } = useI18n();
  const terms = queryTerms(query);
  const results = useAuctionList(
    () => api.searchAuctions(query, SEARCH_LIMIT),
    terms.join(' '),
    (auction) => auction.status === 'open' && titleMatches(auction.title, terms),
  );
  const { open } = splitByStatus(results.items);
  return (
    <section aria-labelledby="results-title" className="lobby-section" data-testid="search-results">
      <h2 id="results-title">{t.lobby.resultsTitle(query.trim())}</h2>
      {results.status === 'failed' ? <p role="alert">{t.lobby.searchFailed}</p> : null}
      {results.status === 'ready' && open.length === 0 ? (
        <p className="empty">{t.lobby.noResults}</p>
      ) : null}
      <ul className="card-grid" aria-busy={results.status === 'loading'}>
        {open.map((auction) => (
          <OpenAuctionCard key={auction.id} auction={auction} />
        ))}
      </ul>
      {results.items.length >= SEARCH_LIMIT ? (
        <p className="note">{t.lobby.moreResults(SEARCH_LIMIT)}</p>
      ) : null}
    </section>
  );
}

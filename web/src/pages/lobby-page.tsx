// `/`: open auctions soonest-ending first (`?sort=newest`: newest listed
// first), live; recently closed below. With `?q=` (words of the title),
// `?category=` or both, the open auctions that match instead, in the same
// order (components/search-results.tsx); with `?status=closed` as well, those
// ended in the last 90 days (components/ended-search-results.tsx), which
// have one order of their own, latest ended first.
import { LoadMore } from '../components/load-more.tsx';
import { LiveAnnouncer } from '../components/live-announcer.tsx';
import { ClosedAuctionRow, OpenAuctionCard } from '../components/auction-card.tsx';
import { AuctionSearch } from '../components/auction-search.tsx';
import { EndedSearchResults } from '../components/ended-search-results.tsx';
import { ListedAt, LobbyOrderChoice, lobbyOrderOf } from '../components/lobby-order.tsx';
import { SearchResults } from '../components/search-results.tsx';
import { searchStatusOf } from '../components/search-status.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { isFiltered, lobbyFilterOf } from '../live/lobby-filter.ts';
import { useLobby } from '../live/use-lobby.ts';
import { Link } from '../routing/link.tsx';
import { useLocation } from '../routing/router.ts';

export function LobbyPage() {
  const { t } = useI18n();
  const search = useLocation().split('?')[1] ?? '';
  const order = lobbyOrderOf(search);
  const lobby = useLobby(order);
  const filter = lobbyFilterOf(search);
  const filtered = isFiltered(filter);
  const ended = searchStatusOf(search) === 'closed';
  return (
    <>
      <div className="section-head">
        <h1 id="open-title">{t.lobby.title}</h1>
        <Link href="/new" className="button">
          {t.nav.newAuction}
        </Link>
      </div>
      <AuctionSearch query={filter.q} category={filter.category} ended={ended} />
      {ended ? (
        <EndedSearchResults filter={filter} />
      ) : (
        <>
          <LobbyOrderChoice order={order} />
          {filtered ? <SearchResults filter={filter} order={order} /> : null}
        </>
      )}
      <section aria-labelledby="open-title" className="lobby-section" hidden={filtered || ended}>
        {lobby.status === 'failed' ? <p role="alert">{t.lobby.loadFailed}</p> : null}
        {lobby.status === 'ready' && lobby.open.length === 0 ? (
          <p className="empty">{t.lobby.empty}</p>
        ) : null}
        <ul className="card-grid" aria-busy={lobby.status === 'loading' || lobby.order !== order}>
          {lobby.open.map((auction) => (
            <OpenAuctionCard
              key={auction.id}
              auction={auction}
              note={order === 'newest' ? <ListedAt auction={auction} /> : undefined}
            />
          ))}
        </ul>
        <LoadMore
          pager={{ ...lobby, nextCursor: lobby.openCursor }}
          label={t.lobby.showMore}
          failedText={t.lobby.loadFailed}
        />
      </section>
      <section aria-labelledby="closed-title" className="lobby-section">
        <h2 id="closed-title">{t.lobby.closedTitle}</h2>
        {lobby.status === 'ready' && lobby.closed.length === 0 ? (
          <p className="empty">{t.lobby.closedEmpty}</p>
        ) : null}
        <ul className="closed-list">
          {lobby.closed.map((auction) => (
            <ClosedAuctionRow key={auction.id} auction={auction} />
          ))}
        </ul>
      </section>
      <LiveAnnouncer
        message={lobby.lastCreated ? t.lobby.newAuctionAnnounced(lobby.lastCreated.title) : ''}
      />
    </>
  );
}

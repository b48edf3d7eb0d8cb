// `/watchlist` ("minha lista"): the auctions the viewer follows, live. Their
// outbid and ending-soon alerts reach this person on any page.
import { ClosedAuctionRow, OpenAuctionCard } from '../components/auction-card.tsx';
import { LoadMore } from '../components/load-more.tsx';
import { SignInFirst } from '../components/sign-in-first.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { api } from '../api/endpoints.ts';
import { splitByStatus } from '../live/auction-list-state.ts';
import { useAuctionList } from '../live/use-auction-list.ts';
import { sessionStore } from '../session/session-store.ts';
import { useStore } from '../store.ts';

export function WatchlistPage() {
  const { t } = useI18n();
  const session = useStore(sessionStore);
  const watched = useAuctionList(api.watchlist, session?.token ?? null);

  if (!session)
    return (
      <SignInFirst title={t.watchlist.title} text={t.watchlist.signInFirst} path="/watchlist" />
    );

  const { open, finished } = splitByStatus(watched.items);
  return (
    <>
      <section aria-labelledby="watchlist-title" className="lobby-section">
        <h1 id="watchlist-title">{t.watchlist.title}</h1>
        <p className="note">{t.watchlist.explain}</p>
        {watched.status === 'failed' ? <p role="alert">{t.watchlist.loadFailed}</p> : null}
        {watched.status === 'ready' && watched.items.length === 0 ? (
          <p className="empty">{t.watchlist.empty}</p>
        ) : null}
        <ul className="card-grid" aria-busy={watched.status === 'loading'}>
          {open.map((auction) => (
            <OpenAuctionCard key={auction.id} auction={auction} />
          ))}
        </ul>
        <LoadMore pager={watched} label={t.activity.showMore} failedText={t.watchlist.loadFailed} />
      </section>
      {finished.length > 0 ? (
        <section aria-labelledby="watchlist-finished-title" className="lobby-section">
          <h2 id="watchlist-finished-title">{t.watchlist.finishedTitle}</h2>
          <ul className="closed-list">
            {finished.map((auction) => (
              <ClosedAuctionRow key={auction.id} auction={auction} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

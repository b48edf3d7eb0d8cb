// Adds an auction to, or removes it from, the viewer's watchlist ("minha
// lista"): a toggle button (aria-pressed). Shown only to signed-in people,
// once their list is known, so it never shows a wrong state.
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.ts';
import { setWatched, watchlistStore } from '../live/watchlist-store.ts';
import { useStore } from '../store.ts';

interface WatchToggleProps {
  auctionId: string;
  title: string;
  /** Finished auctions: only offer taking it off the list. */
  removeOnly?: boolean;
}

export function WatchToggle({ auctionId, title, removeOnly = false }: WatchToggleProps) {
  const { t } = useI18n();
  const ids = useStore(watchlistStore);
  const [failed, setFailed] = useState(false);
  // Once pressed it stays, so taking a finished auction off can be undone.
  const [pressed, setPressed] = useState(false);
  if (!ids) return null;
  const watched = ids.has(auctionId);
  if (removeOnly && !watched && !pressed) return null;
  const label = watched ? t.watchlist.watching : t.watchlist.watch;
  return (
    <span className="watch-toggle">
      <button
        type="button"
        className={`button button--quiet watch-toggle__button${watched ? ' is-on' : ''}`}
        aria-pressed={watched}
        // The visible words first (WCAG 2.5.3), then which auction, for lists of cards.
        aria-label={`${label}: ${title}`}
        data-testid="watch-toggle"
        onClick={() => {
          setFailed(false);
          setPressed(true);
          setWatched(auctionId, !watched).catch(() => setFailed(true));
        }}
      >
        <span aria-hidden="true">{watched ? '★' : '☆'}</span> {label}
      </button>
      {failed ? (
        <span className="watch-toggle__error" role="alert">
          {t.watchlist.failed}
        </span>
      ) : null}
    </span>
  );
}

// "3 pessoas acompanham este leilão" under an open auction's title (eBay's
// watcher count): read once the viewer's own watchlist is known, so their
// star can move the number at once without reading it again. Nothing while
// nobody watches, or when the count could not be read: it is a hint, not
// something to wait for or to report.
import { useEffect, useState } from 'react';
import { api } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.ts';
import { watchersShown, type WatcherReading } from '../live/watcher-count.ts';
import { watchlistStore } from '../live/watchlist-store.ts';
import { sessionStore } from '../session/session-store.ts';
import { useStore } from '../store.ts';

export function WatcherCount({ auctionId }: { auctionId: string }) {
  const { t } = useI18n();
  const signedIn = useStore(sessionStore) !== null;
  const ids = useStore(watchlistStore);
  const watching = ids?.has(auctionId) ?? false;
  const known = !signedIn || ids !== null;
  const [reading, setReading] = useState<WatcherReading | null>(null);

  useEffect(() => {
    if (!known) return;
    let current = true;
    api
      .watchers(auctionId)
      .then(({ count }) => {
        // Whether the viewer was among them: their list as it is now, not as it was rendered.
        const viewerWatched = watchlistStore.get()?.has(auctionId) ?? false;
        if (current) setReading({ count, viewerWatched });
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [auctionId, known]);

  const count = reading ? watchersShown(reading, watching) : 0;
  if (count === 0) return null;
  return (
    <p className="auction__watchers" data-testid="watcher-count">
      {t.watchlist.watcherCount(count)}
    </p>
  );
}

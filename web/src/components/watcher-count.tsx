// "3 pessoas acompanham este leilão" under an open auction's title (eBay's
// watcher count): read once the viewer's own watchlist is known, so their
// star can move the number at once without reading it again, then kept live
// by `auction:watchers` (the count after each change anyone makes), and read
// again when the socket comes back, since changes may have been missed.
// Nothing while nobody watches, or when the count could not be read: it is a
// hint, not something to wait for or to report.
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.ts';
import { getSocket } from '../live/socket.ts';
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
  const heard = useRef(0);

  useEffect(() => {
    if (!known) return;
    let current = true;
    // Whether the viewer was among them: their list as it is now, not as it was rendered.
    const viewerWatched = () => watchlistStore.get()?.has(auctionId) ?? false;
    const read = () => {
      const heardBefore = heard.current;
      api
        .watchers(auctionId)
        .then(({ count }) => {
          // A count heard since the request is as new as this reading or newer
          // (events come in the order of the changes): keep it.
          if (current && heard.current === heardBefore)
            setReading({ count, viewerWatched: viewerWatched() });
        })
        .catch(() => {});
    };
    const onWatchers = (event: { auctionId: string; count: number }) => {
      if (event.auctionId !== auctionId) return;
      heard.current += 1;
      setReading({ count: event.count, viewerWatched: viewerWatched() });
    };
    const socket = getSocket();
    read();
    socket.on('auction:watchers', onWatchers);
    socket.on('connect', read);
    socket.on('events:resync', read);
    return () => {
      current = false;
      socket.off('auction:watchers', onWatchers);
      socket.off('connect', read);
      socket.off('events:resync', read);
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

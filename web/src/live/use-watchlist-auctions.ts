// Keeps the "minha lista" page live: `/api/me/watchlist`, then the lobby
// room's updates to the auctions on it (see lobby-feed.ts).
import { useEffect, useState } from 'react';
import type { Auction } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { followLobby } from './lobby-feed.ts';
import { upsertWatched } from './watchlist-state.ts';

export interface WatchedAuctions {
  status: 'loading' | 'ready' | 'failed';
  items: Auction[];
}

/** `sessionToken`: whose list; a new session reads it again. */
export function useWatchlistAuctions(sessionToken: string | null): WatchedAuctions {
  const [state, setState] = useState<WatchedAuctions>({ status: 'loading', items: [] });

  useEffect(() => {
    if (!sessionToken) return;
    return followLobby({
      read: api.watchlist,
      onSnapshot({ items }, replay) {
        setState({ status: 'ready', items: replay.reduce(upsertWatched, items) });
      },
      onAuction(auction) {
        setState((current) => ({ ...current, items: upsertWatched(current.items, auction) }));
      },
      onFailed() {
        setState((current) =>
          current.status === 'ready' ? current : { ...current, status: 'failed' },
        );
      },
    });
  }, [sessionToken]);

  return state;
}

// Keeps a page's list of auctions live (the watchlist, my activity, search
// results): one read of its endpoint, then the lobby room's updates to the
// auctions on it (see lobby-feed.ts), and to newcomers the page admits.
import { useEffect, useState } from 'react';
import type { CompactAuction } from '../../../core/schemas.ts';
import { followLobby } from './lobby-feed.ts';
import { upsertListed, type Admit } from './auction-list-state.ts';

export interface ListedAuctions {
  status: 'loading' | 'ready' | 'failed';
  items: CompactAuction[];
}

/**
 * `key`: which list (whose session, which query); null reads nothing. A new
 * key reads again, with the `read` and `admit` of that render (they may
 * depend on who is signed in, or on the query).
 */
export function useAuctionList(
  read: () => Promise<{ items: CompactAuction[] }>,
  key: string | null,
  admit?: Admit,
): ListedAuctions {
  const [state, setState] = useState<ListedAuctions>({ status: 'loading', items: [] });

  useEffect(() => {
    if (key === null) return;
    setState({ status: 'loading', items: [] });
    const upsert = (items: CompactAuction[], auction: CompactAuction) =>
      upsertListed(items, auction, admit);
    return followLobby({
      read,
      onSnapshot({ items }, replay) {
        setState({ status: 'ready', items: replay.reduce(upsert, items) });
      },
      onAuction(auction) {
        setState((current) => ({ ...current, items: upsert(current.items, auction) }));
      },
      onFailed() {
        setState((current) =>
          current.status === 'ready' ? current : { ...current, status: 'failed' },
        );
      },
    });
  }, [key]);

  return state;
}

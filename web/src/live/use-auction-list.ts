// Keeps a page's list of auctions live (the watchlist, my activity, search
// results): one read of its endpoint, then the lobby room's updates to the
// auctions on it (see lobby-feed.ts), and to newcomers the page admits.
// Endpoints that page (my activity) answer a `nextCursor`: `loadMore` reads
// the next page and appends it, and a fresh read (after a reconnection)
// reads again as many pages as were shown, as the lobby does.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CompactAuction } from '../../../core/schemas.ts';
import { followLobby } from './lobby-feed.ts';
import { appendPage, upsertListed, type Admit } from './auction-list-state.ts';

export interface ListedAuctions {
  status: 'loading' | 'ready' | 'failed';
  items: CompactAuction[];
  /** Where the next page starts; null when there is none. */
  nextCursor: string | null;
  loadingMore: boolean;
  loadMoreFailed: boolean;
}

export interface AuctionList extends ListedAuctions {
  loadMore(): Promise<void>;
}

/** A read of the list; `cursor` asks for the page after it. */
export type ReadList = (
  cursor?: string,
) => Promise<{ items: CompactAuction[]; nextCursor?: string | null }>;

const initial: ListedAuctions = {
  status: 'loading',
  items: [],
  nextCursor: null,
  loadingMore: false,
  loadMoreFailed: false,
};

/**
 * `key`: which list (whose session, which query); null reads nothing. A new
 * key reads again, with the `read` and `admit` of that render (they may
 * depend on who is signed in, or on the query).
 */
export function useAuctionList(read: ReadList, key: string | null, admit?: Admit): AuctionList {
  const [state, setState] = useState<ListedAuctions>(initial);
  // The read of the current key, for loadMore; a page read for an older key is dropped.
  const latest = useRef({ read, key });
  const pagesShown = useRef(1);

  useEffect(() => {
    latest.current = { read, key };
    pagesShown.current = 1;
    if (key === null) return;
    setState(initial);
    const upsert = (items: CompactAuction[], auction: CompactAuction) =>
      upsertListed(items, auction, admit);
    const readShownPages = async () => {
      let page = await read();
      let items = page.items;
      for (let n = 1; n < pagesShown.current && page.nextCursor; n++) {
        page = await read(page.nextCursor);
        items = appendPage(items, page.items);
      }
      return { items, nextCursor: page.nextCursor };
    };
    return followLobby({
      read: readShownPages,
      onSnapshot({ items, nextCursor = null }, replay) {
        setState({ ...initial, status: 'ready', items: replay.reduce(upsert, items), nextCursor });
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

  const loadMore = useCallback(async () => {
    const { read: readPage, key: readFor } = latest.current;
    const cursor = state.nextCursor;
    if (cursor === null || state.loadingMore) return;
    setState((now) => ({ ...now, loadingMore: true, loadMoreFailed: false }));
    try {
      const page = await readPage(cursor);
      if (latest.current.key !== readFor) return;
      pagesShown.current += 1;
      setState((now) =>
        now.nextCursor !== cursor // a fresh read started over meanwhile
          ? { ...now, loadingMore: false }
          : {
              ...now,
              items: appendPage(now.items, page.items),
              nextCursor: page.nextCursor ?? null,
              loadingMore: false,
            },
      );
    } catch {
      setState((now) => ({ ...now, loadingMore: false, loadMoreFailed: true }));
    }
  }, [state.nextCursor, state.loadingMore]);

  return { ...state, loadMore };
}

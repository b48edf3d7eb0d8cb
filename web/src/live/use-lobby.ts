// Keeps the lobby live: both lists from REST, then `auction:created` /
// `auction:updated` from the lobby room (see lobby-feed.ts). The open
// auctions come in the order asked for; changing it reads them again.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { CompactAuction } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { followLobby } from './lobby-feed.ts';
import {
  CLOSED_SHOWN,
  initialLobbyState,
  lobbyReducer,
  type LobbyOrder,
  type LobbyState,
} from './lobby-state.ts';

/** Open auctions per page (the API's maximum). */
const OPEN_PAGE = 100;

export interface Lobby extends LobbyState {
  status: 'loading' | 'ready' | 'failed';
  /** The latest auction created while the lobby was open, for announcements. */
  lastCreated: CompactAuction | null;
  /** Shows the next page of open auctions; false while one is loading. */
  loadMore(): Promise<void>;
  loadingMore: boolean;
  loadMoreFailed: boolean;
}

export function useLobby(order: LobbyOrder = 'ending'): Lobby {
  const [state, dispatch] = useReducer(lobbyReducer, initialLobbyState);
  const [status, setStatus] = useState<Lobby['status']>('loading');
  const [lastCreated, setLastCreated] = useState<CompactAuction | null>(null);

  // Pages of open auctions on show, so that the snapshot after a
  // reconnection reads as many as the visitor had asked for, not just the first.
  const pagesShown = useRef(1);

  useEffect(() => {
    pagesShown.current = 1;
    return followLobby({
      read: () =>
        Promise.all([
          readOpenPages(pagesShown.current, order),
          api.listAuctions('closed', CLOSED_SHOWN),
        ]),
      onSnapshot([open, closed], replay) {
        dispatch({
          type: 'loaded',
          order,
          open: open.items,
          closed: closed.items,
          openCursor: open.nextCursor,
        });
        for (const auction of replay) dispatch({ type: 'upsert', auction });
        setStatus('ready');
      },
      onAuction(auction, created) {
        dispatch({ type: 'upsert', auction });
        if (created && auction.status === 'open') setLastCreated(auction);
      },
      onFailed: () => setStatus((current) => (current === 'ready' ? current : 'failed')),
    });
  }, [order]);

  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const cursor = useRef(state.openCursor);
  cursor.current = state.openCursor;
  // The order the cursor belongs to: until the new order's first page
  // arrives, the lists (and the cursor) are still the previous order's.
  const cursorOrder = useRef(state.order);
  cursorOrder.current = state.order;
  const loadMore = useCallback(async () => {
    const from = cursor.current;
    if (from === null) return;
    setLoadingMore(true);
    setLoadMoreFailed(false);
    try {
      const page = await api.listAuctions('open', OPEN_PAGE, from, cursorOrder.current);
      // A snapshot after a reconnection started the pages over: this one is stale.
      if (cursor.current === from) {
        pagesShown.current += 1;
        dispatch({ type: 'moreOpen', open: page.items, openCursor: page.nextCursor });
      }
    } catch {
      setLoadMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }, []);

  return { ...state, status, lastCreated, loadMore, loadingMore, loadMoreFailed };
}

/** The first `pages` pages of open auctions, as one (an auction is listed once). */
async function readOpenPages(
  pages: number,
  order: LobbyOrder,
): Promise<{ items: CompactAuction[]; nextCursor: string | null }> {
  const first = await api.listAuctions('open', OPEN_PAGE, undefined, order);
  const byId = new Map(first.items.map((auction) => [auction.id, auction]));
  let cursor = first.nextCursor;
  for (let page = 1; page < pages && cursor !== null; page++) {
    const next = await api.listAuctions('open', OPEN_PAGE, cursor, order);
    for (const auction of next.items) byId.set(auction.id, auction);
    cursor = next.nextCursor;
  }
  return { items: [...byId.values()], nextCursor: cursor };
}

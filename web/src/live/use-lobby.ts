// Keeps the lobby live: both lists from REST, then `auction:created` /
// `auction:updated` from the lobby room (see lobby-feed.ts).
import { useEffect, useReducer, useState } from 'react';
import type { Auction } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { followLobby } from './lobby-feed.ts';
import { CLOSED_SHOWN, initialLobbyState, lobbyReducer, type LobbyState } from './lobby-state.ts';

const OPEN_SHOWN = 100;

export interface Lobby extends LobbyState {
  status: 'loading' | 'ready' | 'failed';
  /** The latest auction created while the lobby was open, for announcements. */
  lastCreated: Auction | null;
}

export function useLobby(): Lobby {
  const [state, dispatch] = useReducer(lobbyReducer, initialLobbyState);
  const [status, setStatus] = useState<Lobby['status']>('loading');
  const [lastCreated, setLastCreated] = useState<Auction | null>(null);

  useEffect(
    () =>
      followLobby({
        read: () =>
          Promise.all([
            api.listAuctions('open', OPEN_SHOWN),
            api.listAuctions('closed', CLOSED_SHOWN),
          ]),
        onSnapshot([open, closed], replay) {
          dispatch({ type: 'loaded', open: open.items, closed: closed.items });
          for (const auction of replay) dispatch({ type: 'upsert', auction });
          setStatus('ready');
        },
        onAuction(auction, created) {
          dispatch({ type: 'upsert', auction });
          if (created && auction.status === 'open') setLastCreated(auction);
        },
        onFailed: () => setStatus((current) => (current === 'ready' ? current : 'failed')),
      }),
    [],
  );

  return { ...state, status, lastCreated };
}

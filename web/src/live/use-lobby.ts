// Keeps the lobby live: joins the lobby room (`lobby:watch`), applies
// `auction:created` / `auction:updated`, and after every (re)connection
// re-reads both lists, since lobby events carry no catch-up. Events arriving
// while a read is in flight are replayed on top of it, so none is lost.
import { useEffect, useReducer, useRef, useState } from 'react';
import type { Auction } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { CLOSED_SHOWN, initialLobbyState, lobbyReducer, type LobbyState } from './lobby-state.ts';
import { serialTask } from './serial-task.ts';
import { getSocket, watchLobby } from './socket.ts';

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
  const inFlight = useRef<Auction[] | null>(null);

  useEffect(() => {
    const socket = getSocket();
    let active = true;

    const upsert = (auction: Auction) => {
      inFlight.current?.push(auction);
      dispatch({ type: 'upsert', auction });
    };
    const refresh = serialTask(async () => {
      inFlight.current = [];
      try {
        const [open, closed] = await Promise.all([
          api.listAuctions('open', OPEN_SHOWN),
          api.listAuctions('closed', CLOSED_SHOWN),
        ]);
        if (!active) return;
        dispatch({ type: 'loaded', open: open.items, closed: closed.items });
        for (const auction of inFlight.current) dispatch({ type: 'upsert', auction });
        setStatus('ready');
      } catch {
        if (active) setStatus((current) => (current === 'ready' ? current : 'failed'));
      } finally {
        inFlight.current = null;
      }
    });
    const onConnect = async () => {
      await watchLobby().catch(() => undefined);
      await refresh();
    };
    const onCreated = ({ auction }: { auction: Auction }) => {
      upsert(auction);
      if (auction.status === 'open') setLastCreated(auction);
    };
    const onUpdated = ({ auction }: { auction: Auction }) => upsert(auction);

    socket.on('connect', onConnect);
    socket.on('auction:created', onCreated);
    socket.on('auction:updated', onUpdated);
    if (socket.connected) void onConnect();
    else void refresh();
    return () => {
      active = false;
      socket.off('connect', onConnect);
      socket.off('auction:created', onCreated);
      socket.off('auction:updated', onUpdated);
    };
  }, []);

  return { ...state, status, lastCreated };
}

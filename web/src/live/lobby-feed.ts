// Follows the lobby room for a page that lists auctions: after every
// (re)connection it joins the room (`lobby:watch`) and reads a fresh snapshot,
// since lobby events carry no catch-up; `auction:created` / `auction:updated`
// events that arrive while a read is in flight are replayed on top of it, so
// none is lost.
import type { CompactAuction } from '../../../core/schemas.ts';
import { serialTask } from './serial-task.ts';
import { getSocket, watchLobby } from './socket.ts';

export interface LobbyFeed<T> {
  read(): Promise<T>;
  /** A fresh snapshot, then the events that arrived while it was read. */
  onSnapshot(snapshot: T, replay: CompactAuction[]): void;
  /** Every event, at once. */
  onAuction(auction: CompactAuction, created: boolean): void;
  onFailed(): void;
}

/** Starts following; returns the function that stops. */
export function followLobby<T>(feed: LobbyFeed<T>): () => void {
  const socket = getSocket();
  let active = true;
  let inFlight: CompactAuction[] | null = null;

  const refresh = serialTask(async () => {
    const replay: CompactAuction[] = [];
    inFlight = replay;
    try {
      const snapshot = await feed.read();
      if (active) feed.onSnapshot(snapshot, replay);
    } catch {
      if (active) feed.onFailed();
    } finally {
      inFlight = null;
    }
  });
  const onConnect = async () => {
    await watchLobby().catch(() => undefined);
    await refresh();
  };
  const receive = (auction: CompactAuction, created: boolean) => {
    inFlight?.push(auction);
    feed.onAuction(auction, created);
  };
  const onCreated = ({ auction }: { auction: CompactAuction }) => receive(auction, true);
  const onUpdated = ({ auction }: { auction: CompactAuction }) => receive(auction, false);

  // The server lost events for a moment (`events:resync`): read a fresh snapshot.
  const onResync = () => void refresh();
  socket.on('connect', onConnect);
  socket.on('events:resync', onResync);
  socket.on('auction:created', onCreated);
  socket.on('auction:updated', onUpdated);
  if (socket.connected) void onConnect();
  else void refresh();
  return () => {
    active = false;
    socket.off('connect', onConnect);
    socket.off('events:resync', onResync);
    socket.off('auction:created', onCreated);
    socket.off('auction:updated', onUpdated);
  };
}

// The one Socket.IO connection of the page, to the same origin. The handshake
// carries the session token (auth: {token}); signing in or out reconnects so
// the server sees the new identity. It asks for compact events (auctions
// without their description, which the pages have from REST and acks).
// Connection state is exposed for the UI.
import { io, type Socket } from 'socket.io-client';
import type { CompactAuction, ServerEvents } from '../../../core/schemas.ts';
import { saveSession, sessionStore } from '../session/session-store.ts';
import { createStore } from '../store.ts';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

export const connectionStore = createStore<ConnectionState>('connecting');

/** What the UI sends (issue 2 contract plus the lobby room). Acks are read by the caller. */
interface ClientEvents {
  'auction:watch': (
    payload: { auctionId: string; sinceSeq?: number },
    ack: (res: unknown) => void,
  ) => void;
  'auction:unwatch': (payload: { auctionId: string }) => void;
  'lobby:watch': (payload: Record<string, never>, ack: (res: unknown) => void) => void;
}

export type LiveSocket = Socket<ServerEvents<CompactAuction>, ClientEvents>;

let socket: LiveSocket | null = null;

export function getSocket(): LiveSocket {
  if (socket) return socket;
  const created: LiveSocket = io({
    // A function, so every reconnection sends the current token.
    auth: (send) =>
      send(
        sessionStore.get()
          ? { token: sessionStore.get()?.token, compact: true }
          : { compact: true },
      ),
    // Defaults are 1 s growing to 5 s; a dropped server is retried forever.
    reconnectionDelay: 500,
    reconnectionDelayMax: 4000,
  });
  created.on('connect', () => connectionStore.set('connected'));
  created.on('disconnect', (reason) => {
    connectionStore.set('disconnected');
    // A server-initiated disconnect is not retried by socket.io-client on its
    // own; the server may be draining for a restart, so come back shortly.
    if (reason === 'io server disconnect') setTimeout(() => created.connect(), 1000);
  });
  created.on('connect_error', (error: Error & { data?: { code?: string } }) => {
    connectionStore.set('disconnected');
    // The server refused the token (expired, or revoked by a sign-out
    // elsewhere). socket.io-client does not retry a refused handshake; forgetting
    // the session reconnects anonymously (see the subscription below).
    if (error.data?.code === 'UNAUTHORIZED' && sessionStore.get()) saveSession(null);
  });
  created.io.on('reconnect_attempt', () => {
    if (connectionStore.get() !== 'connected') connectionStore.set('disconnected');
  });
  socket = created;
  let lastToken = sessionStore.get()?.token;
  sessionStore.subscribe(() => {
    const token = sessionStore.get()?.token;
    if (token === lastToken) return;
    lastToken = token;
    created.disconnect().connect();
  });
  return created;
}

/** Joins a room; the ack rejects after a timeout so callers never hang. */
export function watchAuction(
  auctionId: string,
  sinceSeq: number,
  timeoutMs = 8000,
): Promise<unknown> {
  return getSocket().timeout(timeoutMs).emitWithAck('auction:watch', { auctionId, sinceSeq });
}

export function watchLobby(timeoutMs = 8000): Promise<unknown> {
  return getSocket().timeout(timeoutMs).emitWithAck('lobby:watch', {});
}

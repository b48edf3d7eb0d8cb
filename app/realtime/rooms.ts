// Socket.IO room names, in one place.
import type { Server, Socket } from 'socket.io';

export const auctionRoom = (auctionId: string) => `auction:${auctionId}`;
export const LOBBY_ROOM = 'lobby';
/** Every socket opened with a session token joins its session's room, so a
 *  logout can disconnect that session's sockets on every replica. */
export const sessionRoom = (tokenHash: string) => `session:${tokenHash}`;
/** Every socket of a signed-in user joins this room: outbid and ending-soon
 *  notices reach all of the user's devices, on whichever replicas. */
export const userRoom = (userId: string) => `user:${userId}`;
/** The sockets of moderators (when they connected, or granted since): they hear the queue change. */
export const MODERATORS_ROOM = 'moderators';

/**
 * Sockets that asked for compact events (handshake `auth.compact: true`)
 * join, besides each room, its compact twin, and this room at connection:
 * the relay sends them auctions without the description and everyone else
 * the whole auction (see event-relay.ts). Every room they are in keeps its
 * usual name, so operations on it (a logout's disconnects) still reach them.
 */
export const COMPACT_SOCKETS = 'compact';
export const compactTwin = (room: string) => `${room}~compact`;

/** Closes the sockets of ended sessions, through the Redis adapter: on every replica. */
export function disconnectSessions(io: Server, tokenHashes: string[]): void {
  if (tokenHashes.length > 0) io.in(tokenHashes.map(sessionRoom)).disconnectSockets(true);
}

export function joinRooms(socket: Socket, rooms: string[]): Promise<void> | void {
  return socket.join(socket.data.compact ? [...rooms, ...rooms.map(compactTwin)] : rooms);
}

export async function leaveRoom(socket: Socket, room: string): Promise<void> {
  await socket.leave(room);
  if (socket.data.compact) await socket.leave(compactTwin(room));
}

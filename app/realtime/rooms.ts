// Socket.IO room names, in one place.
export const auctionRoom = (auctionId: string) => `auction:${auctionId}`;
export const LOBBY_ROOM = 'lobby';
/** Every socket opened with a session token joins its session's room, so a
 *  logout can disconnect that session's sockets on every replica. */
export const sessionRoom = (tokenHash: string) => `session:${tokenHash}`;
/** Every socket of a signed-in user joins this room: outbid and ending-soon
 *  notices reach all of the user's devices, on whichever replicas. */
export const userRoom = (userId: string) => `user:${userId}`;

// Socket.IO on the API's HTTP server, with the Redis adapter so that
// socket-level operations (e.g. disconnecting a logged-out session) reach
// every replica. Auction events reach sockets through the event relay.
import { createAdapter } from '@socket.io/redis-adapter';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { Server, type Socket } from 'socket.io';
import { ErrorCode } from '../../core/errors.ts';
import { whenReady } from '../../core/redis/connection.ts';
import { hashToken } from '../auth/accounts.ts';
import type { Services } from '../services.ts';
import { COMPACT_SOCKETS, joinRooms, MODERATORS_ROOM, sessionRoom, userRoom } from './rooms.ts';
import { registerSocketHandlers } from './socket-handlers.ts';

export interface SocketServerOptions {
  /** Connections the adapter publishes and subscribes on; owned by the caller. */
  adapterPub: Redis;
  adapterSub: Redis;
  maxPayloadBytes: number;
}

/** The client's IP: the load balancer's X-Forwarded-For when trusted, else the peer. */
function clientAddress(handshake: Socket['handshake'], trustProxy: boolean): string {
  const forwarded = handshake.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return trustProxy && first ? first : handshake.address;
}

export async function createSocketServer(
  app: FastifyInstance,
  services: Services,
  options: SocketServerOptions,
): Promise<Server> {
  // ioredis#2037: a psubscribe issued before `ready` can be silently lost.
  await Promise.all([whenReady(options.adapterPub), whenReady(options.adapterSub)]);
  const io = new Server(app.server, {
    serveClient: false,
    maxHttpBufferSize: options.maxPayloadBytes,
    adapter: createAdapter(options.adapterPub, options.adapterSub, {
      key: `${services.keys.prefix}socket.io`,
    }),
  });

  io.use(async (socket, next) => {
    const token: unknown = socket.handshake.auth?.token;
    socket.data.compact = socket.handshake.auth?.compact === true;
    if (socket.data.compact) await socket.join(COMPACT_SOCKETS);
    socket.data.user = null;
    socket.data.ip = clientAddress(socket.handshake, services.config.TRUST_PROXY);
    socket.data.log = app.log.child({ socketId: socket.id });
    if (token === undefined || token === null || token === '') return next();
    const user =
      typeof token === 'string' ? await services.accounts.resolve(token).catch(() => null) : null;
    if (!user) {
      const error = new Error('Invalid or expired session token.') as Error & { data: unknown };
      error.data = { code: ErrorCode.UNAUTHORIZED };
      return next(error);
    }
    socket.data.user = user;
    await socket.join(sessionRoom(hashToken(token as string)));
    await joinRooms(socket, [userRoom(user.id)]);
    // Redis away at this moment: the socket hears no live queue until it connects again
    // (least privilege; the REST queue checks the flag itself).
    const moderator = await services.moderation.isModerator(user.id).catch((error: Error) => {
      socket.data.log.warn({ cause: error.message }, 'moderator flag unread; no live queue');
      return false;
    });
    if (moderator) await socket.join(MODERATORS_ROOM);
    next();
  });

  io.on('connection', (socket) => registerSocketHandlers(socket, services));
  return io;
}

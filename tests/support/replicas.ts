// Starts API replicas in this process, each with its own Redis connections,
// Socket.IO server and close monitor, sharing one real Redis — the same
// topology as several pods behind a load balancer.
import type { FastifyInstance } from 'fastify';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { buildApp } from '../../app/app.ts';
import { ApiEnv } from '../../app/config.ts';
import { parseEnv } from '../../core/config.ts';
import { createRedisFor } from '../../core/redis/connection.ts';
import type { TestRedis } from './redis-server.ts';

export interface Replica {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startReplica(
  redis: TestRedis,
  env: Record<string, string> = {},
  options: { runMonitor?: boolean } = {},
): Promise<Replica> {
  const config = parseEnv(ApiEnv, {
    ...redis.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    // One test client stands for many users here; tests/integration/rate-limits
    // turns the limits on to test them.
    RATE_LIMIT_ENABLED: 'false',
    ...env,
  });
  const app = await buildApp({
    config,
    connectRedis: (role) => createRedisFor(config, role),
    runMonitor: options.runMonitor,
    logger: { level: config.LOG_LEVEL },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export async function startReplicas(
  redis: TestRedis,
  count: number,
  env: Record<string, string> = {},
): Promise<Replica[]> {
  return Promise.all(Array.from({ length: count }, () => startReplica(redis, env)));
}

/** A connected Socket.IO client (compact: asks for compact events); rejects on connect_error. */
export function connectClient(
  url: string,
  token?: string,
  options: { compact?: boolean } = {},
): Promise<Socket> {
  const socket = connectSocket(url, {
    auth: { ...(token ? { token } : {}), ...(options.compact ? { compact: true } : {}) },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** The first `event` the socket hears; rejects after `timeoutMs`, so a test never hangs on it. */
export function nextEvent<T>(socket: Socket, event: string, timeoutMs = 10_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${event} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

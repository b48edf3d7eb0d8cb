// Creating Redis clients, the one place that knows the connection options.
import { Redis, type RedisOptions } from 'ioredis';
import type { CommonEnv } from '../config.ts';

export type RedisSettings = Pick<
  CommonEnv,
  'REDIS_URL' | 'REDIS_HOST' | 'REDIS_PORT' | 'REDIS_DB'
> &
  Partial<
    Pick<
      CommonEnv,
      'REDIS_SENTINELS' | 'REDIS_SENTINEL_NAME' | 'REDIS_PASSWORD' | 'REDIS_SENTINEL_PASSWORD'
    >
  >;

/** `host:port,host:port` (validated by the config schema) as ioredis wants it. */
export function parseSentinels(list: string): { host: string; port: number }[] {
  return list.split(',').map((entry) => {
    const at = entry.lastIndexOf(':');
    return { host: entry.slice(0, at), port: Number(entry.slice(at + 1)) };
  });
}

/**
 * For connections that serve requests: fail fast while Redis is away, so a
 * request answers 503 within a second instead of hanging. No offline queue,
 * no retry of a command whose reply was lost (a bid resent after a reconnect
 * could apply twice), no replay of unanswered commands after a reconnect,
 * and a 1 s command timeout. Wait for `ready` (whenReady) before the first
 * command. Subscriber and blocking connections keep ioredis's defaults,
 * which resubscribe by themselves after a reconnect.
 */
export const FAIL_FAST: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  autoResendUnfulfilledCommands: false,
  commandTimeout: 1000,
};

/**
 * The kinds of connection an API replica opens: `commands` serves requests
 * and fails fast; `pubsub` carries subscriptions and the Socket.IO adapter's
 * publications, which wait out an outage (maxRetriesPerRequest: null) rather
 * than reject, because @socket.io/redis-adapter does not catch its publish
 * promises; `invalidations` is a subscriber its owner resubscribes after each
 * reconnect, because it must learn the new connection's CLIENT ID first
 * (app/auth/session-cache.ts).
 */
export type RedisRole = 'commands' | 'pubsub' | 'invalidations';

const ROLE_OPTIONS: Record<RedisRole, RedisOptions> = {
  commands: FAIL_FAST,
  pubsub: { maxRetriesPerRequest: null },
  invalidations: { maxRetriesPerRequest: null, autoResubscribe: false },
};

export function createRedisFor(settings: RedisSettings, role: RedisRole): Redis {
  return createRedis(settings, ROLE_OPTIONS[role]);
}

/** Reconnect quickly at first, then every second at most. */
const backoff = (attempt: number) => Math.min(50 * 2 ** attempt, 1000);

export function createRedis(settings: RedisSettings, options: RedisOptions = {}): Redis {
  const common: RedisOptions = {
    connectTimeout: 2000,
    retryStrategy: backoff,
    // RESP2, as ioredis 5 spoke it (6 asks for RESP3 by default): the
    // session cache's CLIENT TRACKING redirects invalidations to a subscriber,
    // and Redis sends those as Pub/Sub messages only to a RESP2 connection; a
    // RESP3 one gets an `invalidate` push, which ioredis 6 drops.
    protocol: 2,
    ...options,
  };
  if (settings.REDIS_SENTINELS) {
    // ioredis asks the Sentinels for the master, and again on every
    // reconnection, so a failover looks like a short outage: requests fail
    // fast meanwhile (503), subscribers resubscribe on the new master.
    return new Redis({
      sentinels: parseSentinels(settings.REDIS_SENTINELS),
      name: settings.REDIS_SENTINEL_NAME ?? 'mymaster',
      db: settings.REDIS_DB,
      password: settings.REDIS_PASSWORD,
      sentinelPassword: settings.REDIS_SENTINEL_PASSWORD,
      sentinelRetryStrategy: backoff,
      ...common,
    });
  }
  if (settings.REDIS_URL) return new Redis(settings.REDIS_URL, common);
  return new Redis({
    host: settings.REDIS_HOST,
    port: settings.REDIS_PORT,
    db: settings.REDIS_DB,
    ...common,
  });
}

/**
 * Resolves once the client is `ready`. A (p)subscribe sent before that can be
 * silently lost with ioredis >= 5.8.2 (redis/ioredis#2037), leaving a replica
 * deaf to the others, so subscribers must await this first.
 */
export function whenReady(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onReady = () => {
      redis.off('end', onEnd);
      resolve();
    };
    const onEnd = () => {
      redis.off('ready', onReady);
      reject(new Error('Redis connection ended before it was ready'));
    };
    redis.once('ready', onReady);
    redis.once('end', onEnd);
  });
}

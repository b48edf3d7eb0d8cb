// Creating Redis clients, the one place that knows the connection options.
import { Redis, type RedisOptions } from 'ioredis';
import type { CommonEnv } from '../config.ts';

export type RedisSettings = Pick<CommonEnv, 'REDIS_URL' | 'REDIS_HOST' | 'REDIS_PORT' | 'REDIS_DB'>;

export function createRedis(settings: RedisSettings, options: RedisOptions = {}): Redis {
  const common: RedisOptions = {
    // A command waits through at most one reconnect attempt, then fails.
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 2000),
    ...options,
  };
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

// What the routes, sockets and monitor need, built once per replica from one
// Redis command connection. Tests build it against their own Redis.
import type { Redis } from 'ioredis';
import { createAuctionStore } from '../core/redis/auction-store.ts';
import { redisKeys } from '../core/redis/keys.ts';
import { loadScripts } from '../core/redis/scripts.ts';
import { createAccounts } from './auth/accounts.ts';
import type { ApiEnv } from './config.ts';
import { createRateLimiter } from './rate-limits.ts';

export type Services = ReturnType<typeof createServices>;

export function createServices(config: ApiEnv, redis: Redis) {
  const scripted = loadScripts(redis);
  const keys = redisKeys(config.REDIS_KEY_PREFIX);
  return {
    config,
    redis: scripted,
    keys,
    auctions: createAuctionStore(scripted, keys),
    accounts: createAccounts(scripted, keys, config.TOKEN_TTL_SECONDS),
    rateLimits: createRateLimiter(scripted, keys, config),
  };
}

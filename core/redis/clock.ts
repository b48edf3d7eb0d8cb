// Redis's clock, the platform's one clock (STYLE.md): what the scripts time
// bids and ends by, read by the code outside them that needs the same time.
import type { Redis } from 'ioredis';

/** Redis's `TIME` in milliseconds since the epoch. */
export async function redisNowMs(redis: Redis): Promise<number> {
  const [seconds, micros] = await redis.time();
  return Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
}

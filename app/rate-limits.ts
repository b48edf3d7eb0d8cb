// Rate limits shared by every replica (state in Redis, GCRA, see
// core/redis/scripts/rateLimit-2.lua). Each action is limited per user or
// account and per IP at once; per-IP limits sit high enough that an office
// or a mobile carrier's NAT full of people is not blocked by one of them.
import { AppError, ErrorCode } from '../core/errors.ts';
import type { RedisKeys } from '../core/redis/keys.ts';
import type { ScriptedRedis } from '../core/redis/scripts.ts';
import type { ApiEnv } from './config.ts';

/** A limit: `rate` requests per minute on average, up to `burst` at once. */
export interface Limit {
  rate: number;
  burst: number;
}

export type LimitedAction =
  | 'bid'
  | 'retract'
  | 'createAuction'
  | 'photo'
  | 'question'
  | 'flag'
  | 'register'
  | 'login'
  | 'passwordReset'
  | 'verificationEmail'
  | 'search';

/** Who a request counts against: the user (or the account tried at login) and the IP. */
export interface Subjects {
  principal?: string;
  ip: string;
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

export function parseLimit(text: string): Limit {
  const [rate, burst] = text.split(',').map(Number) as [number, number];
  return { rate, burst };
}

export function createRateLimiter(redis: ScriptedRedis, keys: RedisKeys, config: ApiEnv) {
  const limits: Record<LimitedAction, { principal: Limit | null; ip: Limit }> = {
    bid: {
      principal: parseLimit(config.RATE_LIMIT_BID_USER),
      ip: parseLimit(config.RATE_LIMIT_BID_IP),
    },
    retract: {
      principal: parseLimit(config.RATE_LIMIT_RETRACT_USER),
      ip: parseLimit(config.RATE_LIMIT_RETRACT_IP),
    },
    createAuction: {
      principal: parseLimit(config.RATE_LIMIT_CREATE_AUCTION_USER),
      ip: parseLimit(config.RATE_LIMIT_CREATE_AUCTION_IP),
    },
    photo: {
      principal: parseLimit(config.RATE_LIMIT_PHOTO_USER),
      ip: parseLimit(config.RATE_LIMIT_PHOTO_IP),
    },
    question: {
      principal: parseLimit(config.RATE_LIMIT_QUESTION_USER),
      ip: parseLimit(config.RATE_LIMIT_QUESTION_IP),
    },
    flag: {
      principal: parseLimit(config.RATE_LIMIT_FLAG_USER),
      ip: parseLimit(config.RATE_LIMIT_FLAG_IP),
    },
    register: { principal: null, ip: parseLimit(config.RATE_LIMIT_REGISTER_IP) },
    login: {
      principal: parseLimit(config.RATE_LIMIT_LOGIN_ACCOUNT),
      ip: parseLimit(config.RATE_LIMIT_LOGIN_IP),
    },
    passwordReset: {
      principal: parseLimit(config.RATE_LIMIT_PASSWORD_RESET_ACCOUNT),
      ip: parseLimit(config.RATE_LIMIT_PASSWORD_RESET_IP),
    },
    verificationEmail: {
      principal: parseLimit(config.RATE_LIMIT_VERIFICATION_EMAIL_ACCOUNT),
      ip: parseLimit(config.RATE_LIMIT_VERIFICATION_EMAIL_IP),
    },
    search: { principal: null, ip: parseLimit(config.RATE_LIMIT_SEARCH_IP) },
  };
  const interval = (limit: Limit | null) =>
    limit && limit.rate > 0 ? String(60_000 / limit.rate) : '0';

  return {
    /** Counts one request; throws RATE_LIMITED (with retryAfterSeconds) when over a limit. */
    async consume(action: LimitedAction, subjects: Subjects): Promise<void> {
      if (!config.RATE_LIMIT_ENABLED) return;
      const limit = limits[action];
      const principal = subjects.principal && limit.principal ? limit.principal : null;
      const [allowed, retryAfterMs] = await redis.rateLimit(
        keys.rateLimit(`${action}:principal`, subjects.principal ?? '-'),
        keys.rateLimit(`${action}:ip`, subjects.ip),
        interval(principal),
        String(principal?.burst ?? 0),
        interval(limit.ip),
        String(limit.ip.burst),
      );
      if (allowed === 1) return;
      const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
      throw new AppError(ErrorCode.RATE_LIMITED, 'Too many requests; try again shortly.', {
        retryAfterSeconds,
      });
    },
  };
}

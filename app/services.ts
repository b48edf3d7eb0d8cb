// What the routes, sockets and monitor need, built once per replica from one
// Redis command connection. Tests build it against their own Redis.
import type { Redis } from 'ioredis';
import { createAuctionStore } from '../core/redis/auction-store.ts';
import { redisKeys } from '../core/redis/keys.ts';
import { createBlockList } from '../core/redis/block-list.ts';
import { createFeedbackStore } from '../core/redis/feedback-store.ts';
import { createAppealStore } from '../core/redis/appeal-store.ts';
import { createBidCancellation } from '../core/redis/bid-cancellation.ts';
import { createBidRetraction } from '../core/redis/bid-retraction.ts';
import { createSellerBidCancellation } from '../core/redis/seller-bid-cancellation.ts';
import { createModerationStore } from '../core/redis/moderation-store.ts';
import { createQuestionStore } from '../core/redis/question-store.ts';
import { createSavedSearchStore } from '../core/redis/saved-searches.ts';
import { loadScripts } from '../core/redis/scripts.ts';
import { createAccounts } from './auth/accounts.ts';
import type { SessionCache } from './auth/session-cache.ts';
import type { ApiEnv } from './config.ts';
import { createBidding } from './bidding.ts';
import { createBiddersCount } from './bidders-count.ts';
import { createMetrics } from './metrics.ts';
import { createRateLimiter } from './rate-limits.ts';
import { createEndedAuctionsIndex, ENDED_SEARCH_DAYS } from './search/ended-auctions-index.ts';
import { createOpenAuctionsIndex } from './search/open-auctions-index.ts';

export type Services = ReturnType<typeof createServices>;

/**
 * `socketCount` reads the replica's open connections, for the metrics;
 * `sessions`, when given, keeps resolved tokens in memory.
 */
export function createServices(
  config: ApiEnv,
  redis: Redis,
  socketCount: () => number,
  sessions?: SessionCache,
) {
  const scripted = loadScripts(redis);
  const keys = redisKeys(config.REDIS_KEY_PREFIX);
  // Outbid notices are queued only where the worker can e-mail them.
  const auctions = createAuctionStore(scripted, keys, { mailNotices: Boolean(config.SMTP_URL) });
  const rateLimits = createRateLimiter(scripted, keys, config);
  const metrics = createMetrics(scripted, keys, socketCount);
  const retraction = createBidRetraction(scripted, keys, { mailNotices: Boolean(config.SMTP_URL) });
  const sellerCancellation = createSellerBidCancellation(scripted, keys, {
    mailNotices: Boolean(config.SMTP_URL),
  });
  return {
    config,
    redis: scripted,
    keys,
    auctions,
    feedback: createFeedbackStore(scripted, keys, { mailNotices: Boolean(config.SMTP_URL) }),
    blockList: createBlockList(scripted, keys),
    savedSearches: createSavedSearchStore(scripted, keys),
    moderation: createModerationStore(scripted, keys, { mailNotices: Boolean(config.SMTP_URL) }),
    bidCancellation: createBidCancellation(scripted, keys, {
      mailNotices: Boolean(config.SMTP_URL),
    }),
    appeals: createAppealStore(scripted, keys, {
      mailNotices: Boolean(config.SMTP_URL),
      byAnotherModerator: config.APPEALS_BY_ANOTHER_MODERATOR,
    }),
    questions: createQuestionStore(scripted, keys, { mailNotices: Boolean(config.SMTP_URL) }),
    accounts: createAccounts(
      scripted,
      keys,
      {
        tokenTtlSeconds: config.TOKEN_TTL_SECONDS,
        saleHoldMs: config.ACCOUNT_DELETION_HOLD_DAYS * 86_400_000,
      },
      sessions,
    ),
    rateLimits,
    metrics,
    bidding: createBidding(auctions, retraction, sellerCancellation, rateLimits, metrics),
    countBidders: createBiddersCount(auctions),
    retraction,
    /** Fed by the event relay and read at start (app.ts). */
    search: createOpenAuctionsIndex(() => auctions.openAuctionEntries()),
    endedSearch: createEndedAuctionsIndex(() => auctions.endedAuctionEntries(ENDED_SEARCH_DAYS)),
  };
}

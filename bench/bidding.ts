// Bid throughput over REST and Socket.IO, on one hot auction (every bidder
// fights over it, so some bids are overtaken: 409) and spread over many
// auctions (nearly all accepted). Many users: each request carries the next
// user's token, each socket signed in as a different user. Afterwards the
// stored chains are checked against what the clients were told.
import type { Redis } from 'ioredis';
import type { StoredBid } from '../core/auction-view.ts';
import { redisKeys } from '../core/redis/keys.ts';
import { register, type Session } from '../tests/support/api-client.ts';
import { chainProblems } from './checks.ts';
import { amountBook, openAuctions, signUpUsers, type AmountBook } from './fixtures.ts';
import { httpLoad, type HttpLoadResult, type HttpLoadSettings } from './http-load.ts';
import { unknownOutcomes, type BidOrder, type SocketBidResult } from './socket-load.ts';

/** Bidders, a seller and open auctions, with an order source over them. */
export async function biddingFixture(url: string, users: number, auctions: number) {
  const bidders = await signUpUsers([url], users);
  const seller = await register(url, 'Seller');
  const auctionIds = (await openAuctions(url, seller, auctions)).map((auction) => auction.id);
  return {
    users: bidders,
    tokens: bidders.map((user) => user.token),
    orders: bidOrders(auctionIds, amountBook()),
  };
}

/** Round-robin over the auctions, the next amount for each. */
export function bidOrders(auctionIds: readonly string[], nextAmount: AmountBook): () => BidOrder {
  let i = 0;
  return () => {
    const auctionId = auctionIds[i++ % auctionIds.length] as string;
    return { auctionId, amount: nextAmount(auctionId) };
  };
}

export function restBids(
  url: string,
  settings: HttpLoadSettings,
  users: readonly Session[],
  orders: () => BidOrder,
): Promise<HttpLoadResult> {
  let n = 0;
  return httpLoad(url, settings, () => {
    const { auctionId, amount } = orders();
    // Shifted by one user per lap, so that when the auction count is a
    // multiple of the user count an auction does not get the same bidder
    // every time (its own leader raising the price, never overtaking anyone):
    // each bid overtakes someone, as in the Socket.IO runs.
    const user = users[(n + Math.floor(n / users.length)) % users.length] as Session;
    n++;
    return {
      path: `/api/auctions/${auctionId}/bids`,
      body: JSON.stringify({ amount }),
      token: user.token,
    };
  });
}

/**
 * What the clients were told: bids accepted (REST 201s, warm-up included,
 * and socket OK acks) and bids whose outcome they do not know (REST requests
 * cut off when a run ended, 5xx answers, socket acks that timed out or said
 * REDIS_UNAVAILABLE).
 */
export function acknowledged(
  rest: readonly HttpLoadResult[],
  sockets: readonly SocketBidResult[],
): { accepted: number; unknown: number } {
  const created = (r: HttpLoadResult) => (r.byStatus['201'] ?? 0) + (r.warmupByStatus['201'] ?? 0);
  const serverErrors = (r: HttpLoadResult) =>
    [r.byStatus, r.warmupByStatus]
      .flatMap((counts) => Object.entries(counts))
      .reduce((sum, [status, n]) => sum + (Number(status) >= 500 ? n : 0), 0);
  return {
    accepted:
      rest.reduce((sum, r) => sum + created(r), 0) +
      sockets.reduce((sum, s) => sum + s.accepted, 0),
    unknown:
      rest.reduce((sum, r) => sum + r.unanswered + serverErrors(r), 0) +
      sockets.reduce((sum, s) => sum + unknownOutcomes(s), 0),
  };
}

/**
 * Each auction's stored chain must be gapless with rising amounts, and all
 * chains together must hold every acknowledged bid, plus at most the bids
 * whose outcome the clients never heard.
 */
export async function checkChains(
  redis: Redis,
  auctionIds: readonly string[],
  told: { accepted: number; unknown: number },
): Promise<string[]> {
  const keys = redisKeys();
  const pipeline = redis.pipeline();
  for (const id of auctionIds) pipeline.zrange(keys.auctionBids(id), 0, '-1');
  const replies = (await pipeline.exec()) ?? [];
  const problems: string[] = [];
  let stored = 0;
  replies.forEach(([error, members], i) => {
    if (error) return void problems.push(`${auctionIds[i]}: ${error.message}`);
    const chain = (members as string[]).map((m) => JSON.parse(m) as StoredBid);
    stored += chain.length;
    const found = chainProblems(chain, chain.length);
    if (found.length && problems.length < 10)
      problems.push(`${auctionIds[i]}: ${found.join('; ')}`);
  });
  if (stored < told.accepted || stored > told.accepted + told.unknown)
    problems.push(
      `${told.accepted} bids acknowledged as accepted (+ ${told.unknown} unanswered), ${stored} stored`,
    );
  return problems;
}

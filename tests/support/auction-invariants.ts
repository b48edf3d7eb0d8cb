// The promises every auction keeps, whatever was thrown at the API, checked
// from the outside (REST and the durable finished stream).
import assert from 'node:assert/strict';
import type { Redis } from 'ioredis';
import { fieldOf } from '../../core/auction-view.ts';
import { redisKeys } from '../../core/redis/keys.ts';
import type { Auction, Bid } from '../../core/schemas.ts';
import { call } from './api-client.ts';

/** The whole bid history of an auction, page by page, in seq order. */
export async function allBids(base: string, auctionId: string): Promise<Bid[]> {
  const bids: Bid[] = [];
  for (;;) {
    const after = bids.at(-1)?.seq ?? 0;
    const page = await call<{ items: Bid[] }>(
      base,
      'GET',
      `/api/auctions/${auctionId}/bids?afterSeq=${after}&limit=500`,
    );
    bids.push(...page.body.items);
    if (page.body.items.length < 500) return bids;
  }
}

/** How many finished-stream entries each auction has. */
export async function finishedCounts(redis: Redis, prefix?: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const [, fields] of await redis.xrange(redisKeys(prefix).finishedStream, '-', '+')) {
    const id = fieldOf(fields, 'auctionId') as string;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * Asserts, for one auction: bid seqs run 1..n without a gap; along the bids
 * that stand (withdrawn ones — retracted, or cancelled by the moderators —
 * keep their seq, marked) the price never falls and rises with every bid but
 * an automatic answer that ties (equal maxima: the earlier one wins at that
 * price); the auction's price, counts, leader and seq agree with its history;
 * a closed auction was announced exactly once and its one winner, when sold,
 * made the last bid that stands; an open or cancelled one never was
 * announced. Returns the history.
 */
export async function assertAuctionInvariants(
  base: string,
  auctionId: string,
  finished: Map<string, number>,
): Promise<Bid[]> {
  const auction = (await call<Auction>(base, 'GET', `/api/auctions/${auctionId}`)).body;
  const bids = await allBids(base, auctionId);
  const where = `auction ${auctionId}`;
  assert.deepEqual(
    bids.map((b) => b.seq),
    bids.map((_, i) => i + 1),
    `${where}: seq from 1 without gaps`,
  );
  const standing = bids.filter((bid) => !bid.cancelled);
  for (const [i, bid] of standing.entries()) {
    const previous = standing[i - 1];
    if (!previous) continue;
    const rises = bid.amount > previous.amount;
    const tie = bid.amount === previous.amount && bid.automatic;
    assert.ok(rises || tie, `${where}: seq ${bid.seq} does not raise the price`);
  }
  const last = standing.at(-1);
  assert.equal(auction.bidCount, standing.length, where);
  assert.equal(auction.cancelledBidCount, bids.length - standing.length, where);
  assert.equal(auction.currentPrice, last?.amount ?? auction.startingPrice, where);
  assert.deepEqual(auction.leader, last?.bidder ?? null, where);
  const ended = auction.status !== 'open';
  assert.equal(auction.seq, bids.length + (ended ? 1 : 0), `${where}: one seq per event`);
  for (const bid of bids) assert.ok(Date.parse(bid.placedAt) <= Date.parse(auction.endsAt), where);
  if (auction.status === 'closed') {
    assert.equal(finished.get(auctionId), 1, `${where}: closed and announced exactly once`);
    const sold = auction.outcome === 'SOLD' || auction.outcome === 'BOUGHT_NOW';
    assert.deepEqual(auction.winner, sold ? last?.bidder : null, `${where}: ${auction.outcome}`);
    if (sold && last) assert.equal(last.buyNow, auction.outcome === 'BOUGHT_NOW', where);
  } else {
    assert.equal(finished.get(auctionId), undefined, `${where}: ${auction.status}, not announced`);
  }
  if (auction.status === 'cancelled') assert.equal(standing.length, 0, where);
  return bids;
}

// Random proxy-bidding histories against a real Redis, for the tests that
// check a withdrawal (a moderator's cancellation, a bidder's retraction)
// against placeBid itself: the same actions, minus the withdrawn ones,
// placed again on a twin auction must leave it where the withdrawal did.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import fc from 'fast-check';
import type { Redis } from 'ioredis';
import { AppError } from '../../core/errors.ts';
import { createAuctionStore, type AuctionStore } from '../../core/redis/auction-store.ts';
import { redisKeys, type RedisKeys } from '../../core/redis/keys.ts';
import { loadScripts, type ScriptedRedis } from '../../core/redis/scripts.ts';
import type { Auction, Bid, PublicUser } from '../../core/schemas.ts';
import { startRedis, type TestRedis } from './redis-server.ts';

/** One step of a random auction: who, and how far above the minimum (in increments). */
export interface Step {
  who: number;
  kind: 'bid' | 'proxy' | 'raise';
  above: number;
  maxAbove: number;
}
export const steps = (bidders: number) =>
  fc.array(
    fc.record({
      who: fc.integer({ min: 0, max: bidders - 1 }),
      kind: fc.constantFrom('bid', 'proxy', 'proxy', 'raise'),
      above: fc.integer({ min: 0, max: 3 }),
      maxAbove: fc.integer({ min: 0, max: 12 }),
    }),
    { minLength: 1, maxLength: 12 },
  );

/** How the auction is listed: each rule that changes what a bid does. */
export interface Setting {
  minIncrement?: number;
  reservePrice?: number;
  buyNowPrice?: number;
  durationMs?: number;
}
export const listingRules = {
  minIncrement: fc.constantFrom(100, undefined),
  reservePrice: fc.constantFrom(undefined, 2500, 4000),
  buyNowPrice: fc.constantFrom(undefined, 9000),
};

/** An action as placed, with the auction's seq before it: replayed as is on the twin. */
export interface Placed {
  bidder: PublicUser;
  amount: number;
  maxAmount?: number;
  raise: boolean;
  seqBefore?: number;
}

export function proxyBiddingWorld(
  store: AuctionStore,
  raw: Redis,
  keys: RedisKeys,
  seller: PublicUser,
  bidders: PublicUser[],
) {
  return {
    newAuction: (extra: Setting) =>
      store.create({
        seller,
        title: 'Relógio antigo',
        description: 'Funciona',
        startingPrice: 1000,
        minIncrement: extra.minIncrement ?? null,
        reservePrice: extra.reservePrice,
        buyNowPrice: extra.buyNowPrice,
        softCloseSeconds: 0,
        durationMs: extra.durationMs ?? 600_000,
        endingSoonMs: 0,
      }),

    /** Places the action; false when the rules refused it. */
    async place(auctionId: string, action: Placed): Promise<boolean> {
      try {
        if (action.raise)
          await store.raiseMaximum(auctionId, action.bidder, action.maxAmount as number);
        else await store.placeBid(auctionId, action.bidder, action.amount, action);
        return true;
      } catch (error) {
        if (error instanceof AppError) return false;
        throw error;
      }
    },

    /** Turns a random step into an action against the auction as it stands. */
    async actionFor(auctionId: string, { who, kind, above, maxAbove }: Step): Promise<Placed> {
      const auction = (await store.get(auctionId)) as Auction;
      const bidder = bidders[who] as PublicUser;
      const amount = auction.minimumBid + above * auction.minIncrement;
      const seqBefore = auction.seq;
      if (kind === 'bid') return { bidder, amount, raise: false, seqBefore };
      const maxAmount = amount + maxAbove * auction.minIncrement;
      return { bidder, amount, maxAmount, raise: kind === 'raise', seqBefore };
    },

    /** What proxy bidding decides: compared between an auction and its twin. */
    async standing(auctionId: string) {
      const auction = (await store.get(auctionId)) as Auction;
      const proxyMax = await raw.hget(keys.auction(auctionId), 'proxyMax');
      return {
        leader: auction.leader?.id ?? null,
        currentPrice: auction.currentPrice,
        minimumBid: auction.minimumBid,
        proxyMax: proxyMax || null,
        reserveMet: auction.reserveMet,
        buyNowAvailable: auction.buyNowAvailable,
        hasBids: auction.bidCount > 0,
      };
    },

    /** The maxima that stay keep answering: the next bid plays out alike on both. */
    async nextBidPlaysAlike(real: string, twin: string, who: number) {
      const next = await this.actionFor(real, { who, kind: 'proxy', above: 1, maxAbove: 2 });
      assert.equal(await this.place(real, next), await this.place(twin, next));
      assert.deepEqual(await this.standing(real), await this.standing(twin));
    },
  };
}

/** A proxy-bidding world on a Redis of its own, made in before() and stopped in after(). */
export type ProxyBiddingWorld = ReturnType<typeof proxyBiddingWorld> & {
  redis: TestRedis;
  raw: Redis;
  scripted: ScriptedRedis;
  store: AuctionStore;
  keys: RedisKeys;
};

/**
 * Starts a Redis, under `prefix`, with `people` as accounts; `seller` lists
 * the auctions and `bidders` are who random steps pick; `setup` runs last.
 * Its fields are set in before() (node:test does not wait for one top-level
 * before() to finish before starting the next, hence `setup`): read them
 * inside tests only.
 */
export function useProxyBiddingWorld(
  prefix: string,
  seller: PublicUser,
  bidders: PublicUser[],
  { people = [], setup }: { people?: PublicUser[]; setup?: (world: ProxyBiddingWorld) => unknown },
): ProxyBiddingWorld {
  const keys = redisKeys(prefix);
  const world = { keys } as ProxyBiddingWorld;
  before(async () => {
    const redis = await startRedis();
    const raw = redis.client();
    const scripted = loadScripts(redis.client());
    const store = createAuctionStore(scripted, keys);
    Object.assign(world, { redis, raw, scripted, store });
    Object.assign(world, proxyBiddingWorld(store, raw, keys, seller, bidders));
    for (const { id, name } of [seller, ...bidders, ...people])
      await raw.hset(keys.user(id), 'id', id, 'name', name);
    await setup?.(world);
  });
  after(() => world.redis.stop());
  return world;
}

/**
 * The stored chain after a withdrawal: numbered with no gap, counted, the
 * standing bids rising, the last one the leader's at the price.
 */
export function checkChain(auction: Auction, bids: Bid[]) {
  assert.deepEqual(
    bids.map((bid) => bid.seq),
    bids.map((_bid, i) => i + 1),
  );
  assert.equal(auction.seq, bids.length);
  const stand = bids.filter((bid) => !bid.cancelled);
  assert.equal(auction.bidCount, stand.length);
  assert.equal(auction.cancelledBidCount, bids.length - stand.length);
  for (let i = 1; i < stand.length; i += 1)
    assert.ok((stand[i] as Bid).amount >= (stand[i - 1] as Bid).amount, 'standing bids rise');
  const last = stand.at(-1);
  if (!last) return assert.equal(auction.leader, null);
  assert.deepEqual([last.bidder.id, last.amount], [auction.leader?.id, auction.currentPrice]);
}

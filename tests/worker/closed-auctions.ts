// Makes closed auctions the way the API does: create, bid (directly, with a
// secret maximum, or Buy It Now), wait for the end, then closeDue — exactly
// what the API's monitor calls — so the worker reads real stream entries
// written by the real Lua scripts.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { createAuctionStore, type AuctionStore } from '../../core/redis/auction-store.ts';
import { redisKeys } from '../../core/redis/keys.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import type { Auction } from '../../core/schemas.ts';

export const seller = { id: 'seller-1', name: 'Ana Vendedora' };
export const bidders = [
  { id: 'bidder-1', name: 'Bruno' },
  { id: 'bidder-2', name: 'Carla' },
  { id: 'bidder-3', name: 'Davi' },
];

export const SELLER_ADDRESS = 'ana@example.com';

/** Where the test seller and bidders get e-mail, once storeAccounts wrote their accounts. */
export const addressOf = (who: { id: string; name: string }) =>
  who.id === seller.id ? SELLER_ADDRESS : `${who.name.toLowerCase()}@example.com`;

/** Accounts for the test seller and bidders, with addresses, as registration would store them. */
export async function storeAccounts(client: Redis, prefix: string): Promise<void> {
  const keys = redisKeys(prefix);
  for (const who of [seller, ...bidders])
    await client.hset(keys.user(who.id), { ...who, email: addressOf(who) });
}

/** [bidder index, amount in centavos, optional secret maximum for automatic bidding]. */
export type PlannedBid = [number, number] | [number, number, number];

export interface AuctionPlan {
  title?: string;
  description?: string;
  startingPrice?: number;
  /** Default 100; null: the default increment table. */
  minIncrement?: number | null;
  /** Bids in order. */
  bids?: PlannedBid[];
  reservePrice?: number;
  buyNowPrice?: number;
  /** After the bids, this bidder buys it now, which closes it at once. */
  buyNowBy?: number;
  /** Default 0: no extension. */
  softCloseSeconds?: number;
  /** Hard deadline for extensions, in ms after creation. */
  maxEndsInMs?: number;
  /** Photos the seller adds first (stand-in bytes: the worker only links them). */
  photos?: number;
}

/**
 * A store on this connection whose seller and bidders have accounts, as the
 * scripts require (a deleted account can neither sell nor bid). The accounts
 * are written first on the same connection, so Redis has them before any
 * script the store runs; HSETNX leaves an account a test wrote itself as it is.
 */
export function storeFor(redis: Redis, prefix: string): AuctionStore {
  const keys = redisKeys(prefix);
  for (const { id, name } of [seller, ...bidders])
    redis.hsetnx(keys.user(id), 'name', name).catch(() => {}); // a failure shows as the scripts' refusal
  return createAuctionStore(loadScripts(redis), keys, { mailNotices: true });
}

/** An auction of the seller's, open for a minute (nobody bids unless the test does). */
export function openListing(
  store: AuctionStore,
  title: string,
  over: { description?: string; startingPrice?: number } = {},
): Promise<Auction> {
  return store.create({
    seller,
    title,
    description: over.description ?? '',
    startingPrice: over.startingPrice ?? 1000,
    minIncrement: 100,
    softCloseSeconds: 0,
    durationMs: 60_000,
    endingSoonMs: 0,
  });
}

const DURATION_MS = 300;
const CLOSE_TIMEOUT_MS = 10_000;

/** Creates one auction (300 ms long) and places its bids; true when it was bought now. */
export async function startAuction(
  store: AuctionStore,
  plan: AuctionPlan,
): Promise<{ auction: Auction; boughtNow: boolean }> {
  const auction = await store.create({
    seller,
    title: plan.title ?? 'Bicicleta aro 29',
    description: plan.description ?? 'Quadro de alumínio, pouco usada.',
    startingPrice: plan.startingPrice ?? 80_000,
    minIncrement: plan.minIncrement === undefined ? 100 : plan.minIncrement,
    softCloseSeconds: plan.softCloseSeconds ?? 0,
    durationMs: DURATION_MS,
    endingSoonMs: 0, // no ending-soon notice
    ...(plan.reservePrice === undefined ? {} : { reservePrice: plan.reservePrice }),
    ...(plan.buyNowPrice === undefined ? {} : { buyNowPrice: plan.buyNowPrice }),
    ...(plan.maxEndsInMs === undefined ? {} : { maxEndsAtMs: Date.now() + plan.maxEndsInMs }),
  });
  for (let i = 0; i < (plan.photos ?? 0); i++) {
    const bytes = Buffer.from(`photo ${i}`);
    await store.addPhoto(auction.id, seller, {
      full: bytes,
      thumbnail: bytes,
      width: 8,
      height: 6,
    });
  }
  for (const [bidder, amount, maxAmount] of plan.bids ?? [])
    await store.placeBid(auction.id, bidders[bidder]!, amount, maxAmount ? { maxAmount } : {});
  if (plan.buyNowBy === undefined) return { auction, boughtNow: false };
  await store.buyNow(auction.id, bidders[plan.buyNowBy]!);
  return { auction, boughtNow: true };
}

/** Creates the auctions, places their bids, and closes them all (closeDue, or Buy It Now). */
export async function closedAuctions(
  store: AuctionStore,
  plans: AuctionPlan[],
): Promise<Auction[]> {
  const created: Auction[] = [];
  let closed = 0;
  for (const plan of plans) {
    const { auction, boughtNow } = await startAuction(store, plan);
    created.push(auction);
    if (boughtNow) closed += 1;
  }
  await sleep(DURATION_MS + 20);
  const deadline = Date.now() + CLOSE_TIMEOUT_MS;
  while (closed < plans.length) {
    if (Date.now() > deadline) throw new Error(`only ${closed}/${plans.length} auctions closed`);
    closed += (await store.closeDue(1000)).closed;
    if (closed < plans.length) await sleep(20);
  }
  return created;
}

// Makes closed auctions the way the API does: create, bid, wait for the end,
// then closeDue — exactly what the API's monitor calls — so the worker reads
// real stream entries written by the real Lua script.
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

export interface AuctionPlan {
  title?: string;
  description?: string;
  startingPrice?: number;
  /** Bids in order: [bidder index, amount in centavos]. */
  bids?: [number, number][];
}

export function storeFor(redis: Redis, prefix: string): AuctionStore {
  return createAuctionStore(loadScripts(redis), redisKeys(prefix));
}

/** Creates the auctions (50 ms long), places their bids, and closes them all. */
export async function closedAuctions(
  store: AuctionStore,
  plans: AuctionPlan[],
): Promise<Auction[]> {
  const created: Auction[] = [];
  for (const plan of plans) {
    const auction = await store.create({
      seller,
      title: plan.title ?? 'Bicicleta aro 29',
      description: plan.description ?? 'Quadro de alumínio, pouco usada.',
      startingPrice: plan.startingPrice ?? 80_000,
      minIncrement: 100,
      softCloseSeconds: 0,
      durationMs: 300,
    });
    for (const [bidder, amount] of plan.bids ?? [])
      await store.placeBid(auction.id, bidders[bidder]!, amount);
    created.push(auction);
  }
  await sleep(320);
  let closed = 0;
  while (closed < plans.length) {
    const result = await store.closeDue(1000);
    closed += result.closed;
    if (closed < plans.length) await sleep(20);
  }
  return created;
}

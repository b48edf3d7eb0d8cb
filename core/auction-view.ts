// Turns what Redis stores (flat hash fields, raw bid records with ms times)
// into the public shapes of core/schemas.ts. The only place that does so.
import { minimumBid } from './rules.ts';
import type { Auction, Bid, PublicUser } from './schemas.ts';

/** An auction hash as HGETALL returns it: alternating field names and values. */
export type FlatHash = string[];

/** A bid as the placeBid script stores it in the bids sorted set. */
export interface StoredBid {
  id: string;
  auctionId: string;
  seq: number;
  amount: number;
  bidderId: string;
  bidderName: string;
  placedAt: number;
}

/** Events the Lua scripts publish on the events channel. */
export type StoreEvent =
  | { type: 'bid:placed'; state: FlatHash; bid: StoredBid }
  | { type: 'auction:created'; state: FlatHash }
  | { type: 'auction:closed'; state: FlatHash }
  /** Published by the worker when an auction's report is stored. */
  | { type: 'auction:report'; auctionId: string };

export function hashToRecord(flat: FlatHash): Record<string, string> {
  const record: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) record[flat[i] as string] = flat[i + 1] as string;
  return record;
}

const iso = (ms: string | number) => new Date(Number(ms)).toISOString();

function person(id: string | undefined, name: string | undefined): PublicUser | null {
  return id ? { id, name: name ?? '' } : null;
}

export function toAuction(fields: Record<string, string>): Auction {
  const price = {
    startingPrice: Number(fields.startingPrice),
    currentPrice: Number(fields.currentPrice),
    minIncrement: Number(fields.minIncrement),
    bidCount: Number(fields.bidCount),
  };
  const closed = fields.status === 'closed';
  const leader = person(fields.leaderId, fields.leaderName);
  return {
    id: fields.id as string,
    title: fields.title ?? '',
    description: fields.description ?? '',
    seller: { id: fields.sellerId as string, name: fields.sellerName ?? '' },
    status: closed ? 'closed' : 'open',
    ...price,
    minimumBid: minimumBid(price),
    softCloseSeconds: Number(fields.softCloseSeconds),
    leader,
    endsAt: iso(fields.endsAt as string),
    createdAt: iso(fields.createdAt as string),
    closedAt: fields.closedAt ? iso(fields.closedAt) : null,
    winner: closed ? leader : null,
    seq: Number(fields.seq),
  };
}

export function toBid(stored: StoredBid): Bid {
  return {
    id: stored.id,
    auctionId: stored.auctionId,
    seq: stored.seq,
    amount: stored.amount,
    bidder: { id: stored.bidderId, name: stored.bidderName },
    placedAt: iso(stored.placedAt),
  };
}

// The typed face of the auction scripts and keys. API replicas, the monitor
// and the worker all reach auction state through this module only.
import { randomUUID } from 'node:crypto';
import {
  hashToRecord,
  toAuction,
  toBid,
  type StoreEvent,
  type StoredBid,
} from '../auction-view.ts';
import { errors } from '../errors.ts';
import { MAX_DURATION_SECONDS, type Auction, type Bid, type PublicUser } from '../schemas.ts';
import { FINISHED_CHANNEL, type RedisKeys } from './keys.ts';
import { scriptError, ScriptCode } from './script-codes.ts';
import type { ScriptedRedis } from './scripts.ts';

export interface NewAuction {
  seller: PublicUser;
  title: string;
  description: string;
  startingPrice: number;
  minIncrement: number;
  softCloseSeconds: number;
  /** Exactly one of the two: a duration, or an absolute end (ms since epoch). */
  durationMs?: number;
  endsAtMs?: number;
}

export interface AuctionPage {
  items: Auction[];
  nextCursor: string | null;
}

export type AuctionStore = ReturnType<typeof createAuctionStore>;

export function createAuctionStore(redis: ScriptedRedis, keys: RedisKeys) {
  return {
    async create(input: NewAuction): Promise<Auction> {
      const id = randomUUID();
      const reply = await redis.createAuction(
        keys.auction(id),
        keys.openAuctions,
        id,
        input.title,
        input.description,
        input.seller.id,
        input.seller.name,
        String(input.startingPrice),
        String(input.minIncrement),
        String(input.softCloseSeconds),
        input.durationMs === undefined ? '' : String(input.durationMs),
        input.endsAtMs === undefined ? '' : String(input.endsAtMs),
        String(MAX_DURATION_SECONDS * 1000),
        keys.eventsChannel,
      );
      if (reply[0] !== ScriptCode.OK) throw scriptError(reply);
      const event = JSON.parse(reply[1] as string) as Extract<
        StoreEvent,
        { type: 'auction:created' }
      >;
      return toAuction(hashToRecord(event.state));
    },

    /** With an `idempotencyKey`, a retry returns the first reply instead of bidding again. */
    async placeBid(
      auctionId: string,
      bidder: PublicUser,
      amount: number,
      idempotencyKey?: string,
    ): Promise<{ bid: Bid; auction: Auction }> {
      const reply = await redis.placeBid(
        keys.auction(auctionId),
        keys.auctionBids(auctionId),
        keys.openAuctions,
        keys.bidIdempotency(bidder.id, idempotencyKey ?? '-'),
        randomUUID(),
        bidder.id,
        bidder.name,
        String(amount),
        keys.eventsChannel,
        idempotencyKey === undefined ? '0' : '1',
      );
      if (reply[0] !== ScriptCode.OK) throw scriptError(reply);
      const event = JSON.parse(reply[1] as string) as Extract<StoreEvent, { type: 'bid:placed' }>;
      return { bid: toBid(event.bid), auction: toAuction(hashToRecord(event.state)) };
    },

    async get(auctionId: string): Promise<Auction | null> {
      const fields = await redis.hgetall(keys.auction(auctionId));
      return fields.id ? toAuction(fields) : null;
    },

    /** Bids with seq > afterSeq, in seq order. */
    async bids(auctionId: string, afterSeq = 0, limit = 100): Promise<Bid[]> {
      const members = await redis.zrangebyscore(
        keys.auctionBids(auctionId),
        `(${afterSeq}`,
        '+inf',
        'LIMIT',
        0,
        limit,
      );
      return members.map((member) => toBid(JSON.parse(member) as StoredBid));
    },

    async list(status: 'open' | 'closed', limit: number, cursor?: string): Promise<AuctionPage> {
      const after = cursor === undefined ? null : decodeCursor(cursor);
      const rows = await redis.listAuctions(
        status === 'open' ? keys.openAuctions : keys.closedAuctions,
        status === 'open' ? 'asc' : 'desc',
        after ? String(after.score) : '',
        after ? after.id : '',
        String(limit),
        keys.auctionPrefix,
      );
      // A listed id whose hash is gone (deleted by hand) is skipped, not a 500.
      const page = rows.filter((row) => row.length > 2).slice(0, limit);
      const items = page.map((row) => toAuction(hashToRecord(row.slice(2))));
      const last = page.at(-1);
      const nextCursor =
        rows.length > limit && last ? encodeCursor(Number(last[1]), last[0] as string) : null;
      return { items, nextCursor };
    },

    /**
     * Closes what is due. Returns how many closed, how late each close was
     * (ms after its end) and ms until the next end (-1: none open).
     */
    async closeDue(
      batchSize: number,
    ): Promise<{ closed: number; msUntilNextDue: number; lagsMs: number[] }> {
      const [closed = 0, msUntilNextDue = -1, ...lagsMs] = await redis.closeDueAuctions(
        keys.openAuctions,
        keys.closedAuctions,
        keys.finishedStream,
        keys.auctionPrefix,
        String(batchSize),
        keys.eventsChannel,
        FINISHED_CHANNEL,
      );
      return { closed, msUntilNextDue, lagsMs };
    },
  };
}

function encodeCursor(score: number, id: string): string {
  return Buffer.from(JSON.stringify([score, id])).toString('base64url');
}

function decodeCursor(cursor: string): { score: number; id: string } {
  try {
    const [score, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (Number.isSafeInteger(score) && typeof id === 'string')
      return { score: score as number, id };
  } catch {
    // fall through: any undecodable cursor is the client's mistake
  }
  throw errors.validation('Invalid cursor.');
}

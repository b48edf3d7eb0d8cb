// The typed face of the auction scripts and keys. API replicas, the monitor
// and the worker all reach auction state through this module only; its
// photos, lists and search readings are in auction-photos.ts,
// auction-lists.ts and search-entries.ts, spread in here.
import { randomUUID } from 'node:crypto';
import {
  auctionAfterBids,
  toAuction,
  toBid,
  type FlatHash,
  type StoredBid,
} from '../auction-view.ts';
import {
  MAX_DURATION_SECONDS,
  type Auction,
  type AuctionCategory,
  type Bid,
  type PublicUser,
} from '../schemas.ts';
import { createAuctionLists } from './auction-lists.ts';
import { createAuctionPhotos } from './auction-photos.ts';
import { FINISHED_CHANNEL, NOTICE_STREAM_CAP, type RedisKeys } from './keys.ts';
import { scriptError, ScriptCode } from './script-codes.ts';
import type { ScriptedRedis } from './scripts.ts';
import { createSearchEntries } from './search-entries.ts';
import { stateEvent } from './state-event.ts';

export interface NewAuction {
  seller: PublicUser;
  title: string;
  description: string;
  startingPrice: number;
  /** null: the default increment table (core/rules.ts). */
  minIncrement: number | null;
  softCloseSeconds: number;
  /** Exactly one of the two: a duration (from the start), or an absolute end (ms). */
  durationMs?: number;
  endsAtMs?: number;
  /** Optional, ms since epoch: a scheduled start, a hard deadline for extensions. */
  startsAtMs?: number;
  maxEndsAtMs?: number;
  reservePrice?: number;
  buyNowPrice?: number;
  /** How long before the end watchers get `auction:ending-soon` (0: never). */
  endingSoonMs: number;
  /** How long before the end the worker e-mails the watchers and bidders (0 or absent: never). */
  endingSoonEmailMs?: number;
  /** Absent: `other`. */
  category?: AuctionCategory;
}

/** What a seller may correct before the first bid; undefined: unchanged. */
export interface AuctionEdit {
  title?: string;
  description?: string;
  category?: AuctionCategory;
}

/** What a bid (or Buy It Now) did: the bidder's own bid, every bid it caused, the result. */
export interface BidOutcome {
  bid: Bid;
  bids: Bid[];
  auction: Auction;
  leading: boolean;
}

export type AuctionStore = ReturnType<typeof createAuctionStore>;

/** Bids read per round trip when a whole history is read. */
const BIDS_PAGE = 500;

/**
 * Outbid notices kept for the worker, about: a worker away longer than that
 * many overtakings would e-mail news nobody needs any more (a few MB of Redis).
 * ('0' tells the script to queue none.)
 */
const OUTBID_STREAM_MAXLEN = 100_000;
/** Auctions whose watchers and bidders are still to be told they end soon, kept for the worker, about. */
const ENDING_SOON_STREAM_MAXLEN = 100_000;

const optional = (value: number | null | undefined) =>
  value === undefined || value === null ? '' : String(value);

/**
 * placeBid-8.lua's keys and arguments, written once: for our store, and for
 * the bench's bare route that runs the script alone (bench/bare-server.ts).
 */
export function placeBidArguments(
  keys: RedisKeys,
  auctionId: string,
  bidder: PublicUser,
  amount: number,
  options: {
    maxAmount?: number;
    idempotencyKey?: string;
    maxOnly?: boolean;
    /** Queue an outbid e-mail for the overtaken leader. */
    mailNotices?: boolean;
    eventsChannel?: string;
  },
): string[] {
  return [
    keys.auction(auctionId),
    keys.auctionBids(auctionId),
    keys.openAuctions,
    keys.bidIdempotency(bidder.id, options.idempotencyKey ?? '-'),
    keys.endingSoon,
    keys.userBuying(bidder.id),
    keys.user(bidder.id),
    keys.outbidStream,
    randomUUID(),
    bidder.id,
    bidder.name,
    String(amount),
    options.eventsChannel ?? keys.eventsChannel,
    options.idempotencyKey === undefined ? '0' : '1',
    optional(options.maxAmount),
    randomUUID(),
    options.maxOnly ? '1' : '0',
    options.mailNotices ? String(OUTBID_STREAM_MAXLEN) : '0',
    keys.userPrefix,
  ];
}

function bidOutcome(reply: [number, string?]): BidOutcome {
  if (reply[0] !== ScriptCode.OK) throw scriptError(reply);
  const result = JSON.parse(reply[1] as string) as {
    state: FlatHash;
    bids: StoredBid[];
    leading: boolean;
  };
  // cjson encodes an empty Lua table as {}: a raised maximum may place no bid.
  const stored = Array.isArray(result.bids) ? result.bids : [];
  const bids = stored.map(toBid);
  return {
    bid: bids[0] as Bid,
    bids,
    auction: auctionAfterBids(result.state, stored),
    leading: result.leading,
  };
}

export interface AuctionStoreOptions {
  /**
   * Queue notices for the worker's e-mails, where the platform sends e-mail
   * (SMTP_URL): an outbid notice each time a bid takes the lead from someone
   * (about 5 µs of Redis per such bid, docs/performance.md), and the auctions
   * whose watchers and bidders are to be told they end soon. Nothing without a relay.
   */
  mailNotices?: boolean;
}

export function createAuctionStore(
  redis: ScriptedRedis,
  keys: RedisKeys,
  { mailNotices = false }: AuctionStoreOptions = {},
) {
  async function bidsAfter(auctionId: string, afterSeq = 0, limit = 100): Promise<Bid[]> {
    const members = await redis.zrangebyscore(
      keys.auctionBids(auctionId),
      `(${afterSeq}`,
      '+inf',
      'LIMIT',
      0,
      limit,
    );
    return members.map((member) => toBid(JSON.parse(member) as StoredBid));
  }

  /** The one caller of placeBid-8.lua in the platform. */
  async function runPlaceBid(
    auctionId: string,
    bidder: PublicUser,
    amount: number,
    options: { maxAmount?: number; idempotencyKey?: string; maxOnly?: boolean },
  ): Promise<BidOutcome> {
    const reply = await redis.placeBid(
      ...placeBidArguments(keys, auctionId, bidder, amount, { ...options, mailNotices }),
    );
    return bidOutcome(reply);
  }

  return {
    ...createAuctionPhotos(redis, keys),
    ...createAuctionLists(redis, keys),
    ...createSearchEntries(redis, keys),

    async create(input: NewAuction): Promise<Auction> {
      const id = randomUUID();
      const reply = await redis.createAuction(
        keys.auction(id),
        keys.openAuctions,
        keys.endingSoon,
        keys.userSelling(input.seller.id),
        keys.openByListing,
        keys.user(input.seller.id),
        keys.endingSoonMail,
        keys.listingStream,
        id,
        input.title,
        input.description,
        input.seller.id,
        input.seller.name,
        String(input.startingPrice),
        optional(input.minIncrement),
        String(input.softCloseSeconds),
        optional(input.durationMs),
        optional(input.endsAtMs),
        String(MAX_DURATION_SECONDS * 1000),
        keys.eventsChannel,
        optional(input.startsAtMs),
        optional(input.maxEndsAtMs),
        optional(input.reservePrice),
        optional(input.buyNowPrice),
        String(input.endingSoonMs),
        String(input.endingSoonEmailMs ?? 0),
        input.category ?? 'other',
        NOTICE_STREAM_CAP,
      );
      return stateEvent(reply);
    },

    /**
     * A bid, with an optional secret `maxAmount` for automatic bidding. With
     * an `idempotencyKey`, a retry returns the first reply instead of bidding again.
     */
    placeBid(
      auctionId: string,
      bidder: PublicUser,
      amount: number,
      options: { maxAmount?: number; idempotencyKey?: string } = {},
    ): Promise<BidOutcome> {
      return runPlaceBid(auctionId, bidder, amount, options);
    },

    /**
     * The leader raises their secret maximum without bidding. `bids` holds
     * the automatic bid placed when the new maximum reaches a hidden reserve.
     */
    async raiseMaximum(
      auctionId: string,
      leader: PublicUser,
      maxAmount: number,
    ): Promise<{ auction: Auction; bids: Bid[]; maxAmount: number }> {
      const outcome = await runPlaceBid(auctionId, leader, maxAmount, {
        maxAmount,
        maxOnly: true,
      });
      return { auction: outcome.auction, bids: outcome.bids, maxAmount };
    },

    /** Takes the auction at its Buy It Now price and closes it at once. */
    async buyNow(auctionId: string, buyer: PublicUser): Promise<BidOutcome> {
      const reply = await redis.buyNow(
        keys.auction(auctionId),
        keys.auctionBids(auctionId),
        keys.openAuctions,
        keys.closedAuctions,
        keys.finishedStream,
        keys.userBuying(buyer.id),
        keys.openByListing,
        keys.user(buyer.id),
        randomUUID(),
        buyer.id,
        buyer.name,
        keys.eventsChannel,
        FINISHED_CHANNEL,
        keys.userPrefix,
      );
      return bidOutcome(reply);
    },

    /** The seller cancels, before the first bid only. */
    async cancel(auctionId: string, seller: PublicUser): Promise<Auction> {
      const reply = await redis.cancelAuction(
        keys.auction(auctionId),
        keys.openAuctions,
        keys.endingSoon,
        keys.openByListing,
        seller.id,
        keys.eventsChannel,
      );
      return stateEvent(reply);
    },

    /** The seller corrects the title or the description, before the first bid only. */
    async edit(auctionId: string, seller: PublicUser, changes: AuctionEdit): Promise<Auction> {
      const reply = await redis.editAuction(
        keys.auction(auctionId),
        seller.id,
        keys.eventsChannel,
        changes.title === undefined ? '0' : '1',
        changes.title ?? '',
        changes.description === undefined ? '0' : '1',
        changes.description ?? '',
        changes.category === undefined ? '0' : '1',
        changes.category ?? '',
      );
      return stateEvent(reply);
    },

    /**
     * The user's own secret maximum while they lead (null otherwise: a
     * passed maximum is gone), or undefined when the auction does not exist.
     */
    async ownMaximum(auctionId: string, userId: string): Promise<number | null | undefined> {
      const [id, leaderId, proxyMax] = await redis.hmget(
        keys.auction(auctionId),
        'id',
        'leaderId',
        'proxyMax',
      );
      if (!id) return undefined;
      return leaderId === userId && proxyMax ? Number(proxyMax) : null;
    },

    async get(auctionId: string): Promise<Auction | null> {
      const fields = await redis.hgetall(keys.auction(auctionId));
      return fields.id ? toAuction(fields) : null;
    },

    /** The whole bid history (or what follows `afterSeq`), in seq order, read a page at a time. */
    async allBids(auctionId: string, afterSeq = 0): Promise<Bid[]> {
      const all: Bid[] = [];
      for (;;) {
        const page = await bidsAfter(auctionId, all.at(-1)?.seq ?? afterSeq, BIDS_PAGE);
        all.push(...page);
        if (page.length < BIDS_PAGE) return all;
      }
    },

    /** Bids with seq > afterSeq, in seq order. */
    bids: bidsAfter,

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
        keys.endingSoon,
        keys.openByListing,
        keys.endingSoonMail,
        keys.endingSoonStream,
        keys.auctionPrefix,
        String(batchSize),
        keys.eventsChannel,
        FINISHED_CHANNEL,
        mailNotices ? String(ENDING_SOON_STREAM_MAXLEN) : '0',
      );
      return { closed, msUntilNextDue, lagsMs };
    },
  };
}

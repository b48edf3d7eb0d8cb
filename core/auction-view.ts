// Turns what Redis stores (flat hash fields, raw bid records with ms times)
// into the public shapes of core/schemas.ts. The only place that does so.
import { buyNowAvailable, incrementAt, minimumBid, reserveMet } from './rules.ts';
import type { StoredFeedback } from './redis/feedback-store.ts';
import type { StoredQuestion } from './redis/question-store.ts';
import type {
  Auction,
  AuctionCategory,
  AuctionPhoto,
  Bid,
  FlagReason,
  PublicUser,
} from './schemas.ts';

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
  automatic?: boolean;
  buyNow?: boolean;
  /** Set when the bid was withdrawn (core/redis/scripts/lib/withdraw.lua): it no longer counts. */
  cancelled?: boolean;
  /** Withdrawn by its bidder's retraction (retractBid), not by the moderators. */
  retracted?: boolean;
  /** Withdrawn by the seller's cancellation (sellerCancelBids). */
  cancelledBySeller?: boolean;
}

/** Events the Lua scripts publish on the events channel. */
/** One person a new listing matches a saved search of (the first, oldest, of theirs it matches). */
export interface SearchMatch {
  userId: string;
  searchId: string;
  /** As they typed it; '' for a category alone. */
  query: string;
  category: AuctionCategory | null;
}

export type StoreEvent =
  /**
   * Everything one bid did, in one publication: the bids it placed (an
   * automatic answer may follow the bidder's own), whether it extended the
   * end, who it overtook. cjson encodes an empty list as {}.
   */
  | {
      type: 'bids:placed';
      state: FlatHash;
      bids: StoredBid[];
      extended: boolean;
      outbidUserIds: string[] | Record<string, never>;
    }
  | { type: 'auction:created'; state: FlatHash }
  | { type: 'auction:closed'; state: FlatHash }
  | { type: 'auction:cancelled'; state: FlatHash }
  /** A moderator took down an auction that had ended (an open one is `auction:cancelled`). */
  | { type: 'auction:removed'; state: FlatHash }
  /** The seller corrected the title or the description (before the first bid). */
  | { type: 'auction:edited'; state: FlatHash }
  /**
   * Bids on this auction were withdrawn (and the automatic answers to them):
   * a suspended account's by the moderators, a bidder's own retraction, or
   * one bidder's by the seller (`bidderId`); `bids` holds the automatic bid
   * that puts the new leader at the new price, when one was needed.
   * `reason` is missing from a previous release's scripts, which only
   * cancelled.
   */
  | {
      type: 'bids:cancelled';
      reason?: 'moderation' | 'retraction' | 'seller';
      bidderId?: string;
      state: FlatHash;
      cancelledBidIds: string[] | Record<string, never>;
      bids: StoredBid[] | Record<string, never>;
    }
  /** Buy It Now tells the overtaken leader after the close. */
  | { type: 'bid:outbid'; state: FlatHash; userIds: string[] }
  | {
      type: 'auction:ending-soon';
      auctionId: string;
      endsAt: string;
      state: FlatHash;
      watcherIds: string[];
    }
  /** The moderation queue changed for this auction: reported, removed or kept. */
  | { type: 'moderation:queue'; auctionId: string }
  /**
   * A moderator decided on reports of this auction: what, when (ms), its
   * title, and whom to tell — the round's authors for a keep, every author
   * for a removal.
   */
  | {
      type: 'reports:decided';
      auctionId: string;
      decided: {
        decision: 'kept' | 'removed';
        at: number;
        title: string;
        reporterIds: string[];
      };
    }
  | {
      type: 'moderation:appeals';
      appealId: string;
      /** When a moderator decided it: whose it is, for their devices. */
      decided?: { userId: string; auctionId: string | null; status: 'upheld' | 'reversed' };
    }
  /** An account was granted or lost moderation (app/moderator.ts). */
  | { type: 'moderator:changed'; userId: string; moderator: boolean }
  /** Published by the worker when a new listing matches saved searches (worker/search-alerts.ts). */
  | {
      type: 'search:matched';
      state: FlatHash;
      matches: SearchMatch[];
    }
  /** Published by the worker when an auction's report is stored. */
  | { type: 'auction:report'; auctionId: string }
  /** Someone asked the seller; `version` counts the auction's questions, answers and removals. */
  | {
      type: 'question:asked';
      auctionId: string;
      auctionTitle: string;
      sellerId: string;
      version: number;
      question: StoredQuestion;
    }
  | {
      type: 'question:answered';
      auctionId: string;
      auctionTitle: string;
      sellerId: string;
      askerId: string;
      version: number;
      question: StoredQuestion;
    }
  /** The seller removed a question (its number is not used again). */
  | { type: 'question:removed'; auctionId: string; version: number; number: number }
  /** Someone put the auction on their watchlist or took it off: how many keep it there now. */
  | { type: 'auction:watchers'; auctionId: string; count: number }
  /** A party of a sale rated the other; the rated person answered a rating. */
  | {
      type: 'feedback:left' | 'feedback:replied';
      auctionId: string;
      auctionTitle: string;
      feedback: StoredFeedback;
    };

/** An auction hash's category: `other` for auctions stored before categories. */
export function storedCategory(value: string | null | undefined): AuctionCategory {
  return (value || 'other') as AuctionCategory;
}

/** A list a script encoded: Lua's cjson encodes an empty one as {}. */
export const listOf = <T>(value: T[] | Record<string, never>): T[] =>
  Array.isArray(value) ? value : [];

/** One field of a flat hash (names at even positions: a value may look like a name). */
export function fieldOf(flat: FlatHash, name: string): string | undefined {
  for (let i = 0; i + 1 < flat.length; i += 2) if (flat[i] === name) return flat[i + 1];
  return undefined;
}

export function hashToRecord(flat: FlatHash): Record<string, string> {
  const record: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) record[flat[i] as string] = flat[i + 1] as string;
  return record;
}

const iso = (ms: string | number) => new Date(Number(ms)).toISOString();

function person(id: string | undefined, name: string | undefined): PublicUser | null {
  return id ? { id, name: name ?? '' } : null;
}

const numberOrNull = (value: string | undefined) => (value ? Number(value) : null);

/** Mirrors publicAuction in core/redis/scripts/lib/auction.lua; a test keeps them equal. */
export function toAuction(fields: Record<string, string>): Auction {
  const price = {
    startingPrice: Number(fields.startingPrice),
    currentPrice: Number(fields.currentPrice),
    fixedIncrement: numberOrNull(fields.minIncrement),
    bidCount: Number(fields.bidCount),
    reservePrice: numberOrNull(fields.reservePrice),
    buyNowPrice: numberOrNull(fields.buyNowPrice),
    open: fields.status === 'open',
  };
  const status =
    fields.status === 'closed' || fields.status === 'cancelled' ? fields.status : 'open';
  return {
    id: fields.id as string,
    title: fields.title ?? '',
    description: fields.description ?? '',
    seller: { id: fields.sellerId as string, name: fields.sellerName ?? '' },
    status,
    startingPrice: price.startingPrice,
    currentPrice: price.currentPrice,
    minimumBid: minimumBid(price),
    minIncrement: incrementAt(price.currentPrice, price.fixedIncrement),
    softCloseSeconds: Number(fields.softCloseSeconds),
    bidCount: price.bidCount,
    cancelledBidCount: Number(fields.cancelledBidCount ?? 0),
    leader: person(fields.leaderId, fields.leaderName),
    startsAt: iso(fields.startsAt || (fields.createdAt as string)),
    endsAt: iso(fields.endsAt as string),
    originalEndsAt: fields.originalEndsAt ? iso(fields.originalEndsAt) : null,
    maxEndsAt: fields.maxEndsAt ? iso(fields.maxEndsAt) : null,
    createdAt: iso(fields.createdAt as string),
    closedAt: fields.closedAt ? iso(fields.closedAt) : null,
    winner: person(fields.winnerId, fields.winnerName),
    hasReserve: price.reservePrice !== null,
    reserveMet: reserveMet(price),
    buyNowPrice: price.buyNowPrice,
    buyNowAvailable: buyNowAvailable(price),
    outcome: (fields.outcome || null) as Auction['outcome'],
    seq: Number(fields.seq),
    category: storedCategory(fields.category),
    // Kept as the public list itself (core/redis/scripts/addPhoto-2.lua).
    photos: fields.photos ? (JSON.parse(fields.photos) as AuctionPhoto[]) : [],
    // Not in the Lua view: it serves auctions that close, and a removed one never does.
    ...(fields.removalReason ? { removalReason: fields.removalReason as FlagReason } : {}),
    ...(fields.removalReversed === '1' ? { removalReversed: true as const } : {}),
  };
}

/**
 * The auction right after a bid, built once per replica where two paths want
 * it: the replica that placed the bid reads the script's reply and, from the
 * events channel, the same state again to tell its sockets. Keyed by the last
 * bid's id (unique) and the auction's status: Buy It Now publishes its bid
 * while the auction is still open and answers once it has closed it, so the
 * two paths see different states for the same bid and must not share a view
 * (nothing else changes an auction between a bid and its event).
 * Either path may come first; the second takes the view and drops it.
 */
const viewsAfterBid = new Map<string, Auction>();
const VIEWS_KEPT = 256;

export function auctionAfterBids(state: FlatHash, bids: StoredBid[]): Auction {
  const lastBidId = bids[bids.length - 1]?.id;
  if (lastBidId === undefined) return toAuction(hashToRecord(state));
  const key = `${lastBidId}|${fieldOf(state, 'status')}`;
  const known = viewsAfterBid.get(key);
  if (known) {
    viewsAfterBid.delete(key);
    return known;
  }
  const auction = toAuction(hashToRecord(state));
  viewsAfterBid.set(key, auction);
  // Most views are never asked for twice (bids placed on other replicas, or
  // no socket here to tell): the oldest go first.
  if (viewsAfterBid.size > VIEWS_KEPT)
    viewsAfterBid.delete(viewsAfterBid.keys().next().value as string);
  return auction;
}

export function toBid(stored: StoredBid): Bid {
  return {
    id: stored.id,
    auctionId: stored.auctionId,
    seq: stored.seq,
    amount: stored.amount,
    bidder: { id: stored.bidderId, name: stored.bidderName },
    placedAt: iso(stored.placedAt),
    automatic: stored.automatic === true,
    buyNow: stored.buyNow === true,
    ...(stored.cancelled === true ? { cancelled: true as const } : {}),
    ...(stored.retracted === true ? { retracted: true as const } : {}),
    ...(stored.cancelledBySeller === true ? { cancelledBySeller: true as const } : {}),
  };
}

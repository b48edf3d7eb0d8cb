// Socket.IO: what clients send (validated with these schemas) and what the server
// emits, by event name.
import { Type, type Static } from 'typebox';
import { Amount, Id, Seq } from './common.ts';
import type { Auction, AuctionCategory } from './auction.ts';
import type { Bid } from './bids.ts';
import type { Question } from './questions.ts';
import type { Feedback } from './feedback.ts';

export const WatchRequest = Type.Object(
  { auctionId: Id, sinceSeq: Type.Optional(Seq) },
  { additionalProperties: false },
);
export type WatchRequest = Static<typeof WatchRequest>;

export const UnwatchRequest = Type.Object({ auctionId: Id }, { additionalProperties: false });
export type UnwatchRequest = Static<typeof UnwatchRequest>;

/** Client-chosen key that makes a retried bid return the first result. */
export const IdempotencyKey = Type.String({
  minLength: 1,
  maxLength: 100,
  pattern: '^[A-Za-z0-9_.:-]+$',
});

export const PlaceBidRequest = Type.Object(
  {
    auctionId: Id,
    amount: Amount,
    maxAmount: Type.Optional(Amount),
    idempotencyKey: Type.Optional(IdempotencyKey),
  },
  { additionalProperties: false },
);
export type PlaceBidRequest = Static<typeof PlaceBidRequest>;

export const RaiseMaximumRequest = Type.Object(
  { auctionId: Id, maxAmount: Amount },
  { additionalProperties: false },
);
export type RaiseMaximumRequest = Static<typeof RaiseMaximumRequest>;

export const AuctionRequest = Type.Object({ auctionId: Id }, { additionalProperties: false });
export type AuctionRequest = Static<typeof AuctionRequest>;

/**
 * An auction as events carry it to sockets that asked for compact events
 * (handshake `auth.compact: true`): without the description, which never
 * changes after creation and may be long. Acks and REST answers carry it.
 */
export type CompactAuction = Omit<Auction, 'description'>;

/** Server → client event payloads, by event name; `A` is CompactAuction for compact sockets. */
export interface ServerEvents<A extends CompactAuction = Auction> {
  'bid:placed': (payload: { auctionId: string; bid: Bid; auction: A }) => void;
  'auction:closed': (payload: { auctionId: string; auction: A }) => void;
  'auction:created': (payload: { auction: A }) => void;
  'auction:updated': (payload: { auction: A }) => void;
  'auction:report': (payload: { auctionId: string }) => void;
  'auction:extended': (payload: { auctionId: string; endsAt: string; auction: A }) => void;
  /** The seller cancelled it, or a moderator removed it (`auction.outcome` is then `REMOVED`). */
  'auction:cancelled': (payload: { auctionId: string; auction: A }) => void;
  /** To every device of the seller: a moderator removed their auction (open, or ended). */
  'auction:removed': (payload: { auctionId: string; auction: A }) => void;
  /** To every socket of every moderator: the queue changed for this auction (reported, removed, kept). */
  'moderation:queue': (payload: { auctionId: string }) => void;
  /** To every socket of every moderator: an appeal was lodged or decided. */
  'moderation:appeals': (payload: { appealId: string }) => void;
  /** To every device of the appellant: a moderator decided their appeal (a removal's has its auction). */
  'appeal:decided': (payload: {
    appealId: string;
    auctionId: string | null;
    status: 'upheld' | 'reversed';
  }) => void;
  /**
   * To every device of each author of the reports a moderator's review decided
   * (those made since the auction's last review): kept, from `keptAt` (a keep
   * may be appealed from then), or taken down.
   */
  'report:decided': (payload: ReportDecided) => void;
  /** To every device of someone a new listing matches a saved search of (once per listing). */
  'search:matched': (payload: {
    searchId: string;
    query: string;
    category: AuctionCategory | null;
    auction: A;
  }) => void;
  /** The seller corrected the title or description: always the whole auction. */
  'auction:edited': (payload: { auctionId: string; auction: Auction }) => void;
  'auction:ending-soon': (payload: { auctionId: string; endsAt: string; auction: A }) => void;
  /** To every device of a user who was leading, or just bid, and is not leading now. */
  'bid:outbid': (payload: { auctionId: string; auction: A }) => void;
  /**
   * To the auction's watchers and every device of its new leader: moderators
   * cancelled these bids (a suspended account's, and automatic answers to
   * them); the leader and price were worked out again. `bids` holds the automatic bid that puts the new leader
   * at the new price, when one was needed (the next seq), else nothing.
   */
  'bids:cancelled': (payload: BidsCancelled<A>) => void;
  /** To every socket of a replica whose event subscription was interrupted: events may be missing, catch up. */
  'events:resync': (payload: Record<string, never>) => void;
  /** To every device of the winner (or the highest bidder below a reserve) and of the seller when the auction closes. */
  'auction:result': (payload: { auctionId: string; auction: A }) => void;
  /** To the auction's watchers and every device of its seller. */
  'question:asked': (payload: QuestionEvent) => void;
  /** To the auction's watchers and every device of the asker. */
  'question:answered': (payload: QuestionEvent) => void;
  /** To the auction's watchers: the seller removed question `number`. */
  'question:removed': (payload: { auctionId: string; version: number; number: number }) => void;
  /**
   * To the auction's watchers: someone put it on their watchlist or took it
   * off (or deleted their account); `count`, how many keep it there now.
   */
  'auction:watchers': (payload: { auctionId: string; count: number }) => void;
  /** To the auction's watchers and every device of the rated party: one party of a sale rated the other. */
  'feedback:left': (payload: { auctionId: string; feedback: Feedback }) => void;
  /** To the auction's watchers and every device of the rating's author: the rated person answered it. */
  'feedback:replied': (payload: { auctionId: string; feedback: Feedback }) => void;
}

/** The payload of `bids:cancelled`. */
export interface BidsCancelled<A extends CompactAuction = Auction> {
  auctionId: string;
  auction: A;
  /**
   * Why: the moderators cancelled a suspended account's bids, a bidder
   * retracted theirs, or the seller cancelled one bidder's (`bidderId`).
   */
  reason: 'moderation' | 'retraction' | 'seller';
  /** With `seller`: whose bids; their devices hear it too. */
  bidderId?: string;
  cancelledBidIds: string[];
  bids: Bid[];
}

/** A question asked or answered, with the auction's questions `version` it made. */
export interface QuestionEvent {
  auctionId: string;
  /** So an alert on another page can say which auction. */
  auctionTitle: string;
  /** Whose auction it is: their devices hear of each question. */
  sellerId: string;
  version: number;
  question: Question;
}

/** `report:decided`: what a moderator's review decided on one's report. */
export interface ReportDecided {
  auctionId: string;
  auctionTitle: string;
  status: 'kept' | 'removed';
  /** Set for `kept`. */
  keptAt: string | null;
  decidedAt: string;
}

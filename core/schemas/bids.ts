// Bids and the REST requests that place them or raise a secret maximum (the socket
// requests for the same are in socket-events.ts).
import { Type, type Static } from 'typebox';
import { Amount, Id, PublicUser, Seq, Timestamp } from './common.ts';
import { Auction } from './auction.ts';

export const Bid = Type.Object({
  id: Id,
  auctionId: Id,
  seq: Seq,
  amount: Amount,
  bidder: PublicUser,
  placedAt: Timestamp,
  automatic: Type.Boolean({ description: 'Placed by the bidder’s maximum (proxy bidding).' }),
  buyNow: Type.Boolean(),
  cancelled: Type.Optional(
    Type.Literal(true, {
      description:
        'Present on a bid that was withdrawn — its bidder retracted it (`retracted`), the seller cancelled it (`cancelledBySeller`), or the moderators cancelled it because its bidder’s account was suspended — or that was an automatic answer to such a bid: it no longer counts.',
    }),
  ),
  retracted: Type.Optional(
    Type.Literal(true, {
      description:
        'With `cancelled`: withdrawn by a bid retraction (its bidder’s, or one it answered), not by the moderators.',
    }),
  ),
  cancelledBySeller: Type.Optional(
    Type.Literal(true, {
      description:
        'With `cancelled`: the seller cancelled its bidder’s bids (eBay’s bid cancellation), or it answered such a bid.',
    }),
  ),
});
export type Bid = Static<typeof Bid>;

/** `maxAmount`: the secret maximum for automatic bidding (at least `amount`). */
export const PlaceBidBody = Type.Object(
  { amount: Amount, maxAmount: Type.Optional(Amount) },
  { additionalProperties: false },
);
export type PlaceBidBody = Static<typeof PlaceBidBody>;

/** The leader raises their secret maximum without bidding. */
export const RaiseMaximumBody = Type.Object({ maxAmount: Amount }, { additionalProperties: false });
export type RaiseMaximumBody = Static<typeof RaiseMaximumBody>;

export const MaximumResult = Type.Object({
  auction: Auction,
  /** Usually none; one automatic bid when the new maximum reaches a hidden reserve. */
  bids: Type.Array(Bid),
  /** Your maximum now (only ever shown to you). */
  maxAmount: Amount,
});
export type MaximumResult = Static<typeof MaximumResult>;

/** What `GET /api/auctions/:id/max-bid` tells the signed-in user, and only them. */
export const OwnMaximum = Type.Object({
  auctionId: Id,
  /** Your secret maximum while you lead (your last bid when you gave none); null when you do not lead. */
  maxAmount: Type.Union([Amount, Type.Null()]),
});
export type OwnMaximum = Static<typeof OwnMaximum>;

export const BidResult = Type.Object({
  bid: Bid,
  auction: Auction,
  /** Every bid this request caused, in seq order (yours, then any automatic answer). */
  bids: Type.Array(Bid),
  leading: Type.Boolean(),
});
export type BidResult = Static<typeof BidResult>;

export const ListBidsQuery = Type.Object(
  {
    afterSeq: Type.Optional(Seq),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  { additionalProperties: false },
);

export const BidPage = Type.Object({ items: Type.Array(Bid) });

/** `POST /api/auctions/:id/bids/retract`: what taking one's bid back did. */
export const RetractionResult = Type.Object({
  auction: Auction,
  scope: Type.Union([Type.Literal('all'), Type.Literal('latest')], {
    description:
      '`all`: more than 12 hours before the end, every bid of yours on it went; `latest`: your latest bid, and any maximum you raised after it.',
  }),
  cancelledBidIds: Type.Array(Id, {
    description: 'The bids withdrawn: yours, and the automatic answers they drew.',
  }),
  bids: Type.Array(Bid, {
    description:
      'The automatic bid that puts the new leader at the new price, when one was needed.',
  }),
});
export type RetractionResult = Static<typeof RetractionResult>;

/** Why a seller cancels someone's bids: eBay's reasons, told to the bidder only. */
export const SELLER_CANCEL_REASONS = [
  'bidder_request',
  'listing_error',
  'item_unavailable',
  'fraud_concern',
] as const;
export type SellerCancelReason = (typeof SELLER_CANCEL_REASONS)[number];

/** `POST /api/auctions/:id/bids/cancel`: the seller cancels one bidder's bids. */
export const SellerCancelBody = Type.Object(
  {
    bidderId: Id,
    reason: Type.Enum(SELLER_CANCEL_REASONS, {
      description:
        '`bidder_request`: the bidder asked to back out; `listing_error`: the listing was wrong; `item_unavailable`: the item can no longer be sold (cancel every bid, then the auction); `fraud_concern`: the bidder could not be verified or may be a fraud. Told to the bidder, not to the watchers.',
    }),
  },
  { additionalProperties: false },
);
export type SellerCancelBody = Static<typeof SellerCancelBody>;

/** What the seller's cancellation did. */
export const SellerCancelResult = Type.Object({
  auction: Auction,
  cancelledBidIds: Type.Array(Id, {
    description: 'The bids withdrawn: the bidder’s, and the automatic answers they drew.',
  }),
  bids: Type.Array(Bid, {
    description:
      'The automatic bid that puts the new leader at the new price, when one was needed.',
  }),
});
export type SellerCancelResult = Static<typeof SellerCancelResult>;

/** One bidder with bids standing, as `GET /api/auctions/:id/bidders` lists them. */
export const StandingBidder = Type.Object({
  id: Id,
  name: Type.String(),
  standing: Type.Integer({
    minimum: 1,
    description:
      'Their bids that stand (not cancelled in any way), the automatic ones their maximum placed included.',
  }),
  highest: Amount,
  lastSeq: Seq,
});
export type StandingBidder = Static<typeof StandingBidder>;

/** Every bidder with a bid standing on the seller's auction, for the seller's cancellation. */
export const StandingBidders = Type.Object({
  auctionId: Id,
  seq: Type.Integer({
    minimum: 0,
    description:
      'The last bid read: later bids (seq above it) are not counted, and a page adds them as it hears them.',
  }),
  bidders: Type.Array(StandingBidder, { description: 'The latest to bid first.' }),
});
export type StandingBidders = Static<typeof StandingBidders>;

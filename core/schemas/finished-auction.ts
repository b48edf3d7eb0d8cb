// What an auction's end produces: the message the API publishes on the pub/sub
// channel and the durable stream, the parties' contact, and the worker's report.
import { Type, type Static } from 'typebox';
import { Amount, Id, PublicUser, Timestamp } from './common.ts';
import { Auction, AuctionCategory } from './auction.ts';

/** What is published on `leiloes_finalizados` and appended to the stream. */
export const FinishedAuction = Type.Object({
  // Entries streamed before auctions had photos or a category stay readable in the stream
  // (a worker may meet them after an upgrade).
  auction: Type.Intersect([
    Type.Omit(Auction, ['photos', 'category', 'cancelledBidCount']),
    Type.Object({
      photos: Type.Optional(Auction.properties.photos),
      category: Type.Optional(AuctionCategory),
      cancelledBidCount: Type.Optional(Auction.properties.cancelledBidCount),
    }),
  ]),
  winner: Type.Union([PublicUser, Type.Null()]),
  finalPrice: Type.Union([Amount, Type.Null()]),
  bidCount: Type.Integer({ minimum: 0 }),
});
export type FinishedAuction = Static<typeof FinishedAuction>;

/** The other party of a sale, as its seller or its buyer sees them. */
export const SaleContact = Type.Object({
  role: Type.Union([Type.Literal('buyer'), Type.Literal('seller')], {
    description: 'Who the other party is to the one asking.',
  }),
  name: Type.String(),
  email: Type.String(),
});
export type SaleContact = Static<typeof SaleContact>;

/** The worker's texts for a finished auction, stored at `keys.report(id)`. */
export const AuctionReport = Type.Object({
  auctionId: Id,
  report: Type.String(),
  email: Type.Union([Type.String(), Type.Null()], { description: 'Null when nobody bid.' }),
  post: Type.String(),
  generatedBy: Type.String({ description: '"mock" or the model name.' }),
  createdAt: Timestamp,
});
export type AuctionReport = Static<typeof AuctionReport>;

// Feedback after a sale: the ratings its two parties leave each other, and the
// public profile that counts them.
import { Type, type Static } from 'typebox';
import { Id, PublicUser, Timestamp } from './common.ts';
import { Auction } from './auction.ts';

/** How long after the close each party of a sale may rate the other. */
export const FEEDBACK_WINDOW_DAYS = 60;

export const FeedbackRating = Type.Union([
  Type.Literal('positive'),
  Type.Literal('neutral'),
  Type.Literal('negative'),
]);
export type FeedbackRating = Static<typeof FeedbackRating>;

/** One party's rating of the other after a sale: public, once, never rewritten. */
export const Feedback = Type.Object({
  auctionId: Id,
  /** Empty when the auction is no longer there. */
  auctionTitle: Type.String(),
  role: Type.Union([Type.Literal('buyer'), Type.Literal('seller')], {
    description:
      'The author’s part in the sale: the `buyer` rates the seller, the `seller` the buyer.',
  }),
  from: PublicUser,
  to: PublicUser,
  rating: FeedbackRating,
  comment: Type.String({ description: 'Empty when the author wrote none.' }),
  createdAt: Timestamp,
  reply: Type.Union([Type.Object({ text: Type.String(), createdAt: Timestamp }), Type.Null()], {
    description: 'The rated person’s answer to it, once; null until then.',
  }),
});
export type Feedback = Static<typeof Feedback>;

export const FeedbackParams = Type.Object(
  {
    id: Id,
    role: Type.Union([Type.Literal('buyer'), Type.Literal('seller')], {
      description: 'The author’s part in the sale: which of the two ratings is answered.',
    }),
  },
  { additionalProperties: false },
);
export const ReplyToFeedbackBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);
export type ReplyToFeedbackBody = Static<typeof ReplyToFeedbackBody>;

export const LeaveFeedbackBody = Type.Object(
  { rating: FeedbackRating, comment: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export type LeaveFeedbackBody = Static<typeof LeaveFeedbackBody>;

/** The feedback of one sale, and until when its parties may leave theirs. */
export const AuctionFeedback = Type.Object({
  items: Type.Array(Feedback, { description: 'At most two: the buyer’s and the seller’s.' }),
  openUntil: Type.Union([Timestamp, Type.Null()], {
    description: `Until when the buyer and the seller may rate each other (${FEEDBACK_WINDOW_DAYS} days after the close); null when the auction was not sold.`,
  }),
});
export type AuctionFeedback = Static<typeof AuctionFeedback>;

export const FeedbackCounts = Type.Object({
  positive: Type.Integer({ minimum: 0 }),
  neutral: Type.Integer({ minimum: 0 }),
  negative: Type.Integer({ minimum: 0 }),
});
export type FeedbackCounts = Static<typeof FeedbackCounts>;

/** What anyone may see of an account: never its e-mail. */
export const UserProfile = Type.Object({
  id: Id,
  name: Type.String(),
  memberSince: Timestamp,
  feedback: FeedbackCounts,
  /** A moderator suspended the account: it cannot sign in until reinstated (the reason is not public). */
  suspended: Type.Boolean(),
  bidRetractions: Type.Integer({
    minimum: 0,
    description:
      'How many times the account took back a bid in the last six months (eBay shows the same, so that retracting to find out a rival’s maximum shows, and an old mistake stops showing).',
  }),
});
export type UserProfile = Static<typeof UserProfile>;

export const FeedbackPage = Type.Object({
  items: Type.Array(Feedback),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type FeedbackPage = Static<typeof FeedbackPage>;

export const UserParams = Type.Object({ id: Id }, { additionalProperties: false });

/** A sale the signed-in user may still rate, and until when. */
export const PendingFeedback = Type.Object({
  auction: Auction,
  role: Type.Union([Type.Literal('buyer'), Type.Literal('seller')], {
    description:
      'Your part in the sale: as the `buyer` you rate the seller, as the `seller` the buyer.',
  }),
  openUntil: Timestamp,
});
export type PendingFeedback = Static<typeof PendingFeedback>;

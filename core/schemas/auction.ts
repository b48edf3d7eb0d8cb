// Auctions as the API shows them, and the requests that create, correct, list and
// search them. Flag reasons live here because a removed auction carries one.
import { Type, type Static } from 'typebox';
import { Amount, Id, PublicUser, Seq, Timestamp, pageQuery } from './common.ts';

export const MAX_DURATION_SECONDS = 30 * 24 * 3600;
export const MAX_SOFT_CLOSE_SECONDS = 3600;

export const AuctionStatus = Type.Union([
  Type.Literal('open'),
  Type.Literal('closed'),
  Type.Literal('cancelled'),
]);

/** How an auction ended; null while it runs. */
export const AuctionOutcome = Type.Union([
  Type.Literal('SOLD'),
  Type.Literal('BOUGHT_NOW'),
  Type.Literal('NO_BIDS'),
  Type.Literal('RESERVE_NOT_MET'),
  Type.Literal('CANCELLED'),
  /** Taken down by a moderator while open: no sale (`removalReason` says why). */
  Type.Literal('REMOVED'),
  Type.Null(),
]);

/** Why someone reports an auction to the moderators, and why a moderator removes one. */
export const FLAG_REASONS = [
  'prohibited',
  'counterfeit',
  'fraud',
  'offensive',
  'misleading',
  'other',
] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];
export const FlagReason = Type.Enum(FLAG_REASONS);

/** At most this many photos per auction. */
export const MAX_PHOTOS = 6;

/**
 * What kind of item: the lobby browses by it. `other` is the default, and
 * what auctions listed before categories existed show.
 */
export const AUCTION_CATEGORIES = [
  'antiques',
  'art',
  'books',
  'collectibles',
  'electronics',
  'fashion',
  'home',
  'jewelry',
  'music',
  'sports',
  'toys',
  'vehicles',
  'other',
] as const;
export type AuctionCategory = (typeof AUCTION_CATEGORIES)[number];
export const AuctionCategory = Type.Enum(AUCTION_CATEGORIES);

/** A photo of the item. Both files are WebP, re-encoded by the API (no metadata kept). */
export const AuctionPhoto = Type.Object({
  id: Id,
  width: Type.Integer({ minimum: 1, description: 'Of the photo at `url`, in pixels.' }),
  height: Type.Integer({ minimum: 1 }),
  url: Type.String({ description: 'At most 1,600 px on its longer side.' }),
  thumbnailUrl: Type.String({ description: 'At most 480 px on its longer side.' }),
});
export type AuctionPhoto = Static<typeof AuctionPhoto>;

export const Auction = Type.Object({
  id: Id,
  title: Type.String(),
  description: Type.String(),
  seller: PublicUser,
  status: AuctionStatus,
  startingPrice: Amount,
  currentPrice: Amount,
  minimumBid: Amount,
  minIncrement: Type.Integer({ minimum: 1, description: 'The increment at the current price.' }),
  softCloseSeconds: Type.Integer({ minimum: 0 }),
  bidCount: Type.Integer({
    minimum: 0,
    description:
      'The bids that stand. Bids are numbered (`seq`) 1, 2, 3… whether they stand or were cancelled, so while the auction is open its last bid’s `seq` is `bidCount + cancelledBidCount`.',
  }),
  cancelledBidCount: Type.Integer({
    minimum: 0,
    description:
      'Bids cancelled by the moderators (those of an account they suspended). It only grows: a page holding fewer cancelled bids than this reads the history again.',
  }),
  leader: Type.Union([PublicUser, Type.Null()]),
  startsAt: Timestamp,
  endsAt: Timestamp,
  originalEndsAt: Type.Union([Timestamp, Type.Null()], {
    description:
      'The end set at creation; `endsAt` is later when late bids extended it (soft close). Null for auctions stored before it was recorded.',
  }),
  maxEndsAt: Type.Union([Timestamp, Type.Null()], {
    description: 'Hard deadline: soft-close extensions never pass it.',
  }),
  createdAt: Timestamp,
  closedAt: Type.Union([Timestamp, Type.Null()]),
  winner: Type.Union([PublicUser, Type.Null()]),
  hasReserve: Type.Boolean(),
  reserveMet: Type.Union([Type.Boolean(), Type.Null()], {
    description: 'Null without a reserve. The reserve itself is never shown.',
  }),
  buyNowPrice: Type.Union([Amount, Type.Null()]),
  buyNowAvailable: Type.Boolean(),
  outcome: AuctionOutcome,
  seq: Seq,
  category: AuctionCategory,
  photos: Type.Array(AuctionPhoto, {
    maxItems: MAX_PHOTOS,
    description: 'In the order the seller added them; the first is the cover.',
  }),
  removalReason: Type.Optional(
    Type.Enum(FLAG_REASONS, {
      description:
        'Only on an auction a moderator removed — open (`outcome: "REMOVED"`) or after it ended (its outcome unchanged) —: why.',
    }),
  ),
  removalReversed: Type.Optional(
    Type.Literal(true, {
      description:
        'Only on a removed auction whose seller appealed and a moderator reversed the removal: it stays ended, and its seller may list it again.',
    }),
  ),
});
export type Auction = Static<typeof Auction>;

const Title = Type.String({ minLength: 1, maxLength: 120 });
const Description = Type.String({ maxLength: 5000 });

export const CreateAuctionBody = Type.Object(
  {
    title: Title,
    description: Type.Optional(Description),
    startingPrice: Amount,
    durationSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_DURATION_SECONDS })),
    endsAt: Type.Optional(Timestamp),
    minIncrement: Type.Optional(Amount),
    softCloseSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_SOFT_CLOSE_SECONDS })),
    startsAt: Type.Optional(Timestamp),
    maxEndsAt: Type.Optional(Timestamp),
    reservePrice: Type.Optional(Amount),
    buyNowPrice: Type.Optional(Amount),
    category: Type.Optional(AuctionCategory),
  },
  { additionalProperties: false },
);
export type CreateAuctionBody = Static<typeof CreateAuctionBody>;

/** What the seller may correct before the first bid: at least one of these. */
export const EditAuctionBody = Type.Object(
  {
    title: Type.Optional(Title),
    description: Type.Optional(Description),
    category: Type.Optional(AuctionCategory),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type EditAuctionBody = Static<typeof EditAuctionBody>;

export const ListAuctionsQuery = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
    sort: Type.Optional(
      Type.Union([Type.Literal('ending'), Type.Literal('newest')], {
        description:
          'Open auctions only: `ending` (default) soonest-ending first, `newest` latest listed first. Closed auctions come latest-closed first.',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type ListAuctionsQuery = Static<typeof ListAuctionsQuery>;

/** The most one page of one's own auctions holds; also what a client that does not page gets. */
export const MY_AUCTIONS_PAGE_MAX = 200;

/** A page of one's own auctions (`/api/me/buying`, `/selling`, `/watchlist`). */
export const MyAuctionsQuery = pageQuery(MY_AUCTIONS_PAGE_MAX);
export type MyAuctionsQuery = Static<typeof MyAuctionsQuery>;

/** `q`: words the title must all hold (case and accents ignored); `category`: of that kind. At least one. */
export const SearchAuctionsQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' })),
    category: Type.Optional(AuctionCategory),
    status: Type.Optional(
      Type.Union([Type.Literal('open'), Type.Literal('closed')], {
        description:
          '`open` (default); `closed`: those that closed in the last 90 days, sold or not, latest first (no `sort`).',
      }),
    ),
    sort: Type.Optional(
      Type.Union([Type.Literal('ending'), Type.Literal('newest')], {
        description: '`ending` (default) soonest-ending first, `newest` latest listed first.',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type SearchAuctionsQuery = Static<typeof SearchAuctionsQuery>;

export const AuctionPage = Type.Object({
  items: Type.Array(Auction),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type AuctionPage = Static<typeof AuctionPage>;

export const AuctionParams = Type.Object({ id: Id }, { additionalProperties: false });

/** `GET /api/auctions/:id/watchers`: how many keep it on their watchlist, never who. */
export const AuctionWatchers = Type.Object({
  auctionId: Id,
  count: Type.Integer({ minimum: 0 }),
});
export type AuctionWatchers = Static<typeof AuctionWatchers>;

// Moderation: reports of auctions, the moderators' queue, suspensions, removals
// and the moderation log.
import { Type, type Static } from 'typebox';
import { Id, PublicUser, Timestamp } from './common.ts';
import { Auction, FlagReason } from './auction.ts';

export const FlagAuctionBody = Type.Object(
  { reason: FlagReason, details: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);
export type FlagAuctionBody = Static<typeof FlagAuctionBody>;

/** One report of an auction, as moderators see it (the reporter is never shown to anyone else). */
export const AuctionFlag = Type.Object({
  reporter: PublicUser,
  reason: FlagReason,
  details: Type.Union([Type.String(), Type.Null()]),
  flaggedAt: Timestamp,
});
export type AuctionFlag = Static<typeof AuctionFlag>;

/** An auction waiting for a moderator: the reports since it was last reviewed. */
export const FlaggedAuction = Type.Object({
  auction: Auction,
  flags: Type.Array(AuctionFlag, { description: 'Oldest first.' }),
  firstFlaggedAt: Timestamp,
  sellerSuspended: Type.Boolean({ description: 'A moderator suspended the seller’s account.' }),
});
export type FlaggedAuction = Static<typeof FlaggedAuction>;

export const ModerationQueue = Type.Object({
  items: Type.Array(FlaggedAuction, { description: 'The longest waiting first.' }),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type ModerationQueue = Static<typeof ModerationQueue>;

/** An auction one reported, with one's report and what became of it (`/api/me/flags`, the export). */
export const GivenFlag = Type.Object({
  auctionId: Id,
  /** Empty when the auction is no longer there. */
  auctionTitle: Type.String(),
  reason: FlagReason,
  details: Type.Union([Type.String(), Type.Null()]),
  flaggedAt: Timestamp,
  status: Type.Union([Type.Literal('pending'), Type.Literal('kept'), Type.Literal('removed')], {
    description:
      '`pending`: no moderator reviewed it yet; `kept`: reviewed, the auction stays; `removed`: a moderator took the auction down.',
  }),
  keptAt: Type.Union([Timestamp, Type.Null()], {
    description:
      'When a moderator reviewed this report and kept the auction (`kept` only): the reporter may appeal it within the appeal window (`POST /api/auctions/{id}/flags/appeal`).',
  }),
  appeal: Type.Union(
    [
      Type.Object({
        id: Id,
        status: Type.Union([
          Type.Literal('open'),
          Type.Literal('upheld'),
          Type.Literal('reversed'),
        ]),
      }),
      Type.Null(),
    ],
    { description: 'The reporter’s appeal of the keep, if they made one.' },
  ),
});
export type GivenFlag = Static<typeof GivenFlag>;

export const SuspendUserBody = Type.Object(
  {
    reason: FlagReason,
    removeOpenAuctions: Type.Optional(
      Type.Boolean({
        description: 'Also remove, with the same reason, the auctions it sells that are open.',
      }),
    ),
    cancelBids: Type.Optional(
      Type.Boolean({
        description:
          'Also cancel its bids on the open auctions it bid on: each auction’s leader and price are worked out again from the bids that stand, as if it had never bid.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type SuspendUserBody = Static<typeof SuspendUserBody>;

export const SuspendResult = Type.Object({
  removed: Type.Array(Id, { description: 'The open auctions removed with it.' }),
  bidsCancelledOn: Type.Array(Id, {
    description: 'The open auctions whose bids by it were cancelled (`cancelBids`).',
  }),
});
export type SuspendResult = Static<typeof SuspendResult>;

/** An account as moderators see it. */
export const ModeratedUser = Type.Object({
  id: Id,
  name: Type.String(),
  email: Type.String(),
  memberSince: Timestamp,
  moderator: Type.Boolean(),
  suspension: Type.Union([
    Type.Object({ reason: FlagReason, suspendedAt: Timestamp }),
    Type.Null(),
  ]),
});
export type ModeratedUser = Static<typeof ModeratedUser>;

/** What a moderator did, as the moderation log says it. */
export const MODERATION_ACTIONS = [
  'removed',
  'kept',
  'suspended',
  'reinstated',
  'appeal_upheld',
  'appeal_reversed',
  'bids_cancelled',
] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** The kind of a decision in the log, as a schema (MODERATION_ACTIONS' literals, spelled out for TypeScript). */
const ModerationActionKind = Type.Union(
  [
    Type.Literal('removed'),
    Type.Literal('kept'),
    Type.Literal('suspended'),
    Type.Literal('reinstated'),
    Type.Literal('appeal_upheld'),
    Type.Literal('appeal_reversed'),
    Type.Literal('bids_cancelled'),
  ],
  {
    description:
      '`removed`, `kept` (an auction’s reports reviewed), `suspended`, `reinstated`, `appeal_upheld`, `appeal_reversed`, `bids_cancelled` (a suspended account’s bids on one auction).',
  },
);

/** One decision in the moderation log (`GET /api/moderation/log`). */
export const ModerationLogEntry = Type.Object({
  id: Type.String({ description: 'The entry’s place in the log (also the next page’s cursor).' }),
  at: Timestamp,
  action: ModerationActionKind,
  moderator: Type.Union([PublicUser, Type.Null()], {
    description: 'Null when that account is gone.',
  }),
  auctionId: Type.Union([Id, Type.Null()]),
  auctionTitle: Type.Union([Type.String(), Type.Null()], {
    description: 'Null when the auction is gone, or none.',
  }),
  userId: Type.Union([Id, Type.Null()], {
    description: 'The account suspended or reinstated, or whose bids were cancelled.',
  }),
  userName: Type.Union([Type.String(), Type.Null()], {
    description: 'Null when the account is gone, or none.',
  }),
  appealId: Type.Union([Id, Type.Null()]),
  appealKind: Type.Union(
    [Type.Literal('removal'), Type.Literal('suspension'), Type.Literal('keep'), Type.Null()],
    {
      description:
        'For `appeal_upheld` and `appeal_reversed`: the decision the appeal contested (a removal, a suspension, or keeping a reported auction up); null otherwise.',
    },
  ),
  reason: Type.Union([FlagReason, Type.Null()], {
    description: 'Why, for a removal or a suspension.',
  }),
});
export type ModerationLogEntry = Static<typeof ModerationLogEntry>;

export const ModerationLog = Type.Object({
  items: Type.Array(ModerationLogEntry, { description: 'The latest first.' }),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type ModerationLog = Static<typeof ModerationLog>;

/** Which decisions of the log to read: each given field must match (all, when none is). */
export const ModerationLogFilter = Type.Object({
  moderatorId: Type.Optional(Id),
  action: Type.Optional(ModerationActionKind),
  auctionId: Type.Optional(Id),
  /** The account suspended, reinstated, or whose suspension was appealed. */
  userId: Type.Optional(Id),
});
export type ModerationLogFilter = Static<typeof ModerationLogFilter>;

export const ModerationLogQuery = Type.Object(
  {
    ...ModerationLogFilter.properties,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,20}-[0-9]{1,20}$' })),
  },
  { additionalProperties: false },
);
export type ModerationLogQuery = Static<typeof ModerationLogQuery>;

export const RemoveAuctionBody = Type.Object(
  { reason: FlagReason },
  { additionalProperties: false },
);
export type RemoveAuctionBody = Static<typeof RemoveAuctionBody>;

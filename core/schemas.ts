// One schema per payload: REST bodies and responses, socket events and the
// finished-auction message. Fastify validates and documents with them
// (OpenAPI), sockets validate with them, and TypeScript types derive from them.
import { Type, type Static } from 'typebox';
import { MAX_AMOUNT } from './money.ts';

export const MAX_DURATION_SECONDS = 30 * 24 * 3600;
export const MAX_SOFT_CLOSE_SECONDS = 3600;

const Amount = Type.Integer({
  minimum: 1,
  maximum: MAX_AMOUNT,
  description: 'Minor units (centavos).',
});
const Timestamp = Type.String({ format: 'date-time', description: 'ISO-8601, UTC.' });
/** Ids become parts of Redis keys, so only a safe alphabet is accepted. */
export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
const Seq = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

export const PublicUser = Type.Object({ id: Id, name: Type.String() });
export type PublicUser = Static<typeof PublicUser>;

export const User = Type.Object({
  id: Id,
  name: Type.String(),
  email: Type.String(),
  /**
   * The owner followed the link sent to the address (accounts made before
   * addresses were verified count as verified). Notices (outbid, ending
   * soon) go only to verified addresses.
   */
  emailVerified: Type.Boolean(),
  /** Present and true for the platform's moderators (`npm run moderator -- grant <email>`). */
  moderator: Type.Optional(Type.Literal(true)),
});
export type User = Static<typeof User>;

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
        'Present on a bid the moderators cancelled (its bidder’s account was suspended, or it was an automatic answer to such a bid): it no longer counts.',
    }),
  ),
});
export type Bid = Static<typeof Bid>;

export const ErrorBody = Type.Object({
  error: Type.Object(
    { code: Type.String(), message: Type.String() },
    { additionalProperties: true },
  ),
});

/** A route's error answers: `ErrorBody` for each of these statuses. */
export const failures = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, ErrorBody]));

// ---- REST requests -------------------------------------------------------

const Email = Type.String({
  minLength: 3,
  maxLength: 254,
  pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
});
const Password = Type.String({ minLength: 8, maxLength: 128 });

/** The language of an e-mail the API sends (a link); default pt-BR. */
const MailLanguage = Type.Union([Type.Literal('pt-BR'), Type.Literal('en')]);

export const RegisterBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 60 }),
    email: Email,
    password: Password,
    /** The language of the e-mail with the verification link; default pt-BR. */
    language: Type.Optional(MailLanguage),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 128 }), newPassword: Password },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

/** Moving the account to another address asks for the password. */
export const ChangeEmailBody = Type.Object(
  {
    newEmail: Email,
    password: Type.String({ minLength: 1, maxLength: 128 }),
    /** The language of the e-mails it sends (a link to the new address, a notice to the old one). */
    language: Type.Optional(MailLanguage),
  },
  { additionalProperties: false },
);
export type ChangeEmailBody = Static<typeof ChangeEmailBody>;

/** Deleting one's account asks for the password again. */
export const DeleteAccountBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false },
);
export type DeleteAccountBody = Static<typeof DeleteAccountBody>;

/** Asks for a password-reset link by e-mail. */
export const PasswordResetBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    /** The e-mail's language; default pt-BR. */
    language: Type.Optional(MailLanguage),
  },
  { additionalProperties: false },
);
export type PasswordResetBody = Static<typeof PasswordResetBody>;

/** The token from the link, and the new password. */
export const ConfirmPasswordResetBody = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 100 }), newPassword: Password },
  { additionalProperties: false },
);
export type ConfirmPasswordResetBody = Static<typeof ConfirmPasswordResetBody>;

/** The token from a link the API e-mailed (verifying an address, putting one back). */
export const LinkTokenBody = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 100 }) },
  { additionalProperties: false },
);
export type LinkTokenBody = Static<typeof LinkTokenBody>;

/** Asks for an e-mail in a language. */
export const MailLanguageBody = Type.Object(
  { language: Type.Optional(MailLanguage) },
  { additionalProperties: false },
);

export const SessionResponse = Type.Object({ token: Type.String(), user: User });

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

// ---- Questions to the seller ----------------------------------------------

/** At most this many questions per auction. */
export const MAX_QUESTIONS = 300;

export const Question = Type.Object({
  number: Type.Integer({
    minimum: 1,
    description: 'Its place among the auction’s questions, from 1.',
  }),
  asker: PublicUser,
  text: Type.String(),
  askedAt: Timestamp,
  answer: Type.Union([Type.Object({ text: Type.String(), answeredAt: Timestamp }), Type.Null()]),
});
export type Question = Static<typeof Question>;

export const QuestionList = Type.Object({
  items: Type.Array(Question, { description: 'In the order asked.' }),
  version: Type.Integer({
    minimum: 0,
    description:
      'Rises by one with every question and answer; `question:*` events carry it, so a gap shows an event was missed.',
  }),
});
export type QuestionList = Static<typeof QuestionList>;

/** A question one asked, with the auction it is about (`/api/me/questions`, the export). */
export const AskedQuestion = Type.Object({
  auctionId: Id,
  /** Empty when the auction is no longer there. */
  auctionTitle: Type.String(),
  question: Question,
});
export type AskedQuestion = Static<typeof AskedQuestion>;

export const AskQuestionBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);
export const AnswerQuestionBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);
export const QuestionParams = Type.Object(
  { id: Id, number: Type.Integer({ minimum: 1, maximum: MAX_QUESTIONS }) },
  { additionalProperties: false },
);

// ---- Feedback after a sale --------------------------------------------------

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

// ---- Moderation ----------------------------------------------------------

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

// ---- Transparency report (the DSA's art. 15 and 24) -----------------------

const Count = Type.Integer({ minimum: 0 });
const Day = Type.String({ format: 'date', description: 'A day, `YYYY-MM-DD`, UTC.' });

const CountByReason = Type.Object(
  {
    prohibited: Count,
    counterfeit: Count,
    fraud: Count,
    offensive: Count,
    misleading: Count,
    other: Count,
  },
  { description: 'By the reason given (each of the six, zero included).' },
);
export type CountByReason = Static<typeof CountByReason>;

const MedianSeconds = Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
  description: 'Median time from what came in to the decision, in seconds; null when none.',
});

/** `GET /api/moderation/transparency`: what moderation received and decided in a period. */
export const TransparencyReport = Type.Object({
  from: Day,
  to: Day,
  generatedAt: Timestamp,
  notices: Type.Object(
    {
      received: Count,
      byReason: CountByReason,
      removed: Count,
      kept: Count,
      medianSecondsToDecision: MedianSeconds,
    },
    {
      description:
        'Reports received in the period, and the reviews of reported auctions decided in it (an auction’s reports since its last review are decided together): taken down, or kept.',
    },
  ),
  removals: Type.Object(
    {
      total: Count,
      onNotice: Count,
      onAppeal: Count,
      ownInitiative: Count,
      byReason: CountByReason,
    },
    {
      description:
        'Auctions taken down, by the reason the moderator gave: after reports (`onNotice`), on a reporter’s appeal against keeping the auction (`onAppeal`), or on a moderator’s own initiative (removals logged before this count began are in the total only).',
    },
  ),
  suspensions: Type.Object(
    {
      suspended: Count,
      byReason: CountByReason,
      reinstated: Count,
      bidsCancelledOn: Count,
    },
    {
      description:
        '`reinstated` by a moderator; reversals on appeal count under `appeals`. `bidsCancelledOn`: open auctions whose bids by a suspended account were cancelled with its suspension.',
    },
  ),
  appeals: Type.Object({
    received: Type.Object(
      { removal: Count, suspension: Count, keep: Count },
      {
        description:
          'By the decision contested: an auction’s removal (by its seller), an account’s suspension (by it), an auction kept after reports (by one who reported it).',
      },
    ),
    upheld: Count,
    reversed: Count,
    medianSecondsToDecision: MedianSeconds,
  }),
  recordedSince: Type.Object(
    {
      decisions: Type.Union([Timestamp, Type.Null()]),
      received: Type.Union([Timestamp, Type.Null()]),
    },
    {
      description:
        'The oldest decision and the oldest report or appeal the platform still counts (each record keeps about the last million): a period before them is counted in part.',
    },
  ),
});
export type TransparencyReport = Static<typeof TransparencyReport>;

export const TransparencyQuery = Type.Object(
  { from: Day, to: Day },
  { additionalProperties: false },
);
export type TransparencyQuery = Static<typeof TransparencyQuery>;

// ---- Appeals (the DSA's art. 20: internal complaint handling) ------------

/** Six months, the least the DSA's art. 20(1) allows after a decision. */
export const APPEAL_WINDOW_DAYS = 183;
const AppealText = Type.String({
  minLength: 1,
  maxLength: 2000,
  description: 'Trimmed; blank is refused.',
});

export const AppealBody = Type.Object({ text: AppealText }, { additionalProperties: false });
export type AppealBody = Static<typeof AppealBody>;

/** A suspended account cannot sign in: it gives its e-mail and password with the appeal. */
export const SuspensionAppealBody = Type.Object(
  { ...LoginBody.properties, text: AppealText },
  { additionalProperties: false },
);
export type SuspensionAppealBody = Static<typeof SuspensionAppealBody>;

export const DecideAppealBody = Type.Object(
  {
    outcome: Type.Union([Type.Literal('upheld'), Type.Literal('reversed')], {
      description:
        '`upheld`: the decision stands; `reversed`: it is undone (a kept auction is taken down, for the reason its appellant reported).',
    }),
    reply: Type.String({
      minLength: 1,
      maxLength: 2000,
      description: 'The reasons, sent to the appellant. Trimmed; blank is refused.',
    }),
  },
  { additionalProperties: false },
);
export type DecideAppealBody = Static<typeof DecideAppealBody>;

/** `report:decided`: what a moderator's review decided on one's report. */
export interface ReportDecided {
  auctionId: string;
  auctionTitle: string;
  status: 'kept' | 'removed';
  /** Set for `kept`. */
  keptAt: string | null;
  decidedAt: string;
}

/** A contested decision and what became of it, as its appellant sees it. */
export const Appeal = Type.Object({
  id: Id,
  kind: Type.Union([Type.Literal('removal'), Type.Literal('suspension'), Type.Literal('keep')], {
    description:
      '`removal`: of an auction, by its seller; `suspension`: of an account, by it; `keep`: a moderator’s decision to keep an auction up, by one who reported it.',
  }),
  auctionId: Type.Union([Id, Type.Null()], { description: 'Removal and keep appeals.' }),
  decision: Type.Object(
    {
      reason: FlagReason,
      decidedAt: Timestamp,
    },
    {
      description:
        'The decision appealed: its reason (for a keep, the reason the appellant reported) and when it was taken.',
    },
  ),
  text: Type.String(),
  createdAt: Timestamp,
  status: Type.Union([Type.Literal('open'), Type.Literal('upheld'), Type.Literal('reversed')], {
    description: '`open` until a moderator reviews it.',
  }),
  review: Type.Union([Type.Object({ reply: Type.String(), reviewedAt: Timestamp }), Type.Null()]),
});
export type Appeal = Static<typeof Appeal>;

export const AppealResponse = Type.Object({ appeal: Appeal });
export const MaybeAppealResponse = Type.Object({ appeal: Type.Union([Appeal, Type.Null()]) });

/** An appeal waiting for a moderator, with who made it and who took the decision. */
export const AppealToReview = Type.Object({
  ...Appeal.properties,
  appellant: PublicUser,
  auction: Type.Union([Auction, Type.Null()], {
    description: 'Removal and keep appeals: the auction.',
  }),
  decidedBy: Type.Union([PublicUser, Type.Null()], {
    description: 'The moderator who took the decision; null when that account is gone.',
  }),
  mayDecide: Type.Boolean({
    description:
      'False when the moderator asking took the decision and another must decide its appeal (APPEALS_BY_ANOTHER_MODERATOR).',
  }),
});
export type AppealToReview = Static<typeof AppealToReview>;

export const AppealQueue = Type.Object({
  items: Type.Array(AppealToReview, { description: 'The longest waiting first.' }),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type AppealQueue = Static<typeof AppealQueue>;

export const RemoveAuctionBody = Type.Object(
  { reason: FlagReason },
  { additionalProperties: false },
);
export type RemoveAuctionBody = Static<typeof RemoveAuctionBody>;

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

/** The most users one may block from bidding on and asking about one's auctions. */
export const MAX_BLOCKED = 1000;

export const BlockedUsers = Type.Object({
  items: Type.Array(PublicUser, { description: 'By name; accounts deleted since are left out.' }),
});
export type BlockedUsers = Static<typeof BlockedUsers>;

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

/** `?limit=&cursor=` of a paged list: at most `max` a page, resumed after the cursor given. */
export const pageQuery = (max: number) =>
  Type.Object(
    {
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: max })),
      cursor: Type.Optional(Type.String({ maxLength: 200 })),
    },
    { additionalProperties: false },
  );

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

/** The most searches one account may save. */
export const MAX_SAVED_SEARCHES = 20;

/** A search whose new listings its owner is told about (`search:matched`, and by e-mail). */
export const SavedSearch = Type.Object({
  id: Id,
  /** As typed (trimmed, spaces collapsed); '' when the search is a category only. */
  query: Type.String({ maxLength: 100 }),
  category: Type.Union([AuctionCategory, Type.Null()]),
  createdAt: Timestamp,
});
export type SavedSearch = Static<typeof SavedSearch>;

export const SavedSearches = Type.Object({
  items: Type.Array(SavedSearch, { description: 'Newest first.' }),
});
export type SavedSearches = Static<typeof SavedSearches>;

/** Words the title must all hold, as in search, a category, or both: at least one. */
export const SaveSearchBody = Type.Object(
  {
    query: Type.Optional(Type.String({ maxLength: 100 })),
    category: Type.Optional(AuctionCategory),
  },
  { additionalProperties: false },
);
export type SaveSearchBody = Static<typeof SaveSearchBody>;

export const SavedSearchParams = Type.Object({ id: Id }, { additionalProperties: false });

export const AuctionPage = Type.Object({
  items: Type.Array(Auction),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type AuctionPage = Static<typeof AuctionPage>;

export const AuctionParams = Type.Object({ id: Id }, { additionalProperties: false });

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

const notificationChoices = {
  /** When someone overtakes you as leader of an open auction (at most once per bid of yours). Default true. */
  outbidEmails: Type.Boolean(),
  /** Once, ENDING_SOON_EMAIL_MINUTES before an auction you watch or bid on ends. Default true. */
  endingSoonEmails: Type.Boolean(),
  /** A question about an auction you sell, and the answer to a question you asked. Default true. */
  questionEmails: Type.Boolean(),
  /** Someone rated you after a sale. Default true. */
  feedbackEmails: Type.Boolean(),
  /** A new listing matching one of your saved searches (at most SEARCH_ALERT_EMAILS_PER_DAY a day). Default true. */
  searchEmails: Type.Boolean(),
};

/** What the account is told by e-mail. */
export const NotificationSettings = Type.Object(notificationChoices, {
  additionalProperties: false,
});
export type NotificationSettings = Static<typeof NotificationSettings>;

/** Turns some of them on or off; the others stay as they are. */
export const NotificationChanges = Type.Partial(Type.Object(notificationChoices), {
  additionalProperties: false,
  minProperties: 1,
});
export type NotificationChanges = Static<typeof NotificationChanges>;

/** Everything the platform keeps about one account, for its owner (`GET /api/me/export`). */
export const AccountExport = Type.Object({
  exportedAt: Timestamp,
  account: User,
  notifications: NotificationSettings,
  /** The auctions the account put up for sale, newest first. */
  selling: Type.Array(Auction),
  /** The auctions it bid on or bought, the latest bid on first, with its own bids there. */
  buying: Type.Array(
    Type.Object({
      auction: Auction,
      bids: Type.Array(Bid),
      /** Its secret maximum while it leads an open auction; null otherwise. */
      maxAmount: Type.Union([Amount, Type.Null()]),
    }),
  ),
  /** The auctions on its watchlist, the latest added first. */
  watchlist: Type.Array(Auction),
  /** The questions it asked sellers, the latest first, with their answers. */
  questions: Type.Array(AskedQuestion),
  /** The feedback it received and left after sales, the latest first. */
  feedback: Type.Object({ received: Type.Array(Feedback), given: Type.Array(Feedback) }),
  /** The users it blocked from its auctions. */
  blocked: BlockedUsers.properties.items,
  /** The auctions it reported to the moderators, the latest first. */
  reported: Type.Array(GivenFlag),
  /** Its saved searches, newest first. */
  savedSearches: Type.Array(SavedSearch),
  /** The decisions it appealed, the latest first. */
  appeals: Type.Array(Appeal),
});
export type AccountExport = Static<typeof AccountExport>;

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

// ---- Socket.IO events ----------------------------------------------------

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
  /** To the auction's watchers and every device of the rated party: one party of a sale rated the other. */
  'feedback:left': (payload: { auctionId: string; feedback: Feedback }) => void;
  /** To the auction's watchers and every device of the rating's author: the rated person answered it. */
  'feedback:replied': (payload: { auctionId: string; feedback: Feedback }) => void;
}

/** The payload of `bids:cancelled`. */
export interface BidsCancelled<A extends CompactAuction = Auction> {
  auctionId: string;
  auction: A;
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

// ---- Finished auctions (pub/sub channel and durable stream) ---------------

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

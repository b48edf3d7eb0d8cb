// Appeals against moderators' decisions: the DSA's art. 20 (internal complaint
// handling).
import { Type, type Static } from 'typebox';
import { Id, PublicUser, Timestamp } from './common.ts';
import { Auction, FlagReason } from './auction.ts';
import { LoginBody } from './account.ts';

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

// The transparency report the DSA's art. 15 and 24 ask of the platform: what
// moderation received and decided in a period, as counts.
import { Type, type Static } from 'typebox';
import { Timestamp } from './common.ts';

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

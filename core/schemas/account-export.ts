// The account export gathers a payload from every subject. It stands apart from
// account.ts because appeals.ts imports account.ts (LoginBody): no import cycle.
import { Type, type Static } from 'typebox';
import { Amount, Id, Timestamp, User } from './common.ts';
import { Auction } from './auction.ts';
import { Bid } from './bids.ts';
import { BlockedUsers, NotificationSettings } from './account.ts';
import { AskedQuestion } from './questions.ts';
import { Feedback } from './feedback.ts';
import { GivenFlag } from './moderation.ts';
import { SavedSearch } from './saved-searches.ts';
import { Appeal } from './appeals.ts';

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
  /** How many times it took back a bid in the last six months, as its public profile counts. */
  bidRetractions: Type.Integer({ minimum: 0 }),
  /** Those retractions, the latest first (the bids themselves are in `buying`, marked). */
  retractions: Type.Array(Type.Object({ auctionId: Id, retractedAt: Timestamp })),
});
export type AccountExport = Static<typeof AccountExport>;

// The negative codes the Lua scripts return, turned into errors in one place.
import { AppError, ErrorCode, errors } from '../errors.ts';
import {
  APPEAL_WINDOW_DAYS,
  FEEDBACK_WINDOW_DAYS,
  MAX_BLOCKED,
  MAX_PHOTOS,
  MAX_QUESTIONS,
  MAX_SAVED_SEARCHES,
} from '../schemas.ts';
import { RETRACT_ALL_BEFORE_END_HOURS, RETRACT_LATEST_WITHIN_HOURS } from '../rules.ts';

export const ScriptCode = {
  OK: 0,
  AUCTION_NOT_FOUND: -1,
  AUCTION_CLOSED: -2,
  OWN_AUCTION: -3,
  BID_TOO_LOW: -4,
  INVALID_END: -5,
  AUCTION_EXISTS: -6,
  EMAIL_TAKEN: -7,
  IDEMPOTENCY_KEY_REUSED: -8,
  AUCTION_NOT_STARTED: -9,
  BUY_NOW_UNAVAILABLE: -10,
  NOT_SELLER: -11,
  AUCTION_HAS_BIDS: -12,
  NOT_LEADING: -13,
  MAX_TOO_LOW: -14,
  /** The password is no longer the one the caller verified (openSession, endSessions). */
  PASSWORD_CHANGED: -15,
  /** deleteAccount: the user still sells, or leads, an open auction. */
  SELLING_OPEN_AUCTION: -16,
  LEADING_OPEN_AUCTION: -17,
  /** endSessions, and the scripts that act for a user: the account was deleted meanwhile. */
  NO_ACCOUNT: -18,
  /** deleteAccount: the user sold or won an auction that closed recently. */
  SALE_IN_PROGRESS: -19,
  /** addPhoto: the auction has as many photos as allowed. */
  TOO_MANY_PHOTOS: -20,
  /** removePhoto: the auction has no photo with that id. */
  PHOTO_NOT_FOUND: -21,
  /** askQuestion: the auction has as many questions as allowed. */
  TOO_MANY_QUESTIONS: -22,
  /** answerQuestion: no question with that number. */
  QUESTION_NOT_FOUND: -23,
  /** answerQuestion: it has an answer already. */
  ALREADY_ANSWERED: -24,
  /** reorderPhotos: the ids are not exactly the auction's photos, each once. */
  NOT_THE_PHOTOS: -25,
  /** leaveFeedback: the auction did not end in a sale. */
  NOT_SOLD: -26,
  /** leaveFeedback: the caller is neither the seller nor the buyer. */
  NOT_A_PARTY: -27,
  /** leaveFeedback: the window after the close has passed. */
  FEEDBACK_CLOSED: -28,
  /** leaveFeedback: this party rated already. */
  FEEDBACK_ALREADY_LEFT: -29,
  /** leaveFeedback: the party to rate deleted their account ({-30, role, name}). */
  OTHER_PARTY_DELETED: -30,
  /** placeBid, buyNow, askQuestion: the seller blocked this user. */
  BLOCKED_BY_SELLER: -31,
  /** blockUser: no such account. */
  USER_NOT_FOUND: -32,
  /** blockUser: as many users blocked as allowed. */
  TOO_MANY_BLOCKED: -33,
  /** replyToFeedback: no rating by that party on this auction. */
  FEEDBACK_NOT_FOUND: -34,
  /** replyToFeedback: the caller is not the one the rating is about. */
  NOT_RATED: -35,
  /** replyToFeedback: it has an answer already. */
  ALREADY_REPLIED: -36,
  /** flagAuction: this user reported the auction before. */
  ALREADY_FLAGGED: -37,
  /** flagAuction: the auction was cancelled or removed. */
  AUCTION_CANCELLED: -38,
  /** removeAuction, dismissFlags: the caller is not (or no longer) a moderator. */
  NOT_A_MODERATOR: -39,
  /** suspendUser: the account is a moderator's. */
  MODERATOR_ACCOUNT: -40,
  /** openSession: a moderator suspended the account. */
  ACCOUNT_SUSPENDED: -41,
  /** saveSearch: MAX_SAVED_SEARCHES saved already. */
  TOO_MANY_SEARCHES: -42,
  /** saveSearch: the same words and category are saved already ({-43, id}). */
  SEARCH_ALREADY_SAVED: -43,
  /** forgetSearch: the user has no such saved search. */
  SEARCH_NOT_FOUND: -44,
  /** lodgeAppeal: the auction was not removed by a moderator. */
  NOT_REMOVED: -45,
  /** lodgeAppeal: this decision was appealed already ({-46, appealId}). */
  ALREADY_APPEALED: -46,
  /** lodgeAppeal: APPEAL_WINDOW_DAYS have passed since the decision. */
  APPEAL_WINDOW_CLOSED: -47,
  /** lodgeAppeal: the account is not suspended. */
  NOT_SUSPENDED: -48,
  /** decideAppeal: no such appeal. */
  APPEAL_NOT_FOUND: -49,
  /** decideAppeal: a moderator decided it already. */
  APPEAL_DECIDED: -50,
  /** decideAppeal: the moderator took the decision appealed (where another must decide). */
  OWN_DECISION: -51,
  /** removeAuction: a moderator removed it already. */
  ALREADY_REMOVED: -52,
  /** lodgeAppeal: the appellant made no report of this auction. */
  REPORT_NOT_FOUND: -53,
  /** lodgeAppeal: no moderator has reviewed the appellant's report yet. */
  REPORT_PENDING: -54,
  /** retractBid: no bid of the bidder's stands on this auction. */
  NO_BID_TO_RETRACT: -55,
  /** retractBid: in the last 12 hours, their latest bid was placed more than an hour ago. */
  RETRACTION_WINDOW_CLOSED: -56,
  /** sellerCancelBids: no bid of that bidder stands on this auction. */
  NO_BID_TO_CANCEL: -57,
} as const;

/** Converts a script's failure reply ({code, ...details}) into an AppError. */
export function scriptError(reply: unknown[]): AppError {
  const [code, detail] = reply as [number, unknown];
  switch (code) {
    case ScriptCode.AUCTION_NOT_FOUND:
      return errors.auctionNotFound();
    case ScriptCode.AUCTION_CLOSED:
      return errors.auctionClosed();
    case ScriptCode.OWN_AUCTION:
      return errors.ownAuction();
    case ScriptCode.BID_TOO_LOW:
      return errors.bidTooLow(Number(detail));
    case ScriptCode.INVALID_END:
      // `field` lets a form show the message beside the right input.
      return new AppError(
        ErrorCode.VALIDATION_FAILED,
        'The auction must end in the future, within 30 days.',
        { field: 'endsAt' },
      );
    case ScriptCode.EMAIL_TAKEN:
      return new AppError(ErrorCode.EMAIL_TAKEN, 'An account with this e-mail already exists.');
    case ScriptCode.IDEMPOTENCY_KEY_REUSED:
      return new AppError(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        'This Idempotency-Key was already used for a different bid.',
      );
    case ScriptCode.AUCTION_NOT_STARTED:
      return new AppError(ErrorCode.AUCTION_NOT_STARTED, 'This auction has not started yet.');
    case ScriptCode.BUY_NOW_UNAVAILABLE:
      return new AppError(
        ErrorCode.BUY_NOW_UNAVAILABLE,
        'Buy It Now is not offered for this auction any more.',
      );
    case ScriptCode.NOT_SELLER:
      return errors.notSeller();
    case ScriptCode.AUCTION_HAS_BIDS:
      return new AppError(ErrorCode.AUCTION_HAS_BIDS, 'An auction with bids cannot be cancelled.');
    case ScriptCode.NOT_LEADING:
      return new AppError(
        ErrorCode.NOT_LEADING,
        'Only the leading bidder can raise a maximum without bidding; place a bid instead.',
      );
    case ScriptCode.MAX_TOO_LOW:
      return new AppError(
        ErrorCode.MAX_TOO_LOW,
        `A maximum can only be raised: at least ${Number(detail)}.`,
        { minimumMax: Number(detail) },
      );
    case ScriptCode.NO_ACCOUNT:
      return new AppError(ErrorCode.UNAUTHORIZED, 'This account no longer exists.');
    case ScriptCode.SELLING_OPEN_AUCTION:
      return new AppError(
        ErrorCode.SELLING_OPEN_AUCTION,
        'You are selling an open auction: it must end, or be cancelled, first.',
        { auctionId: String(detail) },
      );
    case ScriptCode.LEADING_OPEN_AUCTION:
      return new AppError(
        ErrorCode.LEADING_OPEN_AUCTION,
        'You lead an open auction and may win it: wait until it ends.',
        { auctionId: String(detail) },
      );
    case ScriptCode.SALE_IN_PROGRESS:
      return new AppError(
        ErrorCode.SALE_IN_PROGRESS,
        'You sold or won an auction that closed recently: the other party may still need to reach you.',
        { auctionId: String(detail), availableAt: new Date(Number(reply[2])).toISOString() },
      );
    case ScriptCode.TOO_MANY_PHOTOS:
      return new AppError(
        ErrorCode.TOO_MANY_PHOTOS,
        `An auction has at most ${MAX_PHOTOS} photos: remove one first.`,
        { maxPhotos: MAX_PHOTOS },
      );
    case ScriptCode.PHOTO_NOT_FOUND:
      return errors.photoNotFound();
    case ScriptCode.NOT_THE_PHOTOS:
      return new AppError(
        ErrorCode.VALIDATION_FAILED,
        'Give every photo of the auction exactly once, in the new order.',
        { field: 'photoIds' },
      );
    case ScriptCode.TOO_MANY_QUESTIONS:
      return new AppError(
        ErrorCode.TOO_MANY_QUESTIONS,
        `An auction takes at most ${MAX_QUESTIONS} questions.`,
        { maxQuestions: MAX_QUESTIONS },
      );
    case ScriptCode.QUESTION_NOT_FOUND:
      return new AppError(ErrorCode.QUESTION_NOT_FOUND, 'This auction has no such question.');
    case ScriptCode.ALREADY_ANSWERED:
      return new AppError(
        ErrorCode.ALREADY_ANSWERED,
        'This question has an answer already: answers are not rewritten.',
      );
    case ScriptCode.NOT_SOLD:
      return errors.notSold();
    case ScriptCode.NOT_A_PARTY:
      return errors.notAParty();
    case ScriptCode.FEEDBACK_CLOSED:
      return new AppError(
        ErrorCode.FEEDBACK_CLOSED,
        `Feedback is left within ${FEEDBACK_WINDOW_DAYS} days of the sale.`,
        { windowDays: FEEDBACK_WINDOW_DAYS },
      );
    case ScriptCode.FEEDBACK_ALREADY_LEFT:
      return new AppError(
        ErrorCode.FEEDBACK_ALREADY_LEFT,
        'You rated this sale already: feedback is not rewritten.',
      );
    case ScriptCode.BLOCKED_BY_SELLER:
      return new AppError(
        ErrorCode.BLOCKED_BY_SELLER,
        'The seller does not take bids or questions from you on their auctions.',
      );
    case ScriptCode.USER_NOT_FOUND:
      return errors.userNotFound();
    case ScriptCode.TOO_MANY_BLOCKED:
      return new AppError(
        ErrorCode.TOO_MANY_BLOCKED,
        `One may block at most ${MAX_BLOCKED} users: unblock one first.`,
        { maxBlocked: MAX_BLOCKED },
      );
    case ScriptCode.TOO_MANY_SEARCHES:
      return new AppError(
        ErrorCode.TOO_MANY_SEARCHES,
        `One may save at most ${MAX_SAVED_SEARCHES} searches: delete one first.`,
        { maxSearches: MAX_SAVED_SEARCHES },
      );
    case ScriptCode.SEARCH_ALREADY_SAVED:
      return new AppError(ErrorCode.SEARCH_ALREADY_SAVED, 'You saved this search already.', {
        searchId: String(detail),
      });
    case ScriptCode.SEARCH_NOT_FOUND:
      return new AppError(ErrorCode.SEARCH_NOT_FOUND, 'You have no such saved search.');
    case ScriptCode.FEEDBACK_NOT_FOUND:
      return new AppError(ErrorCode.FEEDBACK_NOT_FOUND, 'That party has not rated this sale.');
    case ScriptCode.NOT_RATED:
      return new AppError(ErrorCode.NOT_RATED, 'Only the person a rating is about answers it.');
    case ScriptCode.ALREADY_REPLIED:
      return new AppError(
        ErrorCode.ALREADY_REPLIED,
        'This rating has an answer already: answers are not rewritten.',
      );
    case ScriptCode.ALREADY_FLAGGED:
      return new AppError(
        ErrorCode.ALREADY_FLAGGED,
        'You reported this auction already: the moderators have it.',
      );
    case ScriptCode.AUCTION_CANCELLED:
      return new AppError(ErrorCode.AUCTION_CANCELLED, 'This auction was cancelled or removed.');
    case ScriptCode.NOT_A_MODERATOR:
      return errors.notAModerator();
    case ScriptCode.MODERATOR_ACCOUNT:
      return new AppError(
        ErrorCode.MODERATOR_ACCOUNT,
        'Moderators are not suspended: revoke their moderation first.',
      );
    case ScriptCode.ACCOUNT_SUSPENDED:
      return new AppError(
        ErrorCode.ACCOUNT_SUSPENDED,
        'This account is suspended by the platform’s moderators.',
      );
    case ScriptCode.OTHER_PARTY_DELETED:
      return errors.otherPartyDeleted(String(detail), String(reply[2]));
    case ScriptCode.NOT_REMOVED:
      return new AppError(
        ErrorCode.NOT_REMOVED,
        'Only a moderator’s removal of an auction can be appealed.',
      );
    case ScriptCode.NOT_SUSPENDED:
      return new AppError(ErrorCode.NOT_SUSPENDED, 'This account is not suspended.');
    case ScriptCode.ALREADY_APPEALED:
      return new AppError(
        ErrorCode.ALREADY_APPEALED,
        'This decision was appealed already: a moderator reviews it once.',
        { appealId: String(detail) },
      );
    case ScriptCode.APPEAL_WINDOW_CLOSED:
      return new AppError(
        ErrorCode.APPEAL_WINDOW_CLOSED,
        `A decision is appealed within ${APPEAL_WINDOW_DAYS} days.`,
        { windowDays: APPEAL_WINDOW_DAYS },
      );
    case ScriptCode.APPEAL_NOT_FOUND:
      return new AppError(ErrorCode.APPEAL_NOT_FOUND, 'There is no such appeal.');
    case ScriptCode.OWN_DECISION:
      return new AppError(
        ErrorCode.OWN_DECISION,
        'You took this decision: another moderator decides its appeal.',
      );
    case ScriptCode.ALREADY_REMOVED:
      return new AppError(ErrorCode.ALREADY_REMOVED, 'A moderator took this auction down already.');
    case ScriptCode.REPORT_NOT_FOUND:
      return new AppError(ErrorCode.REPORT_NOT_FOUND, 'You made no report of this auction.');
    case ScriptCode.REPORT_PENDING:
      return new AppError(
        ErrorCode.REPORT_PENDING,
        'No moderator has reviewed your report yet: there is no decision to contest.',
      );
    case ScriptCode.NO_BID_TO_RETRACT:
      return new AppError(
        ErrorCode.NO_BID_TO_RETRACT,
        'You have no bid on this auction to retract.',
      );
    case ScriptCode.NO_BID_TO_CANCEL:
      return new AppError(
        ErrorCode.NO_BID_TO_CANCEL,
        'That bidder has no bid on this auction to cancel.',
      );
    case ScriptCode.RETRACTION_WINDOW_CLOSED:
      return new AppError(
        ErrorCode.RETRACTION_WINDOW_CLOSED,
        'In its last 12 hours an auction only lets you retract a bid within an hour of placing it.',
        {
          allBidsBeforeHours: RETRACT_ALL_BEFORE_END_HOURS,
          latestBidWithinHours: RETRACT_LATEST_WITHIN_HOURS,
        },
      );
    case ScriptCode.APPEAL_DECIDED:
      return new AppError(
        ErrorCode.APPEAL_DECIDED,
        'A moderator decided this appeal already: decisions are not rewritten.',
      );
    default:
      return new AppError(ErrorCode.INTERNAL_ERROR, `Unexpected script reply ${String(code)}.`);
  }
}

// Every error a client can see has a stable code. Clients branch on the code,
// never on the message, which is for people and may be reworded.

export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  INVALID_JSON: 'INVALID_JSON',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  ROUTE_NOT_FOUND: 'ROUTE_NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  UNAUTHORIZED: 'UNAUTHORIZED',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  WRONG_PASSWORD: 'WRONG_PASSWORD',
  INVALID_RESET_TOKEN: 'INVALID_RESET_TOKEN',
  PASSWORD_RESET_UNAVAILABLE: 'PASSWORD_RESET_UNAVAILABLE',
  INVALID_VERIFICATION_TOKEN: 'INVALID_VERIFICATION_TOKEN',
  EMAIL_VERIFICATION_UNAVAILABLE: 'EMAIL_VERIFICATION_UNAVAILABLE',
  EMAIL_ALREADY_VERIFIED: 'EMAIL_ALREADY_VERIFIED',
  INVALID_REVERT_TOKEN: 'INVALID_REVERT_TOKEN',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  AUCTION_NOT_FOUND: 'AUCTION_NOT_FOUND',
  AUCTION_CLOSED: 'AUCTION_CLOSED',
  AUCTION_NOT_STARTED: 'AUCTION_NOT_STARTED',
  BUY_NOW_UNAVAILABLE: 'BUY_NOW_UNAVAILABLE',
  NOT_SELLER: 'NOT_SELLER',
  AUCTION_HAS_BIDS: 'AUCTION_HAS_BIDS',
  INVALID_IMAGE: 'INVALID_IMAGE',
  TOO_MANY_PHOTOS: 'TOO_MANY_PHOTOS',
  PHOTO_NOT_FOUND: 'PHOTO_NOT_FOUND',
  TOO_MANY_QUESTIONS: 'TOO_MANY_QUESTIONS',
  QUESTION_NOT_FOUND: 'QUESTION_NOT_FOUND',
  ALREADY_ANSWERED: 'ALREADY_ANSWERED',
  FEEDBACK_ALREADY_LEFT: 'FEEDBACK_ALREADY_LEFT',
  FEEDBACK_CLOSED: 'FEEDBACK_CLOSED',
  USER_NOT_FOUND: 'USER_NOT_FOUND',
  FEEDBACK_NOT_FOUND: 'FEEDBACK_NOT_FOUND',
  NOT_RATED: 'NOT_RATED',
  ALREADY_REPLIED: 'ALREADY_REPLIED',
  BLOCKED_BY_SELLER: 'BLOCKED_BY_SELLER',
  TOO_MANY_BLOCKED: 'TOO_MANY_BLOCKED',
  TOO_MANY_SEARCHES: 'TOO_MANY_SEARCHES',
  SEARCH_ALREADY_SAVED: 'SEARCH_ALREADY_SAVED',
  SEARCH_NOT_FOUND: 'SEARCH_NOT_FOUND',
  ALREADY_FLAGGED: 'ALREADY_FLAGGED',
  AUCTION_CANCELLED: 'AUCTION_CANCELLED',
  NOT_A_MODERATOR: 'NOT_A_MODERATOR',
  MODERATOR_ACCOUNT: 'MODERATOR_ACCOUNT',
  ACCOUNT_SUSPENDED: 'ACCOUNT_SUSPENDED',
  NOT_REMOVED: 'NOT_REMOVED',
  NOT_SUSPENDED: 'NOT_SUSPENDED',
  ALREADY_APPEALED: 'ALREADY_APPEALED',
  APPEAL_WINDOW_CLOSED: 'APPEAL_WINDOW_CLOSED',
  APPEAL_NOT_FOUND: 'APPEAL_NOT_FOUND',
  APPEAL_DECIDED: 'APPEAL_DECIDED',
  OWN_DECISION: 'OWN_DECISION',
  ALREADY_REMOVED: 'ALREADY_REMOVED',
  REPORT_NOT_FOUND: 'REPORT_NOT_FOUND',
  REPORT_PENDING: 'REPORT_PENDING',
  NO_BID_TO_RETRACT: 'NO_BID_TO_RETRACT',
  NO_BID_TO_CANCEL: 'NO_BID_TO_CANCEL',
  RETRACTION_WINDOW_CLOSED: 'RETRACTION_WINDOW_CLOSED',
  BID_TOO_LOW: 'BID_TOO_LOW',
  NOT_LEADING: 'NOT_LEADING',
  MAX_TOO_LOW: 'MAX_TOO_LOW',
  OWN_AUCTION: 'OWN_AUCTION',
  REPORT_NOT_READY: 'REPORT_NOT_READY',
  REPORT_WITHDRAWN: 'REPORT_WITHDRAWN',
  NOT_A_PARTY: 'NOT_A_PARTY',
  NOT_SOLD: 'NOT_SOLD',
  SELLING_OPEN_AUCTION: 'SELLING_OPEN_AUCTION',
  LEADING_OPEN_AUCTION: 'LEADING_OPEN_AUCTION',
  SALE_IN_PROGRESS: 'SALE_IN_PROGRESS',
  ACCOUNT_DELETED: 'ACCOUNT_DELETED',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  RATE_LIMITED: 'RATE_LIMITED',
  REDIS_UNAVAILABLE: 'REDIS_UNAVAILABLE',
  SERVER_BUSY: 'SERVER_BUSY',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const httpStatusOf: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  UNAUTHORIZED: 401,
  INVALID_CREDENTIALS: 401,
  // Not 401: the session is fine, only the current password typed is not.
  WRONG_PASSWORD: 403,
  INVALID_RESET_TOKEN: 400,
  // No mail relay configured: the route exists, the feature does not here.
  PASSWORD_RESET_UNAVAILABLE: 404,
  INVALID_VERIFICATION_TOKEN: 400,
  EMAIL_VERIFICATION_UNAVAILABLE: 404,
  EMAIL_ALREADY_VERIFIED: 409,
  INVALID_REVERT_TOKEN: 400,
  EMAIL_TAKEN: 409,
  AUCTION_NOT_FOUND: 404,
  AUCTION_CLOSED: 409,
  AUCTION_NOT_STARTED: 409,
  BUY_NOW_UNAVAILABLE: 409,
  NOT_SELLER: 403,
  AUCTION_HAS_BIDS: 409,
  INVALID_IMAGE: 400,
  TOO_MANY_PHOTOS: 409,
  PHOTO_NOT_FOUND: 404,
  TOO_MANY_QUESTIONS: 409,
  QUESTION_NOT_FOUND: 404,
  ALREADY_ANSWERED: 409,
  FEEDBACK_ALREADY_LEFT: 409,
  // The sale's feedback window (FEEDBACK_WINDOW_DAYS after the close) has passed.
  FEEDBACK_CLOSED: 409,
  USER_NOT_FOUND: 404,
  FEEDBACK_NOT_FOUND: 404,
  // Only the one a rating is about answers it.
  NOT_RATED: 403,
  ALREADY_REPLIED: 409,
  BLOCKED_BY_SELLER: 403,
  TOO_MANY_BLOCKED: 409,
  TOO_MANY_SEARCHES: 409,
  SEARCH_ALREADY_SAVED: 409,
  SEARCH_NOT_FOUND: 404,
  ALREADY_FLAGGED: 409,
  // Cancelled by its seller or removed by a moderator: nothing left to report.
  AUCTION_CANCELLED: 409,
  NOT_A_MODERATOR: 403,
  // Moderators are not suspended: their moderation is revoked first.
  MODERATOR_ACCOUNT: 409,
  // The right password, but a moderator suspended the account.
  ACCOUNT_SUSPENDED: 403,
  NOT_REMOVED: 409,
  NOT_SUSPENDED: 409,
  ALREADY_APPEALED: 409,
  // APPEAL_WINDOW_DAYS after the decision have passed.
  APPEAL_WINDOW_CLOSED: 409,
  APPEAL_NOT_FOUND: 404,
  APPEAL_DECIDED: 409,
  // APPEALS_BY_ANOTHER_MODERATOR: the one who took a decision does not decide its appeal.
  OWN_DECISION: 409,
  // A moderator took the auction down already (open or ended).
  ALREADY_REMOVED: 409,
  REPORT_NOT_FOUND: 404,
  // A keep is appealed once a moderator has kept the auction, not before.
  REPORT_PENDING: 409,
  NO_BID_TO_RETRACT: 409,
  NO_BID_TO_CANCEL: 409,
  // In an auction's last 12 hours, only a bid placed within the hour is retracted.
  RETRACTION_WINDOW_CLOSED: 409,
  BID_TOO_LOW: 409,
  NOT_LEADING: 409,
  MAX_TOO_LOW: 409,
  OWN_AUCTION: 403,
  REPORT_NOT_READY: 404,
  // The moderators took the auction down: what the worker wrote about it goes with it.
  REPORT_WITHDRAWN: 410,
  // Only the seller and the buyer of a sale see each other's contact.
  NOT_A_PARTY: 403,
  NOT_SOLD: 409,
  SELLING_OPEN_AUCTION: 409,
  LEADING_OPEN_AUCTION: 409,
  SALE_IN_PROGRESS: 409,
  ACCOUNT_DELETED: 410,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  REDIS_UNAVAILABLE: 503,
  // Capacity, not the request: the same request may be sent again shortly.
  SERVER_BUSY: 503,
  INTERNAL_ERROR: 500,
};

/** Extra machine-readable fields some errors carry, e.g. `minimumBid`. */
type ErrorDetail = string | number | boolean | null;
/** Beside the code and message; an object only where a record helps (ALREADY_APPEALED's appeal). */
export type ErrorDetails = Record<string, ErrorDetail | { [field: string]: unknown }>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = httpStatusOf[code];
    this.details = details;
  }

  toBody(): { error: { code: ErrorCode; message: string } & ErrorDetails } {
    return { error: { ...this.details, code: this.code, message: this.message } };
  }
}

/** Factories for the errors raised in more than one place. */
export const errors = {
  validation: (message: string) => new AppError(ErrorCode.VALIDATION_FAILED, message),
  unauthorized: () => new AppError(ErrorCode.UNAUTHORIZED, 'Sign in to do this.'),
  auctionNotFound: () => new AppError(ErrorCode.AUCTION_NOT_FOUND, 'Auction not found.'),
  auctionClosed: () => new AppError(ErrorCode.AUCTION_CLOSED, 'This auction is closed.'),
  notAModerator: () =>
    new AppError(ErrorCode.NOT_A_MODERATOR, 'Only the platform’s moderators may do this.'),
  ownAuction: () =>
    new AppError(ErrorCode.OWN_AUCTION, 'Sellers cannot bid on their own auctions.'),
  bidTooLow: (minimumBid: number) =>
    new AppError(ErrorCode.BID_TOO_LOW, `The bid must be at least ${minimumBid}.`, { minimumBid }),
  redisUnavailable: () =>
    new AppError(ErrorCode.REDIS_UNAVAILABLE, 'The service is temporarily unavailable.'),
  notSeller: () => new AppError(ErrorCode.NOT_SELLER, 'Only the seller can do this.'),
  notSold: () => new AppError(ErrorCode.NOT_SOLD, 'Only a sold auction has a buyer and a seller.'),
  notAParty: () =>
    new AppError(ErrorCode.NOT_A_PARTY, 'Only the seller and the buyer may do this.'),
  otherPartyDeleted: (role: string, name: string) =>
    new AppError(ErrorCode.ACCOUNT_DELETED, 'The other party deleted their account.', {
      role,
      name,
    }),
  userNotFound: () => new AppError(ErrorCode.USER_NOT_FOUND, 'No such user.'),
  photoNotFound: () => new AppError(ErrorCode.PHOTO_NOT_FOUND, 'This auction has no such photo.'),
};

// Every Redis key and channel name the platform uses, in one place. The
// prefix lets several deployments, or tests, share one Redis.

/** The original design's channel name, kept for outside subscribers. */
export const FINISHED_CHANNEL = 'leiloes_finalizados';

export type RedisKeys = ReturnType<typeof redisKeys>;

/**
 * The notice streams the worker e-mails from (questions, feedback, removals)
 * are capped near this many entries (XADD MAXLEN ~): a notice that waited
 * that long is stale anyway.
 */
export const NOTICE_STREAM_CAP = '100000';

/**
 * The moderation log keeps about this many decisions (XADD MAXLEN ~): years
 * of a busy platform's moderation, some 200 bytes each.
 */
export const MODERATION_LOG_CAP = '1000000';

export function redisKeys(prefix = 'arremate:') {
  return {
    prefix,
    auctionPrefix: `${prefix}auction:`,
    auction: (id: string) => `${prefix}auction:${id}`,
    auctionBids: (id: string) => `${prefix}auction:${id}:bids`,
    /**
     * List of what each accepted bid asked (bidder, amount, secret maximum),
     * in order: placeBid-8.lua appends to it as auction key .. ':bid-inputs';
     * cancelBids places the bids of those who stay again from it.
     */
    auctionBidInputs: (id: string) => `${prefix}auction:${id}:bid-inputs`,
    /**
     * Hash of the auction's state before each logged input (field: the seq
     * before it; `complete` and `cancelled` say whether a replay may trust
     * them): placeBid-8.lua keeps them as auction key .. ':bid-states', a
     * withdrawal replays from the one before the first bid it withdraws.
     */
    auctionBidStates: (id: string) => `${prefix}auction:${id}:bid-states`,
    /**
     * Hash of an auction's questions: `q:<n>` the n-th question (JSON, with its
     * answer), `count` the last n, `version` +1 per question and per answer.
     */
    auctionQuestions: (id: string) => `${prefix}auction:${id}:questions`,
    /** Questions a user asked: sorted set of "<auctionId>:<n>", score = when asked, ms. */
    userQuestions: (userId: string) => `${prefix}user:${userId}:questions`,
    /** Hash of a sale's feedback: `buyer` and `seller`, each the JSON its party left. */
    auctionFeedback: (id: string) => `${prefix}auction:${id}:feedback`,
    /** Feedback a user received: sorted set of "<auctionId>:<author's role>", score = when left, ms. */
    userFeedback: (userId: string) => `${prefix}user:${userId}:feedback`,
    /** The users a user blocked from bidding on and asking about their auctions (set of ids). */
    userBlocked: (userId: string) => `${prefix}user:${userId}:blocked`,
    /**
     * Hash of the reports made about an auction: `u:<userId>` each (JSON, with its review
     * round), `round` the current round, the last review (`decision`, `reviewedBy`, `reviewedAt`),
     * each keep (`review:<round>`: JSON decision, by, at) and each reporter's appeal of one
     * (`a:<userId>`: the appeal's id).
     */
    auctionFlags: (id: string) => `${prefix}auction:${id}:flags`,
    /** Auctions with reports no moderator reviewed yet: sorted set, score = -(first such report), ms. */
    moderationQueue: `${prefix}moderation:queue`,
    /**
     * Hash of an appeal against a moderator's decision: kind (removal | suspension | keep), userId,
     * auctionId, the decision's reason, decidedAt and decidedBy, text, createdAt, status, and
     * once reviewed reply, reviewedBy, reviewedAt.
     */
    appeal: (id: string) => `${prefix}appeal:${id}`,
    /** Appeals no moderator decided yet: sorted set, score = -(when lodged), ms. */
    appealQueue: `${prefix}moderation:appeals`,
    /** A user's appeals: sorted set, score = when lodged (their data export). */
    userAppeals: (userId: string) => `${prefix}user:${userId}:appeals`,
    /**
     * Every moderator's decision, oldest first (stream: action — removed, kept, suspended,
     * reinstated, appeal_upheld, appeal_reversed —, moderatorId, auctionId or userId,
     * appealId (also on a removal that reversed a keep), reason), written by the decision scripts in the same step; capped.
     */
    moderationLog: `${prefix}moderation:log`,
    /**
     * What moderation received, oldest first (stream: kind — report, with its reason; appeal,
     * with its subject, removal, suspension or keep), counted by the transparency report; no one's id.
     */
    moderationIntake: `${prefix}moderation:intake`,
    /** Auctions a user reported: sorted set, score = when (their data export). */
    userFlags: (userId: string) => `${prefix}user:${userId}:flags`,
    /** Hash of a user's saved searches: one field per search id, its JSON (query, terms, category). */
    userSearches: (userId: string) => `${prefix}user:${userId}:searches`,
    /**
     * The saved searches a new listing of this category may match: set of
     * "<userId>:<searchId>"; `null`, those of any category (words only).
     */
    savedSearchIndex: (category: string | null) =>
      category === null
        ? `${prefix}searches:any-category`
        : `${prefix}searches:category:${category}`,
    /** The prefix of `savedSearchIndex` for one category, for scripts that learn the category. */
    savedSearchCategoryPrefix: `${prefix}searches:category:`,
    /** Stream of new listings ({auctionId}): the worker tells whoever saved a search they match; capped. */
    listingStream: `${prefix}stream:listings`,
    /** Listing entries the worker gave up on, each with its reason. */
    listingDeadLetterStream: `${prefix}stream:listings:dead`,
    /** Set once the people a new listing matches a saved search of were told on their devices. */
    searchAnnounced: (auctionId: string) => `${prefix}search-announced:${auctionId}`,
    /** Set once that was e-mailed to them. */
    searchMailed: (auctionId: string, userId: string) =>
      `${prefix}search-mailed:${auctionId}:${userId}`,
    /** How many search alerts a user was e-mailed on one day (UTC, YYYY-MM-DD); expires. */
    searchMailsOn: (userId: string, day: string) => `${prefix}search-mails:${userId}:${day}`,
    /** Feedback a user left, in the same form (their data export). */
    userFeedbackGiven: (userId: string) => `${prefix}user:${userId}:feedback-given`,
    /** Hash of one photo's WebP bytes: `full` and `thumbnail`. */
    auctionPhoto: (auctionId: string, photoId: string) =>
      `${prefix}auction:${auctionId}:photo:${photoId}`,
    /** Sorted set, score = endsAt in ms: the lobby's order and the monitor's queue. */
    openAuctions: `${prefix}auctions:open`,
    /** The same open auctions by when they were listed: sorted set, score = createdAt in ms. */
    openByListing: `${prefix}auctions:open:listed`,
    /** Sorted set, score = when to send the auction's ending-soon notice, in ms. */
    endingSoon: `${prefix}auctions:ending-soon`,
    /** Set of the user ids who keep the auction on their watchlist. */
    auctionWatchers: (id: string) => `${prefix}auction:${id}:watchers`,
    /** A user's watchlist: sorted set of auction ids, score = when added. */
    watchlist: (userId: string) => `${prefix}watchlist:${userId}`,
    /** Auctions a user bid on (or bought): sorted set, score = their last bid in ms. */
    userBuying: (userId: string) => `${prefix}user:${userId}:buying`,
    /**
     * A user's bid retractions of the last RETRACTIONS_SHOWN_MONTHS: sorted set,
     * score = when in ms, member = `<auction id>:<first bid withdrawn>`.
     */
    userRetractions: (userId: string) => `${prefix}user:${userId}:retractions`,
    /** Auctions a user put up for sale: sorted set, score = createdAt in ms. */
    userSelling: (userId: string) => `${prefix}user:${userId}:selling`,
    /** Sorted set, score = closedAt in ms. */
    closedAuctions: `${prefix}auctions:closed`,
    /** Durable stream of finished auctions, consumed by the worker's group. */
    finishedStream: `${prefix}stream:finished`,
    /**
     * Stream of overtaken leaders (auction, user), for the worker's outbid
     * e-mails; capped, since a notice that waited that long is stale anyway.
     */
    outbidStream: `${prefix}stream:outbid`,
    /** Outbid entries the worker gave up on, each with its reason. */
    outbidDeadLetterStream: `${prefix}stream:outbid:dead`,
    /** The last bid (its time, ms) a user was e-mailed about being overtaken after, per auction. */
    outbidMailed: (auctionId: string, userId: string) =>
      `${prefix}outbid-mailed:${auctionId}:${userId}`,
    /**
     * Sorted set, score = when to e-mail the auction's watchers and bidders that it ends
     * soon, in ms (ENDING_SOON_EMAIL_MINUTES before the end set at creation).
     */
    endingSoonMail: `${prefix}auctions:ending-soon-mail`,
    /** Stream of auctions whose watchers and bidders the worker e-mails that they end soon; capped. */
    endingSoonStream: `${prefix}stream:ending-soon`,
    /** Ending-soon entries the worker gave up on, each with its reason. */
    endingSoonDeadLetterStream: `${prefix}stream:ending-soon:dead`,
    /** Set once someone was e-mailed that the auction ends soon: one such e-mail per auction. */
    endingSoonMailed: (auctionId: string, userId: string) =>
      `${prefix}ending-soon-mailed:${auctionId}:${userId}`,
    /**
     * Stream of questions asked and answered ({auctionId, number, kind: asked |
     * answered}): the worker e-mails the seller, or the asker; capped.
     */
    questionStream: `${prefix}stream:questions`,
    /**
     * Stream of ratings left and answered ({auctionId, role, kind: left | replied}):
     * the worker e-mails the rated person, or the rating's author; capped.
     */
    feedbackStream: `${prefix}stream:feedback`,
    /** Stream of auctions moderators removed ({auctionId}): the worker e-mails the seller and the bidders; capped. */
    removalStream: `${prefix}stream:removals`,
    /**
     * Stream of closed auctions moderators took down ({auctionId}), always written: the worker
     * deletes the auction's Discord post, or keeps one from being made; capped.
     */
    takedownStream: `${prefix}stream:takedowns`,
    /** Takedown entries the worker gave up on, each with its reason. */
    takedownDeadLetterStream: `${prefix}stream:takedowns:dead`,
    /**
     * Stream of bidders who lead again once someone's bids were withdrawn (a suspended
     * account's, a retraction, a seller's cancellation) ({auctionId, userId, cancelled: the
     * auction's cancelledBidCount then, and `retracted` or `cancelledBySeller`}): the worker
     * e-mails them; capped.
     */
    leadRestoredStream: `${prefix}stream:lead-restored`,
    /** Lead-restored entries the worker gave up on, each with its reason. */
    leadRestoredDeadLetterStream: `${prefix}stream:lead-restored:dead`,
    /** Holds the cancelledBidCount a leader was last told of: one e-mail per cancellation. */
    leadRestoredMailed: (auctionId: string, userId: string) =>
      `${prefix}lead-restored-mailed:${auctionId}:${userId}`,
    /**
     * Stream of bidders whose bids a seller cancelled ({auctionId, userId, reason}): the
     * worker e-mails each why; capped.
     */
    sellerCancellationStream: `${prefix}stream:seller-cancellations`,
    /** Seller-cancellation entries the worker gave up on, each with its reason. */
    sellerCancellationDeadLetterStream: `${prefix}stream:seller-cancellations:dead`,
    /** Set once a bidder was e-mailed about one cancellation (the auction's cancelledBidCount then). */
    sellerCancellationMailed: (auctionId: string, userId: string, cancelled: string) =>
      `${prefix}seller-cancellation-mailed:${auctionId}:${userId}:${cancelled}`,
    /** Stream of accounts moderators suspended ({userId}): the worker e-mails each why; capped. */
    suspensionStream: `${prefix}stream:suspensions`,
    /** Suspension entries the worker gave up on, each with its reason. */
    suspensionDeadLetterStream: `${prefix}stream:suspensions:dead`,
    /** Set once someone was e-mailed about a suspension (its time, ms): one e-mail per suspension. */
    suspensionMailed: (userId: string, suspendedAt: string) =>
      `${prefix}suspension-mailed:${userId}:${suspendedAt}`,
    /**
     * Stream of moderators' decisions on reported auctions ({auctionId, decision: removed |
     * kept, round}): the worker tells the reports' authors of that round; capped.
     */
    reviewStream: `${prefix}stream:reviews`,
    /** Stream of decided appeals ({appealId}): the worker tells the appellant; capped. */
    appealStream: `${prefix}stream:appeals`,
    /** Appeal entries the worker gave up on, each with its reason. */
    appealDeadLetterStream: `${prefix}stream:appeals:dead`,
    /** Set once an appellant was e-mailed the decision on their appeal. */
    appealMailed: (appealId: string) => `${prefix}appeal-mailed:${appealId}`,
    /** Review entries the worker gave up on, each with its reason. */
    reviewDeadLetterStream: `${prefix}stream:reviews:dead`,
    /** Set once a reporter was e-mailed the decision on their report (one review round). */
    reviewMailed: (auctionId: string, round: string, userId: string) =>
      `${prefix}review-mailed:${auctionId}:${round}:${userId}`,
    /** Removal entries the worker gave up on, each with its reason. */
    removalDeadLetterStream: `${prefix}stream:removals:dead`,
    /** Set once someone was e-mailed that the auction was removed. */
    removalMailed: (auctionId: string, userId: string) =>
      `${prefix}removal-mailed:${auctionId}:${userId}`,
    /** Feedback entries the worker gave up on, each with its reason. */
    feedbackDeadLetterStream: `${prefix}stream:feedback:dead`,
    /** Set once the e-mail about a rating went. */
    feedbackMailed: (auctionId: string, role: string, kind: string) =>
      `${prefix}feedback-mailed:${auctionId}:${role}:${kind}`,
    /** Question entries the worker gave up on, each with its reason. */
    questionDeadLetterStream: `${prefix}stream:questions:dead`,
    /** Set once the e-mail about a question (asked or answered) went. */
    questionMailed: (auctionId: string, number: string, kind: string) =>
      `${prefix}question-mailed:${auctionId}:${number}:${kind}`,
    /** Pub/sub channel of auction events, published by the Lua scripts. */
    eventsChannel: `${prefix}events`,
    userPrefix: `${prefix}user:`,
    user: (id: string) => `${prefix}user:${id}`,
    userByEmail: (email: string) => `${prefix}user-email:${email}`,
    /** Session tokens are stored under the SHA-256 of the token, never in clear. */
    session: (tokenHash: string) => `${prefix}session:${tokenHash}`,
    /** A password-reset link's token (its SHA-256) → the user id; expires, used once. */
    passwordReset: (tokenHash: string) => `${prefix}password-reset:${tokenHash}`,
    /** An e-mail verification link's token (its SHA-256) → JSON {userId, email}; expires, used once. */
    emailVerification: (tokenHash: string) => `${prefix}email-verification:${tokenHash}`,
    /** A link that puts back the address an account was moved away from (its SHA-256) → JSON {userId, email}; expires, used once. */
    emailRevert: (tokenHash: string) => `${prefix}email-revert:${tokenHash}`,
    /** A user's open sessions: sorted set of token hashes, score = when each expires (ms). */
    userSessions: (userId: string) => `${prefix}user:${userId}:sessions`,
    report: (auctionId: string) => `${prefix}report:${auctionId}`,
    /** A bid's first reply, kept a day for retries with the same Idempotency-Key. */
    bidIdempotency: (userId: string, key: string) => `${prefix}idempotency:bid:${userId}:${key}`,
    /** GCRA rate-limit state (theoretical arrival time) of one limit and subject. */
    rateLimit: (limit: string, subject: string) => `${prefix}rate:${limit}:${subject}`,
    /** Finished-auction entries the worker gave up on, each with its reason. */
    deadLetterStream: `${prefix}stream:finished:dead`,
    /** Worker's per-auction lock (SET NX PX token) and progress hash (Discord message id...). */
    workerLock: (auctionId: string) => `${prefix}worker:lock:${auctionId}`,
    workerJob: (auctionId: string) => `${prefix}worker:job:${auctionId}`,
  };
}

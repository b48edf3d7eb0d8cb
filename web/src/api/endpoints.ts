// Typed calls to the REST contract v1 (issue 2) and its extras (time, report,
// issue 8's Buy It Now, raising a maximum, cancellation and watchlist, bid
// retraction and the seller's cancellation of a bidder's bids, and the
// seller's corrections and photos, the contact between the parties of a sale,
// the questions to the seller, the feedback after a sale (and the answers to
// it) with the public profiles it builds, the users a seller blocked, the
// reports of auctions with the moderators' queue and their suspensions of
// accounts, the searches one is alerted about, the appeals against a
// moderator's removal, suspension or keeping of a reported auction, and the
// log of moderators' decisions).
import type { Static } from 'typebox';
import type {
  AccountExport,
  Appeal,
  AppealBody,
  AppealQueue,
  AskedQuestion,
  Auction,
  AuctionCategory,
  AuctionFeedback,
  AuctionWatchers,
  AuctionPage as AuctionPageSchema,
  AuctionReport,
  BidPage as BidPageSchema,
  BidResult,
  BlockedUsers,
  CreateAuctionBody,
  EditAuctionBody,
  Feedback,
  FeedbackPage,
  FlagAuctionBody,
  FlagReason,
  GivenFlag,
  LeaveFeedbackBody,
  LoginBody,
  MaximumResult,
  ModeratedUser,
  ModerationLog,
  ModerationLogFilter,
  ModerationQueue,
  NotificationChanges,
  NotificationSettings,
  OwnMaximum,
  PendingFeedback,
  QuestionList,
  RegisterBody,
  RemoveAuctionBody,
  ReplyToFeedbackBody,
  RetractionResult,
  SaleContact,
  SavedSearch,
  SavedSearches,
  SaveSearchBody,
  SellerCancelBody,
  SellerCancelResult,
  StandingBidders,
  SessionResponse,
  SuspendResult,
  SuspendUserBody,
  SuspensionAppealBody,
  User,
  UserProfile,
} from '../../../core/schemas.ts';
import type { QuestionChange } from '../live/questions-state.ts';
import { apiRequest } from './http.ts';

// Types only: they come from the schemas the API validates with (STYLE.md
// habit 3); importing values from core/schemas.ts would bundle TypeBox.
export type Session = Static<typeof SessionResponse>;
export type AuctionPage = Static<typeof AuctionPageSchema>;
export type BidPage = Static<typeof BidPageSchema>;
export type { AuctionReport };
/**
 * A moderator's decision on an appeal: the decision appealed stands
 * (`upheld`) or is undone (`reversed`). From Appeal's status rather than
 * DecideAppealBody, whose union built from a mapped array reads as `never`.
 */
export type AppealOutcome = Exclude<Appeal['status'], 'open'>;
/** Which decisions of the moderation log to read. */
export type LogFilter = ModerationLogFilter;

const enc = encodeURIComponent;

/** Pages of the viewer's own lists (and of a profile's auctions): this many at a time, after `cursor`. */
export const MY_PAGE = 50;
/** Feedback received, per page on a profile (the API's default; at most 50). */
export const FEEDBACK_PAGE = 20;
/** Reported auctions, per page of the moderators' queue (the API's default). */
export const MODERATION_PAGE = 20;
/** Appeals, per page of the moderators' list. */
export const APPEAL_PAGE = 20;
/** Moderators' decisions, per page of the moderation log (the API's default; at most 100). */
export const MODERATION_LOG_PAGE = 50;
const myPage = (cursor?: string, limit = MY_PAGE) =>
  new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });

export const api = {
  register: (body: RegisterBody) =>
    apiRequest<Session>('/api/auth/register', { method: 'POST', body }),
  login: (body: LoginBody) => apiRequest<Session>('/api/auth/login', { method: 'POST', body }),
  me: () => apiRequest<{ user: User }>('/api/auth/me'),
  serverTime: () => apiRequest<{ now: string }>('/api/time'),
  listAuctions: (
    status: 'open' | 'closed',
    limit: number,
    cursor?: string,
    sort?: 'ending' | 'newest',
  ) =>
    apiRequest<AuctionPage>(
      `/api/auctions?status=${status}&limit=${limit}${sort ? `&sort=${sort}` : ''}` +
        (cursor ? `&cursor=${enc(cursor)}` : ''),
    ),
  getAuction: (id: string, signal?: AbortSignal) =>
    apiRequest<Auction>(`/api/auctions/${enc(id)}`, { signal }),
  /** How many keep it on their watchlist (never who). */
  watchers: (id: string) => apiRequest<AuctionWatchers>(`/api/auctions/${enc(id)}/watchers`),
  listBids: (id: string, afterSeq: number, limit: number) =>
    apiRequest<BidPage>(`/api/auctions/${enc(id)}/bids?afterSeq=${afterSeq}&limit=${limit}`),
  createAuction: (body: CreateAuctionBody) =>
    apiRequest<Auction>('/api/auctions', { method: 'POST', body }),
  /**
   * `maxAmount`: the secret maximum for automatic bidding; sent nowhere else.
   * `idempotencyKey`: one per bid the person means, so a retry cannot bid twice.
   */
  placeBid: (id: string, amount: number, maxAmount: number | undefined, idempotencyKey: string) =>
    apiRequest<BidResult>(`/api/auctions/${enc(id)}/bids`, {
      method: 'POST',
      body: maxAmount === undefined ? { amount } : { amount, maxAmount },
      headers: { 'idempotency-key': idempotencyKey },
    }),
  buyNow: (id: string) =>
    apiRequest<BidResult>(`/api/auctions/${enc(id)}/buy-now`, { method: 'POST' }),
  /**
   * Takes the viewer's bid back (every bid of theirs, or the latest: the
   * answer's `scope`). Never retried: a second one could take an earlier bid.
   */
  retractBid: (id: string) =>
    apiRequest<RetractionResult>(`/api/auctions/${enc(id)}/bids/retract`, { method: 'POST' }),
  /**
   * The seller cancels every bid of one bidder (eBay's bid cancellation).
   * Never retried: after a lost answer the seller looks at the history first.
   */
  cancelBidderBids: (id: string, body: SellerCancelBody) =>
    apiRequest<SellerCancelResult>(`/api/auctions/${enc(id)}/bids/cancel`, {
      method: 'POST',
      body,
    }),
  /** For the seller: every bidder with bids standing, however long the history. */
  standingBidders: (id: string) => apiRequest<StandingBidders>(`/api/auctions/${enc(id)}/bidders`),
  cancelAuction: (id: string) =>
    apiRequest<Auction>(`/api/auctions/${enc(id)}/cancel`, { method: 'POST' }),
  /** The other party of a sale, for its seller or its buyer only. */
  saleContact: (id: string) => apiRequest<SaleContact>(`/api/auctions/${enc(id)}/contact`),
  /** The seller's correction of the title, description or category, before the first bid. */
  editAuction: (id: string, changes: EditAuctionBody) =>
    apiRequest<Auction>(`/api/auctions/${enc(id)}`, { method: 'PATCH', body: changes }),
  /** Adds a photo (the raw file, not multipart); answers the auction with it. */
  addPhoto: (id: string, file: Blob) =>
    apiRequest<Auction>(`/api/auctions/${enc(id)}/photos`, { method: 'POST', file }),
  /**
   * Offering an item again: copies the photos of the seller's earlier auction
   * `fromAuctionId` to this open one, in order, after its own, up to six; a
   * retry copies nothing twice. The copies keep the photos' ids.
   */
  copyPhotos: (id: string, fromAuctionId: string) =>
    apiRequest<{ auction: Auction; copied: number }>(`/api/auctions/${enc(id)}/photos/copy`, {
      method: 'POST',
      body: { fromAuctionId },
    }),
  /** Puts the photos in a new order (every id once; the first is the cover). */
  reorderPhotos: (id: string, photoIds: string[]) =>
    apiRequest<Auction>(`/api/auctions/${enc(id)}/photos/order`, {
      method: 'PUT',
      body: { photoIds },
    }),
  /** Removes a photo (before the first bid); answers the auction without it. */
  removePhoto: (id: string, photoId: string) =>
    apiRequest<Auction>(`/api/auctions/${enc(id)}/photos/${enc(photoId)}`, { method: 'DELETE' }),
  /** Open auctions with every word of `q`, in `category`, or both; a page at a time (`limit` ≤ 50). */
  searchAuctions: (search: {
    q?: string;
    category?: AuctionCategory;
    sort: 'ending' | 'newest';
    limit: number;
    cursor?: string;
  }) => {
    const { q, category, sort, limit, cursor } = search;
    const params = new URLSearchParams({
      ...(q ? { q } : {}),
      ...(category ? { category } : {}),
      sort,
      limit: String(limit),
      ...(cursor ? { cursor } : {}),
    });
    return apiRequest<AuctionPage>(`/api/auctions/search?${params}`);
  },
  /**
   * Auctions that closed in the last 90 days, sold or not (not cancelled —
   * nor removed while open, which cancels — nor removed after the end unless
   * an appeal reversed that), with every word of `q`, in `category`, or both;
   * latest ended first, a page at a time (`limit` ≤ 50). Not live: only a
   * removal changes them.
   */
  searchEndedAuctions: (search: {
    q?: string;
    category?: AuctionCategory;
    limit: number;
    cursor?: string;
  }) => {
    const { q, category, limit, cursor } = search;
    const params = new URLSearchParams({
      status: 'closed',
      ...(q ? { q } : {}),
      ...(category ? { category } : {}),
      limit: String(limit),
      ...(cursor ? { cursor } : {}),
    });
    return apiRequest<AuctionPage>(`/api/auctions/search?${params}`);
  },
  /** The viewer's watchlist, a page at a time (`limit` ≤ 200). */
  watchlist: (cursor?: string, limit?: number) =>
    apiRequest<AuctionPage>(`/api/me/watchlist?${myPage(cursor, limit)}`),
  /** Auctions the viewer bid on, and the ones they sell, a page at a time. */
  buying: (cursor?: string) => apiRequest<AuctionPage>(`/api/me/buying?${myPage(cursor)}`),
  selling: (cursor?: string) => apiRequest<AuctionPage>(`/api/me/selling?${myPage(cursor)}`),
  setWatched: (id: string, watched: boolean) =>
    apiRequest<null>(`/api/me/watchlist/${enc(id)}`, { method: watched ? 'PUT' : 'DELETE' }),
  raiseMaximum: (id: string, maxAmount: number) =>
    apiRequest<MaximumResult>(`/api/auctions/${enc(id)}/max-bid`, {
      method: 'PUT',
      body: { maxAmount },
    }),
  /** The viewer's own secret maximum while they lead (any device may ask). */
  ownMaximum: (id: string) => apiRequest<OwnMaximum>(`/api/auctions/${enc(id)}/max-bid`),
  report: (id: string) => apiRequest<AuctionReport>(`/api/auctions/${enc(id)}/report`),
  /** The questions to the seller, in the order asked, with the list's version. */
  listQuestions: (id: string) => apiRequest<QuestionList>(`/api/auctions/${enc(id)}/questions`),
  /** The questions the viewer asked, the latest first (at most 200; removed ones left out). */
  myQuestions: () => apiRequest<{ items: AskedQuestion[] }>('/api/me/questions'),
  /** The auctions the viewer reported, the latest first (at most 200), each with its outcome. */
  myReports: () => apiRequest<{ items: GivenFlag[] }>('/api/me/flags'),
  /** Asks the seller (signed in, not the seller, while the auction is open). */
  askQuestion: (id: string, text: string) =>
    apiRequest<QuestionChange>(`/api/auctions/${enc(id)}/questions`, {
      method: 'POST',
      body: { text },
    }),
  /** The seller answers question `number`, once (also after the end). */
  answerQuestion: (id: string, number: number, text: string) =>
    apiRequest<QuestionChange>(`/api/auctions/${enc(id)}/questions/${number}/answer`, {
      method: 'POST',
      body: { text },
    }),
  /** The seller removes question `number` (spam, abuse); answers the list's new version. */
  removeQuestion: (id: string, number: number) =>
    apiRequest<{ version: number }>(`/api/auctions/${enc(id)}/questions/${number}`, {
      method: 'DELETE',
    }),
  /** The feedback of a sale (at most the buyer's and the seller's) and until when it may be left. */
  auctionFeedback: (id: string) => apiRequest<AuctionFeedback>(`/api/auctions/${enc(id)}/feedback`),
  /** The buyer rates the seller, or the seller the buyer: once, public, never rewritten. */
  leaveFeedback: (id: string, body: LeaveFeedbackBody) =>
    apiRequest<{ feedback: Feedback }>(`/api/auctions/${enc(id)}/feedback`, {
      method: 'POST',
      body,
    }),
  /**
   * The rated person answers a rating, once; `role` is the rating author's part
   * (`buyer`: the buyer's rating of the seller, which the seller answers).
   */
  replyToFeedback: (id: string, role: Feedback['role'], text: string) =>
    apiRequest<{ feedback: Feedback }>(`/api/auctions/${enc(id)}/feedback/${role}/reply`, {
      method: 'POST',
      body: { text } satisfies ReplyToFeedbackBody,
    }),
  /** The sales the viewer sold or won and may still rate, the soonest window to close first. */
  pendingFeedback: () => apiRequest<{ items: PendingFeedback[] }>('/api/me/feedback/pending'),
  /** What anyone may see of an account: name, since when, feedback counts (never the e-mail). */
  userProfile: (id: string) => apiRequest<UserProfile>(`/api/users/${enc(id)}`),
  /** The feedback the user received, the latest first, a page at a time. */
  userFeedback: (id: string, cursor?: string) =>
    apiRequest<FeedbackPage>(`/api/users/${enc(id)}/feedback?${myPage(cursor, FEEDBACK_PAGE)}`),
  /** The auctions the user listed, open and finished, a page at a time. */
  userAuctions: (id: string, cursor?: string) =>
    apiRequest<AuctionPage>(`/api/users/${enc(id)}/auctions?${myPage(cursor)}`),
  /** The users the viewer blocked from their auctions, by name (deleted accounts left out). */
  blockedUsers: () => apiRequest<BlockedUsers>('/api/me/blocked'),
  /**
   * Blocks `userId` from bidding on, buying and asking about the viewer's
   * auctions (bids already placed stand); blocking twice is blocking once.
   */
  blockUser: (userId: string) =>
    apiRequest<null>(`/api/me/blocked/${enc(userId)}`, { method: 'PUT' }),
  /** Unblocks `userId` (also answers 204 when they were not blocked). */
  unblockUser: (userId: string) =>
    apiRequest<null>(`/api/me/blocked/${enc(userId)}`, { method: 'DELETE' }),
  /** The viewer's saved searches, the newest first (at most 20). */
  savedSearches: () => apiRequest<SavedSearches>('/api/me/searches'),
  /**
   * Saves a search (words, a category or both) whose new listings the viewer is
   * told about; the same words (case and accents aside) and category twice is refused.
   */
  saveSearch: (body: SaveSearchBody) =>
    apiRequest<SavedSearch>('/api/me/searches', { method: 'POST', body }),
  deleteSavedSearch: (id: string) =>
    apiRequest<null>(`/api/me/searches/${enc(id)}`, { method: 'DELETE' }),
  /** Reports the auction to the moderators, once per person (never by its seller). */
  flagAuction: (id: string, body: FlagAuctionBody) =>
    apiRequest<null>(`/api/auctions/${enc(id)}/flags`, { method: 'POST', body }),
  /** Moderators only: the reported auctions not reviewed yet, the longest waiting first. */
  moderationQueue: (cursor?: string) =>
    apiRequest<ModerationQueue>(`/api/moderation/queue?${myPage(cursor, MODERATION_PAGE)}`),
  /** Moderators only: ends the open auction at once, without a sale, saying why. */
  removeAuction: (id: string, reason: FlagReason) =>
    apiRequest<{ auction: Auction }>(`/api/moderation/auctions/${enc(id)}/remove`, {
      method: 'POST',
      body: { reason } satisfies RemoveAuctionBody,
    }),
  /** Moderators only: keeps the auction; its reports count as reviewed. */
  dismissFlags: (id: string) =>
    apiRequest<null>(`/api/moderation/auctions/${enc(id)}/dismiss`, { method: 'POST' }),
  /** Moderators only: the account as they see it (its e-mail, whether it moderates or is suspended). */
  moderatedUser: (id: string) => apiRequest<ModeratedUser>(`/api/moderation/users/${enc(id)}`),
  /**
   * Moderators only: ends every session of the account at once, and it cannot
   * sign in until reinstated; answers which open auctions of theirs were removed.
   */
  suspendUser: (id: string, body: SuspendUserBody) =>
    apiRequest<SuspendResult>(`/api/moderation/users/${enc(id)}/suspend`, {
      method: 'POST',
      body,
    }),
  /** Moderators only: the account may sign in again (also 204 when it was not suspended). */
  reinstateUser: (id: string) =>
    apiRequest<null>(`/api/moderation/users/${enc(id)}/reinstate`, { method: 'POST' }),
  /** The seller's appeal against their auction's removal; null while they made none. */
  removalAppeal: (id: string) =>
    apiRequest<{ appeal: Appeal | null }>(`/api/auctions/${enc(id)}/appeal`),
  /** The seller contests a moderator's removal of their auction: once, within six months. */
  appealRemoval: (id: string, text: string) =>
    apiRequest<{ appeal: Appeal }>(`/api/auctions/${enc(id)}/appeal`, {
      method: 'POST',
      body: { text } satisfies AppealBody,
    }),
  /** The viewer's appeal of a moderator's keeping the auction they reported; null while none. */
  keepAppeal: (id: string) =>
    apiRequest<{ appeal: Appeal | null }>(`/api/auctions/${enc(id)}/flags/appeal`),
  /**
   * One who reported the auction contests a moderator's decision to keep it:
   * once, within six months of the keep; reversed, the auction is taken down.
   */
  appealKeep: (id: string, text: string) =>
    apiRequest<{ appeal: Appeal }>(`/api/auctions/${enc(id)}/flags/appeal`, {
      method: 'POST',
      body: { text } satisfies AppealBody,
    }),
  /** Moderators only: the appeals not decided yet, the longest waiting first. */
  appealQueue: (cursor?: string) =>
    apiRequest<AppealQueue>(`/api/moderation/appeals?${myPage(cursor, APPEAL_PAGE)}`),
  /** Moderators only: the decision stands (`upheld`) or is undone (`reversed`), with the reasons. */
  decideAppeal: (id: string, body: { outcome: AppealOutcome; reply: string }) =>
    apiRequest<{ appeal: Appeal }>(`/api/moderation/appeals/${enc(id)}/decide`, {
      method: 'POST',
      body,
    }),
  /**
   * Moderators only: every moderator's decisions, the latest first — or those
   * `filter` keeps. A filtered page may hold fewer than asked, even none, with
   * a `nextCursor` to read on from (the API reads a bounded stretch per request).
   */
  moderationLog: (filter: LogFilter, cursor?: string) => {
    const query = myPage(cursor, MODERATION_LOG_PAGE);
    for (const [name, value] of Object.entries(filter)) if (value) query.set(name, value);
    return apiRequest<ModerationLog>(`/api/moderation/log?${query}`);
  },
};

/**
 * A suspended account contests its suspension: it cannot sign in, so the
 * e-mail and password prove who asks. Once; ALREADY_APPEALED carries the
 * appeal made, so its state and reply can be read here.
 */
export const appealSuspension = (body: SuspensionAppealBody) =>
  apiRequest<{ appeal: Appeal }>('/api/auth/suspension-appeal', { method: 'POST', body });

/**
 * A suspended account's data export (the same JSON as `exportAccount`): it
 * cannot sign in, so the e-mail and password prove whose it is.
 */
export const exportSuspendedAccount = (body: LoginBody) =>
  apiRequest<AccountExport>('/api/auth/suspended-export', { method: 'POST', body });

/** Revokes the token server-side; the API also drops this session's sockets. */
export const logout = () => apiRequest<null>('/api/auth/logout', { method: 'POST' });

/** Signs out every other device of the account; this session stays. */
export const logoutOthers = () =>
  apiRequest<{ ended: number }>('/api/auth/logout-others', { method: 'POST' });

/** Sends a reset link when the e-mail has an account (202 either way). */
export const askPasswordReset = (email: string, language: 'pt-BR' | 'en') =>
  apiRequest<null>('/api/auth/password-reset', { method: 'POST', body: { email, language } });

/** Sets the new password with the link's token; every session of the account ends. */
export const confirmPasswordReset = (token: string, newPassword: string) =>
  apiRequest<null>('/api/auth/password-reset/confirm', {
    method: 'POST',
    body: { token, newPassword },
  });

/** Verifies the account's address with the token of the e-mailed link (no session needed). */
export const verifyEmail = (token: string) =>
  apiRequest<{ user: User }>('/api/auth/verify-email', { method: 'POST', body: { token } });

/** Sends the signed-in account a new verification link (202; the e-mail goes after). */
export const resendVerification = (language: 'pt-BR' | 'en') =>
  apiRequest<null>('/api/auth/verify-email/resend', { method: 'POST', body: { language } });

/** Moves the account to another address (the password asked again); sessions stay. */
export const changeEmail = (body: {
  newEmail: string;
  password: string;
  language: 'pt-BR' | 'en';
}) => apiRequest<{ user: User; emailsSent: boolean }>('/api/auth/email', { method: 'POST', body });

/** Puts back the address the account left, with the token of the link sent to it; every session ends. */
export const revertEmail = (token: string) =>
  apiRequest<null>('/api/auth/email/revert', { method: 'POST', body: { token } });

/** Also signs out every other device of the account; this session stays. */
export const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  apiRequest<null>('/api/auth/password', { method: 'POST', body });

/** Deletes the account (its password asked again); every session ends, this one too. */
export const deleteAccount = (password: string) =>
  apiRequest<null>('/api/auth/me', { method: 'DELETE', body: { password } });

/** Everything kept about the signed-in account, as one document. */
export const exportAccount = () => apiRequest<AccountExport>('/api/me/export');

/** What the account is told by e-mail. */
export const notificationSettings = () => apiRequest<NotificationSettings>('/api/me/notifications');

/** Turns the given choices on or off (the others stay); answers all of them as they now are. */
export const saveNotificationSettings = (body: NotificationChanges) =>
  apiRequest<NotificationSettings>('/api/me/notifications', { method: 'PUT', body });

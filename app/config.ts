// The API replica's configuration: the shared settings plus its own.
import { Type, type Static } from 'typebox';
import { CommonEnv } from '../core/config.ts';

/** "<requests per minute>,<burst>", e.g. "600,20". */
const Limit = (fallback: string) => Type.String({ default: fallback, pattern: '^\\d+,[1-9]\\d*$' });

export const ApiEnv = Type.Object({
  ...CommonEnv.properties,
  PORT: Type.Integer({ default: 5000, minimum: 0, maximum: 65535 }),
  HOST: Type.String({ default: '0.0.0.0', minLength: 1 }),
  /**
   * Password reset by e-mail needs both: the relay (as the worker's SMTP_URL)
   * and the address people open the UI at, for the links — never taken from
   * a request's Host header, which anyone can set.
   */
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  MAIL_FROM: Type.String({ default: 'Arremate <no-reply@arremate.local>', minLength: 3 }),
  /** How long a password-reset link works. Default 1 hour. */
  PASSWORD_RESET_TTL_SECONDS: Type.Integer({ default: 3600, minimum: 60, maximum: 86_400 }),
  /** How long an e-mail verification link works. Default 3 days. */
  EMAIL_VERIFICATION_TTL_SECONDS: Type.Integer({
    default: 259_200,
    minimum: 3600,
    maximum: 604_800,
  }),
  /** Session lifetime; a token expires this long after sign-in. Default 7 days. */
  TOKEN_TTL_SECONDS: Type.Integer({ default: 7 * 24 * 3600, minimum: 60 }),
  /**
   * After a sale (an auction closed with a winner) its buyer and seller can
   * delete their accounts only this many days later: they still need to
   * reach each other to pay and deliver. Default 30 (0: no wait).
   */
  ACCOUNT_DELETION_HOLD_DAYS: Type.Integer({ default: 30, minimum: 0, maximum: 365 }),
  /**
   * An appeal is decided by a moderator other than the one who took the
   * decision (409 OWN_DECISION otherwise), so it gets a fresh look. Default
   * true; false where a single moderator runs the platform.
   */
  APPEALS_BY_ANOTHER_MODERATOR: Type.Boolean({ default: true }),
  /** Largest accepted request body. Default 16 KiB (a 5,000-char description fits). */
  BODY_LIMIT_BYTES: Type.Integer({ default: 16 * 1024, minimum: 1024 }),
  /** Auctions closed per monitor script call. Default 200. */
  MONITOR_BATCH_SIZE: Type.Integer({ default: 200, minimum: 1, maximum: 5000 }),
  /** Longest the monitor sleeps between checks when nothing is due sooner. Default 500 ms. */
  MONITOR_MAX_SLEEP_MS: Type.Integer({ default: 500, minimum: 10, maximum: 60_000 }),
  /** Built web UI to serve at `/`. Default: web/dist beside the sources. */
  WEB_DIST_DIR: Type.Optional(Type.String()),
  /** Watchers get `auction:ending-soon` this long before an auction ends. Default 60 s (0: never). */
  ENDING_SOON_SECONDS: Type.Integer({ default: 60, minimum: 0, maximum: 86_400 }),
  /**
   * With SMTP_URL, the worker e-mails an auction's watchers and bidders this long before
   * its end (set when it is listed; shorter auctions are not e-mailed about).
   * Default 60 min (0: never).
   */
  ENDING_SOON_EMAIL_MINUTES: Type.Integer({ default: 60, minimum: 0, maximum: 10_080 }),
  /**
   * Photo uploads a replica takes at once (receiving, waiting, being made
   * into WebP); more get 503 SERVER_BUSY with Retry-After. Each holds up to
   * 10 MiB of upload in memory while it waits.
   */
  PHOTO_UPLOADS_AT_ONCE: Type.Integer({ default: 4, minimum: 1, maximum: 64 }),
  /** Rate limits (shared by all replicas). Off only for benchmarks. Default true. */
  RATE_LIMIT_ENABLED: Type.Boolean({ default: true }),
  // Each limit is "<requests per minute>,<burst>". Per-IP limits are high on
  // purpose: many people can share one address (offices, carrier NAT).
  /** Bids per user: 600/min (10/s), bursts of 20. */
  RATE_LIMIT_BID_USER: Limit('600,20'),
  /** Bids per IP: 6000/min (100/s), bursts of 200. */
  RATE_LIMIT_BID_IP: Limit('6000,200'),
  /**
   * Bid retractions, and a seller's bid cancellations, per user (one
   * budget): 2/min, bursts of 5. Each works its auction out again in one
   * Redis step, from the state before the first bid it withdraws: a few ms
   * for one's latest bid, but up to the whole history when the bidder bid
   * early (14 ms at 1,000 bids, docs/performance.md), so nobody may make
   * Redis do it at a bid's pace.
   */
  RATE_LIMIT_RETRACT_USER: Limit('2,5'),
  /** Bid retractions and sellers' bid cancellations per IP: 60/min, bursts of 20. */
  RATE_LIMIT_RETRACT_IP: Limit('60,20'),
  /** Auctions created per user: 30/min, bursts of 10. */
  RATE_LIMIT_CREATE_AUCTION_USER: Limit('30,10'),
  /** Auctions created per IP: 300/min, bursts of 50. */
  RATE_LIMIT_CREATE_AUCTION_IP: Limit('300,50'),
  /**
   * Photos added per user: 30/min, bursts of 12 (two listings' worth). Each
   * costs its replica up to half a second of image work (app/photos).
   */
  RATE_LIMIT_PHOTO_USER: Limit('30,12'),
  /** Photos added per IP: 120/min, bursts of 40. */
  RATE_LIMIT_PHOTO_IP: Limit('120,40'),
  /** Questions asked per user: 10/min, bursts of 5. */
  RATE_LIMIT_QUESTION_USER: Limit('10,5'),
  /** Questions asked per IP: 120/min, bursts of 30. */
  RATE_LIMIT_QUESTION_IP: Limit('120,30'),
  /** Auctions reported to the moderators per user: 10/min, bursts of 5. */
  RATE_LIMIT_FLAG_USER: Limit('10,5'),
  /** Reports per IP: 120/min, bursts of 30. */
  RATE_LIMIT_FLAG_IP: Limit('120,30'),
  /** Sign-ups per IP: 60/min, bursts of 30. */
  RATE_LIMIT_REGISTER_IP: Limit('60,30'),
  /** Login attempts per account (e-mail): 10/min, bursts of 5. */
  RATE_LIMIT_LOGIN_ACCOUNT: Limit('10,5'),
  /** Login attempts per IP: 300/min, bursts of 60. */
  RATE_LIMIT_LOGIN_IP: Limit('300,60'),
  /** Password-reset e-mails per account: 1/min, bursts of 3 (nobody's inbox gets flooded). */
  RATE_LIMIT_PASSWORD_RESET_ACCOUNT: Limit('1,3'),
  /** Password-reset requests per IP: 60/min, bursts of 20. */
  RATE_LIMIT_PASSWORD_RESET_IP: Limit('60,20'),
  /** E-mail verification links per account: 1/min, bursts of 3. */
  RATE_LIMIT_VERIFICATION_EMAIL_ACCOUNT: Limit('1,3'),
  /** E-mail verification requests per IP: 60/min, bursts of 20. */
  RATE_LIMIT_VERIFICATION_EMAIL_IP: Limit('60,20'),
  /** Title searches per IP: 600/min (10/s), bursts of 120; each one scans the replica's open titles. */
  RATE_LIMIT_SEARCH_IP: Limit('600,120'),
  /** Socket.IO events per connection per second (in process), bursts of 5×. Default 50. */
  SOCKET_EVENTS_PER_SECOND: Type.Integer({ default: 50, minimum: 1 }),
  /** Origins allowed to call the API from a browser (CORS), comma-separated. Default: none (same origin only). */
  CORS_ORIGINS: Type.String({ default: '' }),
  /** Trust X-Forwarded-* from a load balancer in front (nginx, ingress). Default false. */
  TRUST_PROXY: Type.Boolean({ default: false }),
});
export type ApiEnv = Static<typeof ApiEnv>;

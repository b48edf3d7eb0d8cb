// The API replica's configuration: the shared settings plus its own.
import { Type, type Static } from 'typebox';
import { CommonEnv } from '../core/config.ts';

export const ApiEnv = Type.Object({
  ...CommonEnv.properties,
  PORT: Type.Integer({ default: 5000, minimum: 0, maximum: 65535 }),
  HOST: Type.String({ default: '0.0.0.0', minLength: 1 }),
  /** Session lifetime; a token expires this long after sign-in. Default 7 days. */
  TOKEN_TTL_SECONDS: Type.Integer({ default: 7 * 24 * 3600, minimum: 60 }),
  /** Largest accepted request body. Default 16 KiB (a 5,000-char description fits). */
  BODY_LIMIT_BYTES: Type.Integer({ default: 16 * 1024, minimum: 1024 }),
  /** Auctions closed per monitor script call. Default 200. */
  MONITOR_BATCH_SIZE: Type.Integer({ default: 200, minimum: 1, maximum: 5000 }),
  /** Longest the monitor sleeps between checks when nothing is due sooner. Default 500 ms. */
  MONITOR_MAX_SLEEP_MS: Type.Integer({ default: 500, minimum: 10, maximum: 60_000 }),
  /** Built web UI to serve at `/`. Default: web/dist beside the sources. */
  WEB_DIST_DIR: Type.Optional(Type.String()),
  /** Trust X-Forwarded-* from a load balancer in front (nginx, ingress). Default false. */
  TRUST_PROXY: Type.Boolean({ default: false }),
});
export type ApiEnv = Static<typeof ApiEnv>;

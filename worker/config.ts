// The worker's configuration: the common settings plus its own, one schema,
// every default stated here (docs/worker.md lists them too).
import { hostname } from 'node:os';
import { Type, type Static } from 'typebox';
import { CommonEnv } from '../core/config.ts';

const Url = Type.String({ pattern: '^https?://' });
const Ms = (defaultMs: number, minimum = 1) => Type.Integer({ default: defaultMs, minimum });

export const WorkerEnv = Type.Object({
  ...CommonEnv.properties,
  /** Without a key the worker writes the texts from templates (mock mode). */
  GEMINI_API_KEY: Type.Optional(Type.String()),
  GEMINI_MODEL: Type.String({ default: 'gemini-2.5-flash', pattern: '^[A-Za-z0-9._-]+$' }),
  /** Another endpoint for the SDK (a proxy, or the tests' stand-in). */
  GEMINI_BASE_URL: Type.Optional(Url),
  /** Per HTTP attempt. */
  GEMINI_TIMEOUT_MS: Ms(30_000),
  /** Attempts per auction, the first included, before falling back to the templates. */
  GEMINI_MAX_ATTEMPTS: Type.Integer({ default: 3, minimum: 1, maximum: 10 }),
  /** First backoff delay; it doubles per attempt (with jitter), capped at 30 s. */
  GEMINI_RETRY_BASE_MS: Ms(1_000),
  /** Without it, Discord is skipped (one log line at start). */
  DISCORD_WEBHOOK_URL: Type.Optional(Url),
  DISCORD_TIMEOUT_MS: Ms(10_000),
  DISCORD_MAX_ATTEMPTS: Type.Integer({ default: 4, minimum: 1, maximum: 10 }),
  DISCORD_RETRY_BASE_MS: Ms(1_000),
  /** A 429 asking to wait longer than this fails the attempt instead of sleeping. */
  DISCORD_MAX_RETRY_WAIT_MS: Ms(60_000),
  /** Without it, no e-mail is sent (the report keeps its text). smtp:// (STARTTLS when offered) or smtps://. */
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  /** The e-mails' sender. */
  MAIL_FROM: Type.String({ default: 'Arremate <no-reply@arremate.local>', minLength: 3 }),
  /** Per connection step (connect, greeting, each reply). */
  SMTP_TIMEOUT_MS: Ms(10_000),
  SMTP_MAX_ATTEMPTS: Type.Integer({ default: 4, minimum: 1, maximum: 10 }),
  SMTP_RETRY_BASE_MS: Ms(1_000),
  REPORT_LANGUAGE: Type.Union([Type.Literal('pt-BR'), Type.Literal('en')], { default: 'pt-BR' }),
  /** Time zone of the dates written in the texts. */
  REPORT_TIME_ZONE: Type.String({ default: 'America/Sao_Paulo', minLength: 1 }),
  /** Consumer-group name shared by every worker. */
  WORKER_GROUP: Type.String({ default: 'report-workers', pattern: '^[A-Za-z0-9_:.-]+$' }),
  /** This worker's consumer name; default `<hostname>-<pid>`. */
  WORKER_CONSUMER_NAME: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_:.-]+$' })),
  /** How long one XREADGROUP waits for new entries. */
  WORKER_BLOCK_MS: Ms(5_000),
  /** An entry unacknowledged this long by a silent consumer is taken over. */
  WORKER_CLAIM_IDLE_MS: Ms(60_000, 100),
  /** Deliveries after which an entry goes to the dead-letter stream. */
  WORKER_MAX_DELIVERIES: Type.Integer({ default: 5, minimum: 1, maximum: 100 }),
  /**
   * The finished-auctions stream keeps handled entries this long, then the
   * worker trims them (every WORKER_TRIM_INTERVAL_MS); entries any group
   * still owes are never trimmed.
   */
  WORKER_STREAM_RETENTION_MS: Ms(86_400_000, 0),
  WORKER_TRIM_INTERVAL_MS: Ms(60_000, 100),
  /** On SIGTERM, how long the current job may run before it is abandoned to another worker. */
  WORKER_SHUTDOWN_GRACE_MS: Ms(15_000, 0),
  /** Search alerts e-mailed to one person per day (UTC), at most (a busy search would flood them). */
  SEARCH_ALERT_EMAILS_PER_DAY: Type.Integer({ default: 10, minimum: 0, maximum: 1000 }),
  /** Port of GET /metrics (Prometheus) and GET /healthz (liveness); 0 turns them off. */
  WORKER_METRICS_PORT: Type.Integer({ default: 9464, minimum: 0, maximum: 65535 }),
});
export type WorkerEnv = Static<typeof WorkerEnv>;

export function consumerName(env: WorkerEnv): string {
  return (
    env.WORKER_CONSUMER_NAME ?? `${hostname().replace(/[^A-Za-z0-9_.-]/g, '_')}-${process.pid}`
  );
}

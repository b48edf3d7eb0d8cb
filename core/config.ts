// Configuration comes from the environment only, validated against one
// schema at start. A bad value stops the process with a message naming the
// variable (STYLE.md habit 4). The TypeScript type derives from the schema.
import { Type, type Static, type TObject } from 'typebox';
import { Value } from 'typebox/value';

/** Settings every process (API replica, worker) shares. */
export const CommonEnv = Type.Object({
  /**
   * Full Redis URL; wins over REDIS_HOST/REDIS_PORT/REDIS_DB when set.
   * `unix:///path/redis.sock?db=0` reaches a Redis through its Unix socket.
   */
  REDIS_URL: Type.Optional(Type.String({ pattern: '^(rediss?|unix)://' })),
  REDIS_HOST: Type.String({ default: '127.0.0.1', minLength: 1 }),
  REDIS_PORT: Type.Integer({ default: 6379, minimum: 1, maximum: 65535 }),
  REDIS_DB: Type.Integer({ default: 0, minimum: 0, maximum: 15 }),
  /**
   * Redis Sentinel, for a Redis that fails over: `host:port,host:port`.
   * When set, every connection asks these Sentinels for the current master
   * of REDIS_SENTINEL_NAME, and asks again after a failover; it wins over
   * REDIS_URL and REDIS_HOST/REDIS_PORT. REDIS_DB still applies.
   */
  REDIS_SENTINELS: Type.Optional(
    Type.String({ pattern: '^[^\\s,:]+:[0-9]{1,5}(,[^\\s,:]+:[0-9]{1,5})*$' }),
  ),
  REDIS_SENTINEL_NAME: Type.String({ default: 'mymaster', pattern: '^[A-Za-z0-9_.-]+$' }),
  /** Passwords for Sentinel mode: the master's (AUTH) and the Sentinels' own, if any. */
  REDIS_PASSWORD: Type.Optional(Type.String({ minLength: 1 })),
  REDIS_SENTINEL_PASSWORD: Type.Optional(Type.String({ minLength: 1 })),
  /**
   * Where people open the UI (https://host, no path): the links in e-mails —
   * password reset (API), the auction's page (worker). Never taken from a
   * request's Host header.
   */
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://[^/]+/?$' })),
  /** Prefix of every key, so deployments (or tests) can share one Redis. */
  REDIS_KEY_PREFIX: Type.String({ default: 'arremate:', pattern: '^[A-Za-z0-9_:.-]*$' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
});
export type CommonEnv = Static<typeof CommonEnv>;

/** PUBLIC_URL without its trailing slash, ready for a path: the links' origin, if set. */
export function publicOrigin(env: Pick<CommonEnv, 'PUBLIC_URL'>): string | undefined {
  return env.PUBLIC_URL?.replace(/\/$/, '');
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Validates `env` against `schema`, applying defaults and converting numbers. */
export function parseEnv<T extends TObject>(schema: T, env: NodeJS.ProcessEnv): Static<T> {
  const input: Record<string, unknown> = {};
  for (const name of Object.keys(schema.properties)) {
    const raw = env[name];
    if (raw !== undefined && raw !== '') input[name] = raw;
  }
  const value = Value.Convert(schema, Value.Default(schema, input));
  const problems = new Map<string, string>();
  for (const error of Value.Errors(schema, value)) {
    const name = error.instancePath.replace(/^\//, '').split('/')[0] ?? '';
    if (!problems.has(name))
      problems.set(
        name,
        `${name}=${JSON.stringify(env[name] ?? null)}: ${describe(schema, name, error.message)}`,
      );
  }
  if (problems.size > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${[...problems.values()].join('\n  ')}`);
  }
  return value as Static<T>;
}

/** A readable rule for a variable: the allowed values of a choice, else the validator's words. */
function describe(schema: TObject, name: string, fallback: string): string {
  const property = schema.properties[name] as { anyOf?: { const?: unknown }[] } | undefined;
  const choices = property?.anyOf?.map((option) => option.const);
  return choices?.every((choice) => choice !== undefined)
    ? `must be one of ${choices.join(', ')}`
    : fallback;
}

/** Exits the process with the message, for use at start-up. */
export function loadEnvOrExit<T extends TObject>(schema: T, env = process.env): Static<T> {
  try {
    return parseEnv(schema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
}

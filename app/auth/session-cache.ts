// Resolved session tokens, kept in this replica's memory so that an
// authenticated request (every REST bid) does not ask Redis again.
//
// Redis says when to forget, with server-assisted client-side caching
// (https://redis.io/docs/latest/develop/reference/client-side-caching/): the
// command connection turns on CLIENT TRACKING in broadcast mode for the
// session key prefix, redirected to a connection subscribed to
// `__redis__:invalidate`. Any change to a session key — a logout on any
// replica, an expiry, a DEL or FLUSHDB by hand — reaches every replica within
// the pub/sub latency, so revocation stays immediate. Each entry also ends
// with the session's own TTL, in case Redis reports an expiry late.
//
// Tracking lives and dies with the two connections: whenever either is not
// ready, the cache is emptied and stays off (requests read Redis) until
// tracking is set up again, because invalidations may have been missed.
import type { Redis } from 'ioredis';

/** Default bound on cached tokens; past it the oldest entry goes. */
export const SESSION_CACHE_ENTRIES = 50_000;

const INVALIDATE_CHANNEL = '__redis__:invalidate';

export interface SessionCache {
  /** The cached value of a session key, or undefined when it must be read from Redis. */
  get(key: string): string | undefined;
  /**
   * Reads a session key (and its TTL) from Redis, caching the value when no
   * invalidation arrived meanwhile.
   */
  load(key: string): Promise<string | null>;
  /** Forgets a key at once (this replica's own logout). */
  forget(key: string): void;
  /** Whether tracking is set up and the cache in use. */
  readonly active: boolean;
  readonly size: number;
  stop(): Promise<void>;
}

interface Entry {
  value: string;
  /** performance.now() after which the session has expired. */
  expiresAt: number;
}

export async function startSessionCache(
  commands: Redis,
  /** A connection of the `invalidations` role: subscribed here, never by ioredis itself. */
  invalidations: Redis,
  keyPrefix: string,
  options: { maxEntries?: number; onError?: (error: unknown) => void } = {},
): Promise<SessionCache> {
  const { maxEntries = SESSION_CACHE_ENTRIES, onError = () => {} } = options;
  const entries = new Map<string, Entry>();
  let active = false;
  let stopped = false;
  // Bumped by every invalidation and every reset: a read that overlapped one
  // is not cached, since its reply may predate the change.
  let epoch = 0;
  // Bumped by every reset only: a tracking set-up that overlapped one is stale.
  let generation = 0;
  let subscriberId: number | null = null;

  const reset = () => {
    active = false;
    epoch++;
    generation++;
    entries.clear();
  };

  /** Redirects the command connection's tracking to the subscriber. */
  const enableTracking = async () => {
    reset();
    const setup = generation;
    if (stopped || subscriberId === null) return;
    if (commands.status !== 'ready' || invalidations.status !== 'ready') return;
    try {
      await commands.call('CLIENT', 'TRACKING', 'OFF');
      await commands.call(
        'CLIENT',
        'TRACKING',
        'ON',
        'REDIRECT',
        String(subscriberId),
        'BCAST',
        'PREFIX',
        keyPrefix,
      );
      // Nothing closed meanwhile: from here every change is announced.
      // (Invalidations during the set-up are fine: the cache is still empty.)
      if (generation === setup && !stopped) active = true;
    } catch (error) {
      onError(error); // left off until either connection is ready again
    }
  };

  /** A fresh subscriber connection: learn its id, then subscribe. */
  const subscribe = async () => {
    reset();
    subscriberId = null;
    try {
      const id = (await invalidations.client('ID')) as number;
      await invalidations.subscribe(INVALIDATE_CHANNEL);
      subscriberId = id;
      await enableTracking();
    } catch (error) {
      onError(error);
    }
  };

  invalidations.on('messageBuffer', (channel: Buffer, keys: Buffer[] | null) => {
    if (channel.toString() !== INVALIDATE_CHANNEL) return;
    epoch++;
    // null: the whole keyspace was flushed.
    if (keys === null) return void entries.clear();
    for (const key of keys) entries.delete(key.toString());
  });
  invalidations.on('close', reset);
  commands.on('close', reset);
  invalidations.on('ready', () => void subscribe());
  commands.on('ready', () => void enableTracking());
  if (invalidations.status === 'ready') await subscribe();

  return {
    get(key) {
      if (!active) return undefined;
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (performance.now() < entry.expiresAt) return entry.value;
      entries.delete(key);
      return undefined;
    },

    async load(key) {
      // Cached only if tracking was on before the read was sent (the same
      // connection runs TRACKING ON first) and nothing was invalidated since.
      const cacheable = active;
      const before = epoch;
      const requestedAt = performance.now();
      const [[getError, value], [ttlError, ttlMs]] = (await commands
        .pipeline()
        .get(key)
        .pttl(key)
        .exec()) as [[Error | null, string | null], [Error | null, number]];
      if (getError) throw getError;
      if (ttlError) throw ttlError;
      // ttlMs is -1 for a key without expiry; sessions always have one.
      if (value !== null && cacheable && epoch === before && ttlMs > 0) {
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
        entries.set(key, { value, expiresAt: requestedAt + ttlMs });
      }
      return value;
    },

    forget(key) {
      entries.delete(key);
    },

    get active() {
      return active;
    },
    get size() {
      return entries.size;
    },

    async stop() {
      stopped = true;
      reset();
      // Away, Redis has dropped the subscription already; asking would wait out the reconnection.
      if (invalidations.status === 'ready')
        await invalidations.unsubscribe(INVALIDATE_CHANNEL).catch(() => {});
    },
  };
}

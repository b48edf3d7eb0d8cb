// Prometheus metrics (prom-client), one registry per replica so that several
// replicas in one test process do not mix their numbers. Served at /metrics.
import type { Redis } from 'ioredis';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RedisKeys } from '../core/redis/keys.ts';

export type Metrics = ReturnType<typeof createMetrics>;

export function createMetrics(redis: Redis, keys: RedisKeys, socketCount: () => number) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by method, route and status code.',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    bids: new Counter({
      name: 'arremate_bids_total',
      help: 'Bids by outcome: ACCEPTED, MAX_RAISED (a leader raised their maximum), RETRACTED (a bidder took theirs back) or the error code (BID_TOO_LOW, AUCTION_CLOSED, RATE_LIMITED, …).',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    moderation: new Counter({
      name: 'arremate_moderation_total',
      help: 'Moderation on this replica: auctions reported (flagged), taken down (removed) and kept after review (dismissed); accounts suspended and reinstated; auctions whose bids by a suspended account were cancelled (bids_cancelled); decisions appealed (appealed) and appeals decided (appeal_upheld, appeal_reversed).',
      labelNames: ['action'],
      registers: [registry],
    }),
    moderationQueue: new Gauge({
      name: 'arremate_moderation_queue',
      help: 'Reported auctions no moderator reviewed yet.',
      registers: [registry],
      async collect() {
        this.set(await redis.zcard(keys.moderationQueue).catch(() => -1));
      },
    }),
    appealQueue: new Gauge({
      name: 'arremate_appeal_queue',
      help: 'Appeals against moderators’ decisions no moderator decided yet.',
      registers: [registry],
      async collect() {
        this.set(await redis.zcard(keys.appealQueue).catch(() => -1));
      },
    }),
    closeLag: new Histogram({
      name: 'arremate_close_lag_seconds',
      help: 'Time from an auction’s end to its close, for closes made by this replica.',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
      registers: [registry],
    }),
    sockets: new Gauge({
      name: 'arremate_sockets_connected',
      help: 'Socket.IO connections open on this replica.',
      registers: [registry],
      collect() {
        this.set(socketCount());
      },
    }),
    backlog: new Gauge({
      name: 'arremate_finished_stream_backlog',
      help: 'Finished auctions not yet handled by the worker group (undelivered + pending).',
      registers: [registry],
      async collect() {
        this.set(await streamBacklog(redis, keys.finishedStream).catch(() => -1));
      },
    }),
    deadLetters: new Gauge({
      name: 'arremate_dead_letters',
      help: 'Finished auctions the worker gave up on (dead-letter stream length).',
      registers: [registry],
      async collect() {
        this.set(await redis.xlen(keys.deadLetterStream).catch(() => -1));
      },
    }),
  };
}

/**
 * For the most-behind consumer group: entries not yet read (its lag) plus
 * those read but not acknowledged. With no group yet, the whole stream.
 */
async function streamBacklog(redis: Redis, stream: string): Promise<number> {
  const groups = (await redis.xinfo('GROUPS', stream).catch(() => [])) as unknown[][];
  if (groups.length === 0) return redis.xlen(stream).catch(() => 0);
  return Math.max(
    ...groups.map((group) => {
      const info: Record<string, unknown> = {};
      for (let i = 0; i + 1 < group.length; i += 2) info[String(group[i])] = group[i + 1];
      return Number(info.lag ?? 0) + Number(info.pending ?? 0);
    }),
  );
}

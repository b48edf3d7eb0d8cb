// The consumer group on the finished-auctions stream: every Redis Streams
// command the worker uses, in one place. At-least-once: an entry stays in
// the group's pending list until acknowledged, and a silent consumer's
// entries are taken over with XAUTOCLAIM. Handled entries are trimmed after
// a retention, so the stream does not grow forever.
import type { Redis } from 'ioredis';
import { streamFields } from '../core/redis/stream-fields.ts';
import type { WorkerRedis } from './redis/scripts.ts';

export interface StreamEntry {
  id: string;
  fields: Record<string, string>;
  /** Times the group has delivered it, this delivery included. */
  deliveries: number;
}

export interface StreamGroupOptions {
  stream: string;
  group: string;
  consumer: string;
  deadLetterStream: string;
}

type RawEntry = [id: string, flat: string[] | null];

/** Dead letters kept, roughly (XADD MAXLEN ~). */
const DEAD_LETTER_MAXLEN = 10_000;

export type StreamGroup = ReturnType<typeof createStreamGroup>;

/** `blocking` serves only XREADGROUP BLOCK, so it never delays the other commands. */
export function createStreamGroup(
  redis: WorkerRedis,
  blocking: Redis,
  options: StreamGroupOptions,
) {
  const { stream, group, consumer } = options;
  return {
    /** From id 0, so auctions closed before any worker existed are processed too. */
    async ensureGroup(): Promise<void> {
      try {
        await redis.xgroup('CREATE', stream, group, '0', 'MKSTREAM');
      } catch (error) {
        if (!String((error as Error).message).startsWith('BUSYGROUP')) throw error;
      }
    },

    async readNew(count: number, blockMs: number): Promise<StreamEntry[]> {
      const reply = (await blocking.xreadgroup(
        'GROUP',
        group,
        consumer,
        'COUNT',
        count,
        'BLOCK',
        blockMs,
        'STREAMS',
        stream,
        '>',
      )) as [string, RawEntry[]][] | null;
      return (reply?.[0]?.[1] ?? []).map(([id, flat]) => ({
        id,
        fields: streamFields(flat ?? []),
        deliveries: 1,
      }));
    },

    /** Takes over entries left unacknowledged for `minIdleMs` by any consumer (this one included). */
    async claimStale(minIdleMs: number, count: number): Promise<StreamEntry[]> {
      const [, raw] = (await redis.xautoclaim(
        stream,
        group,
        consumer,
        minIdleMs,
        '0-0',
        'COUNT',
        count,
      )) as [string, RawEntry[]];
      const entries: StreamEntry[] = [];
      for (const [id, flat] of raw) {
        if (!flat) continue; // deleted from the stream (Redis 6.2 returns nil; 7 drops it)
        const pending = (await redis.xpending(stream, group, id, id, 1)) as [
          string,
          string,
          number,
          number,
        ][];
        entries.push({ id, fields: streamFields(flat), deliveries: pending[0]?.[3] ?? 1 });
      }
      return entries;
    },

    /** Resets the entry's idle time so nobody takes it over while we work (JUSTID: no delivery counted). */
    async touch(id: string): Promise<void> {
      await redis.xclaim(stream, group, consumer, 0, id, 'JUSTID');
    },

    async ack(id: string): Promise<void> {
      await redis.xack(stream, group, id);
    },

    /** Copies the entry with the reason to the dead-letter stream and acknowledges it, atomically. */
    async deadLetter(entry: StreamEntry, reason: string, detail: string): Promise<void> {
      await redis
        .multi()
        .xadd(
          options.deadLetterStream,
          'MAXLEN',
          '~',
          DEAD_LETTER_MAXLEN,
          '*',
          ...Object.entries(entry.fields).flat(),
          'sourceId',
          entry.id,
          'reason',
          reason,
          'detail',
          detail,
          'deliveries',
          String(entry.deliveries),
          'consumer',
          consumer,
          'failedAt',
          new Date().toISOString(),
        )
        .xack(stream, group, entry.id)
        .exec();
    },

    /**
     * Removes the entries every group has handled and that are older than
     * `retentionMs` (trimHandled-1.lua); returns how many went.
     */
    trimHandled(retentionMs: number): Promise<number> {
      return redis.trimHandled(stream, String(retentionMs));
    },

    /** On a clean exit, forgets this consumer's name unless it still owns pending entries. */
    async leaveIfIdle(): Promise<void> {
      const mine = (await redis.xpending(stream, group, '-', '+', 1, consumer)) as unknown[];
      if (mine.length === 0) await redis.xgroup('DELCONSUMER', stream, group, consumer);
    },
  };
}

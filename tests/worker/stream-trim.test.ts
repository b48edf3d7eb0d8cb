// The finished-auctions stream is trimmed of what is handled
// (trimHandled-1.lua), and of nothing any consumer group still owes: not
// with no group yet, not an entry delivered but unacknowledged (nor any
// after it), not one never delivered to a group, not one younger than the
// retention. Then a running worker keeps its own stream short. Real Redis.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { redisKeys } from '../../core/redis/keys.ts';
import { loadWorkerScripts } from '../../worker/redis/scripts.ts';
import { createStreamGroup } from '../../worker/stream.ts';
import { closedAuctions, storeFor } from './closed-auctions.ts';
import { processed, startWorker, uniquePrefix, useTestbed, waitFor } from './harness.ts';

const ids = async (redis: Redis, stream: string) =>
  (await redis.xrange(stream, '-', '+')).map(([id]) => id);

describe('trimming the finished-auctions stream', () => {
  const bed = useTestbed();

  /** A stream of `count` entries and a group on it; `readAck` entries read and acknowledged. */
  async function stream(count: number, readAck = 0) {
    const key = `${uniquePrefix()}stream`;
    const added: string[] = [];
    for (let i = 0; i < count; i++) added.push((await bed.client.xadd(key, '*', 'n', String(i)))!);
    const group = createStreamGroup(loadWorkerScripts(bed.client), bed.client, {
      stream: key,
      group: 'workers',
      consumer: 'w1',
      deadLetterStream: `${key}:dead`,
    });
    await group.ensureGroup();
    const read = readAck > 0 ? await group.readNew(readAck, 100) : [];
    for (const entry of read) await group.ack(entry.id);
    return { key, added, group };
  }

  it('removes nothing while no worker has made its group', async () => {
    const key = `${uniquePrefix()}stream`;
    for (let i = 0; i < 3; i++) await bed.client.xadd(key, '*', 'n', String(i));
    assert.equal(await loadWorkerScripts(bed.client).trimHandled(key, '0'), 0);
    assert.equal(await bed.client.xlen(key), 3);
  });

  it('removes what the group handled, keeping its last delivered entry and all after it', async () => {
    const { key, added, group } = await stream(6, 4);
    assert.equal(await group.trimHandled(0), 3);
    assert.deepEqual(
      await ids(bed.client, key),
      added.slice(3),
      'the fourth and the two undelivered',
    );
  });

  it('keeps an entry delivered but not acknowledged, and everything after it', async () => {
    const { key, added, group } = await stream(6);
    const [first, second, third] = await group.readNew(3, 100);
    await group.ack(first!.id);
    await group.ack(third!.id);
    assert.equal(second!.id, added[1]);
    assert.equal(await group.trimHandled(0), 1);
    assert.deepEqual(await ids(bed.client, key), added.slice(1));
  });

  it('keeps what another group has not read', async () => {
    const { key, group } = await stream(5, 5);
    await bed.client.xgroup('CREATE', key, 'analytics', '0');
    assert.equal(await group.trimHandled(0), 0);
    assert.equal(await bed.client.xlen(key), 5);
  });

  it('keeps handled entries younger than the retention', async () => {
    const { key, group } = await stream(5, 5);
    assert.equal(await group.trimHandled(60_000), 0);
    assert.equal(await bed.client.xlen(key), 5);
  });

  it('a running worker trims its stream as it goes', async () => {
    const prefix = uniquePrefix();
    const keys = redisKeys(prefix);
    await closedAuctions(storeFor(bed.client, prefix), [{}, {}, {}, {}]);
    assert.equal(await bed.client.xlen(keys.finishedStream), 4);
    const worker = await startWorker(bed.redis, {
      ...bed.vars(prefix),
      WORKER_STREAM_RETENTION_MS: '0',
      WORKER_TRIM_INTERVAL_MS: '100',
    });
    await waitFor('4 auctions', () => processed(worker.logs).length === 4);
    await waitFor('the trim', async () => (await bed.client.xlen(keys.finishedStream)) === 1);
    await worker.stop();
    const trimmed = worker.logs.filter((line) => line.msg === 'finished-auctions stream trimmed');
    assert.equal(
      trimmed.reduce((sum, line) => sum + Number(line.removed), 0),
      3,
    );
  });
});

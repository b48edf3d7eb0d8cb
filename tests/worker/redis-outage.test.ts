// Redis dies under a running worker: the worker must not crash, and once
// Redis is back it carries on — with the data (AOF), or from nothing (a
// Redis without persistence loses the stream and the group: it recreates it).
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { redisKeys } from '../../core/redis/keys.ts';
import { startDiscordStandIn } from '../support/discord-stand-in.ts';
import { startRedis } from '../support/redis-server.ts';
import { closedAuctions, storeFor } from './closed-auctions.ts';
import { processed, spawnWorker, startWorker, uniquePrefix, waitFor } from './harness.ts';

describe('redis outage', async () => {
  const discord = await startDiscordStandIn();
  after(() => discord.close());

  for (const persistence of ['aof', 'none'] as const) {
    it(`the worker survives a Redis crash and goes on after the restart (persistence: ${persistence})`, async () => {
      discord.reset();
      const args = persistence === 'aof' ? ['--appendonly', 'yes', '--appendfsync', 'always'] : [];
      const redis = await startRedis(args);
      const client = redis.client();
      client.on('error', () => {}); // expected while Redis is down
      const prefix = uniquePrefix();
      const worker = await startWorker(redis, {
        REDIS_KEY_PREFIX: prefix,
        DISCORD_WEBHOOK_URL: discord.webhookUrl,
      });
      try {
        await closedAuctions(storeFor(client, prefix), [{ title: 'Antes' }]);
        await waitFor('the first auction', () => processed(worker.logs).length === 1);

        await redis.crash();
        await sleep(1500);
        await redis.restart();
        // Without persistence the accounts went too: storeFor writes them again.
        const later = await closedAuctions(storeFor(client, prefix), [
          { title: 'Depois 1' },
          { title: 'Depois 2' },
        ]);
        await waitFor(
          'the auctions closed after the restart',
          () => processed(worker.logs).length === 3,
          15_000,
        );

        // Auctions ending in the same millisecond close in id order: compare as sets.
        const titles = discord.created.map((post) => post.body.embeds![0]!.title).sort();
        assert.deepEqual(titles, [
          'Leilão encerrado: Antes',
          'Leilão encerrado: Depois 1',
          'Leilão encerrado: Depois 2',
        ]);
        const keys = redisKeys(prefix);
        assert.equal(await client.exists(...later.map((a) => keys.report(a.id))), 2);
      } finally {
        await worker.stop();
        await redis.stop();
      }
    });
  }

  it('SIGTERM while Redis is down: the worker exits at once, not waiting for its blocked reads', async () => {
    const redis = await startRedis();
    const worker = spawnWorker(redis, {
      REDIS_KEY_PREFIX: uniquePrefix(),
      WORKER_METRICS_PORT: '0',
    });
    try {
      await waitFor('the loops to start', () =>
        worker.logs.some((l) => l.msg.startsWith('worker started')),
      );
      await sleep(300); // both loops are blocked in XREADGROUP
      await redis.crash();
      await sleep(1500); // the connections are reconnecting
      worker.child.kill('SIGTERM');
      const ended = await Promise.race([worker.exited, sleep(5000).then(() => 'still running')]);
      assert.equal(ended, 0, 'exited with 0 within 5 s');
    } finally {
      worker.child.kill('SIGKILL');
      await redis.stop();
    }
  });
});

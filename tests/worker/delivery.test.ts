// Durable delivery: a backlog closed before any worker existed, two workers
// sharing forty auctions, and redeliveries that must not redo anything.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import { closedAuctions, storeFor } from './closed-auctions.ts';
import {
  pendingCount,
  processed,
  startWorker,
  storedReport,
  uniquePrefix,
  useTestbed,
  waitFor,
} from './harness.ts';

describe('delivery', () => {
  const bed = useTestbed();

  it('processes every auction closed while no worker was running, and announces each report', async () => {
    const { redis, client, discord } = bed;
    const prefix = uniquePrefix();
    const keys = redisKeys(prefix);
    const auctions = await closedAuctions(storeFor(client, prefix), [
      {
        title: 'Guitarra',
        bids: [
          [0, 80_000],
          [1, 85_000],
        ],
      },
      { title: 'Violão' },
      { title: 'Teclado', bids: [[2, 90_000]] },
    ]);
    const subscriber = redis.client();
    const announced: string[] = [];
    await subscriber.subscribe(keys.eventsChannel);
    subscriber.on('message', (_channel, message: string) => {
      const event = JSON.parse(message) as { type: string; auctionId?: string };
      if (event.type === 'auction:report') announced.push(event.auctionId!);
    });

    const worker = await startWorker(redis, {
      REDIS_KEY_PREFIX: prefix,
      DISCORD_WEBHOOK_URL: discord.webhookUrl,
    });
    await waitFor(
      '3 reports',
      async () => (await client.exists(...auctions.map((a) => keys.report(a.id)))) === 3,
    );
    await waitFor('3 announcements', () => announced.length === 3);
    await worker.stop();

    assert.deepEqual(announced.sort(), auctions.map((a) => a.id).sort());
    const guitar = await storedReport(client, keys.report(auctions[0]!.id));
    assert.equal(guitar?.generatedBy, 'mock');
    assert.match(guitar!.report, /R\$\s850,00 por Carla/);
    assert.equal((await storedReport(client, keys.report(auctions[1]!.id)))?.email, null);
    assert.equal(discord.created.length, 3);
    assert.equal(await pendingCount(client, keys.finishedStream), 0);
    const job = await client.hgetall(keys.workerJob(auctions[0]!.id));
    assert.equal(job.discordStatus, 'sent');
    assert.match(job.discordMessageId ?? '', /^\d+$/);
  });

  it('two workers, forty auctions: each processed and posted exactly once', async () => {
    const { redis, client, discord } = bed;
    const prefix = uniquePrefix();
    const keys = redisKeys(prefix);
    const vars = { REDIS_KEY_PREFIX: prefix, DISCORD_WEBHOOK_URL: discord.webhookUrl };
    const workers = [
      await startWorker(redis, { ...vars, WORKER_CONSUMER_NAME: 'w1' }),
      await startWorker(redis, { ...vars, WORKER_CONSUMER_NAME: 'w2' }),
    ];
    const plans = Array.from({ length: 40 }, (_, i) => ({
      title: `Lote ${i}`,
      bids: i % 3 === 0 ? [] : ([[i % 3, 80_000 + i * 100]] as [number, number][]),
    }));
    const auctions = await closedAuctions(storeFor(client, prefix), plans);
    await waitFor('40 posts', () => discord.created.length >= 40, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 300)); // room for any duplicate to show up
    await Promise.all(workers.map((w) => w.stop()));

    const titles = discord.created.map((post) => post.body.embeds![0]!.title!);
    assert.equal(titles.length, 40);
    assert.equal(new Set(titles).size, 40);
    const counts = workers.map((w) => processed(w.logs).length);
    assert.equal(counts[0]! + counts[1]!, 40, `per worker: ${counts.join(', ')}`);
    assert.ok(
      counts.every((count) => count > 0),
      `both workers took some: ${counts.join(', ')}`,
    );
    for (const auction of auctions) assert.ok(await storedReport(client, keys.report(auction.id)));
    assert.equal(await pendingCount(client, keys.finishedStream), 0);
  });

  it('a redelivered auction reuses its report and is not posted again', async () => {
    const { redis, client, discord } = bed;
    const prefix = uniquePrefix();
    const keys = redisKeys(prefix);
    const [auction] = await closedAuctions(storeFor(client, prefix), [{ bids: [[0, 80_000]] }]);
    const worker = await startWorker(redis, {
      REDIS_KEY_PREFIX: prefix,
      DISCORD_WEBHOOK_URL: discord.webhookUrl,
    });
    await waitFor('first pass', () => processed(worker.logs).length === 1);
    const first = await storedReport(client, keys.report(auction!.id));

    // The same auction again, as after a crash before XACK or a duplicate entry.
    const [[, flat]] = (await client.xrange(keys.finishedStream, '-', '+')) as [[string, string[]]];
    await client.xadd(keys.finishedStream, '*', ...flat);
    await waitFor('second pass', () => processed(worker.logs).length === 2);
    await worker.stop();

    const second = processed(worker.logs)[1]!;
    assert.equal(second.report, 'reused');
    assert.equal(second.discord, 'already-sent');
    assert.deepEqual(await storedReport(client, keys.report(auction!.id)), first);
    assert.equal(discord.received.length, 1);
  });
});

// The worker as a process (`node worker/main.ts`): killed with SIGKILL in the
// middle of a job, stopped with SIGTERM, refused a bad configuration.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import { closedAuctions, storeFor } from './closed-auctions.ts';
import {
  pendingCount,
  MODEL,
  processed,
  spawnWorker,
  storedReport,
  uniquePrefix,
  useTestbed,
  waitFor,
} from './harness.ts';

describe('worker process', () => {
  const bed = useTestbed();

  const varsFor = (prefix: string) => ({ ...bed.vars(prefix, true), GEMINI_TIMEOUT_MS: '20000' });

  it('killed with SIGKILL mid-job: another worker takes the job over, Discord gets exactly one post', async () => {
    const { redis, client, discord, gemini } = bed;
    const prefix = uniquePrefix();
    const keys = redisKeys(prefix);
    const [auction] = await closedAuctions(storeFor(client, prefix), [
      {
        bids: [
          [0, 80_000],
          [1, 90_000],
        ],
      },
    ]);
    gemini.script({ hold: true }); // the first worker's Gemini call never returns

    const first = spawnWorker(redis, varsFor(prefix));
    await gemini.waitForRequests(1);
    first.child.kill('SIGKILL');
    assert.equal(await first.exited, null);

    const second = spawnWorker(redis, varsFor(prefix));
    await waitFor('the second worker to finish the job', () => processed(second.logs).length === 1);
    second.child.kill('SIGTERM');
    assert.equal(await second.exited, 0);

    assert.equal(gemini.requests.length, 2);
    assert.equal(discord.created.length, 1);
    assert.equal(discord.received.length, 1);
    const report = await storedReport(client, keys.report(auction!.id));
    assert.equal(report?.generatedBy, MODEL);
    assert.equal(processed(second.logs)[0]!.deliveries, 2);
    assert.equal(await pendingCount(client, keys.finishedStream), 0);
  });

  it('SIGTERM mid-job: the job is abandoned after the grace period, the process exits 0, and the job is done later', async () => {
    const { redis, client, discord, gemini } = bed;
    const prefix = uniquePrefix();
    const keys = redisKeys(prefix);
    const [auction] = await closedAuctions(storeFor(client, prefix), [{}]);
    gemini.script({ hold: true });

    const first = spawnWorker(redis, { ...varsFor(prefix), WORKER_SHUTDOWN_GRACE_MS: '300' });
    await gemini.waitForRequests(1);
    const stopping = performance.now();
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);
    assert.ok(performance.now() - stopping < 3000, 'exited promptly');
    assert.ok(
      first.logs.some(
        (line) => line.msg === 'job abandoned at shutdown; another worker will take it over',
      ),
    );
    assert.equal(await client.exists(keys.workerLock(auction!.id)), 0, 'the lock was released');
    assert.equal(await pendingCount(client, keys.finishedStream), 1, 'the entry stays pending');

    const second = spawnWorker(redis, varsFor(prefix));
    await waitFor('the job to be done', () => processed(second.logs).length === 1);
    second.child.kill('SIGTERM');
    await second.exited;
    assert.equal(discord.created.length, 1);
    assert.equal((await storedReport(client, keys.report(auction!.id)))?.generatedBy, MODEL);
  });

  it('a bad setting stops start-up with a message naming the variable', async () => {
    const { redis } = bed;
    const bad = spawnWorker(redis, { REPORT_LANGUAGE: 'fr', WORKER_MAX_DELIVERIES: '0' });
    assert.equal(await bad.exited, 78);
    assert.match(bad.stderr(), /REPORT_LANGUAGE/);
    assert.match(bad.stderr(), /WORKER_MAX_DELIVERIES/);
    const zone = spawnWorker(redis, { REPORT_TIME_ZONE: 'Mars/Olympus' });
    assert.equal(await zone.exited, 78);
    assert.match(zone.stderr(), /REPORT_TIME_ZONE/);
  });
});

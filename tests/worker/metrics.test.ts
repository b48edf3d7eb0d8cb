// The worker's Prometheus metrics: job outcomes and durations, Discord posts
// and Gemini calls counted where they happen, and the HTTP server that
// serves them (GET /metrics, GET /healthz) from `node worker/main.ts`.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import { freePort } from '../support/redis-server.ts';
import { closedAuctions, storeFor } from './closed-auctions.ts';
import {
  deadLetters,
  processed,
  spawnWorker,
  startWorker,
  uniquePrefix,
  useTestbed,
  waitFor,
  type RunningWorker,
} from './harness.ts';

const metricsOf = (running: RunningWorker) => running.worker.metrics.registry.metrics();

/** The value of one sample, e.g. `arremate_worker_jobs_total{outcome="processed",reason="none"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const jobs = (outcome: string, reason = 'none') =>
  `arremate_worker_jobs_total{outcome="${outcome}",reason="${reason}"}`;

describe('worker metrics', () => {
  const bed = useTestbed();

  it('count processed jobs with their durations, Discord posts and Gemini calls with the fallback', async () => {
    const prefix = uniquePrefix();
    await closedAuctions(storeFor(bed.client, prefix), [{ bids: [[0, 80_000]] }, {}]);
    bed.gemini.script({ status: 503 }); // the first auction's only attempt fails: templates
    const worker = await startWorker(bed.redis, {
      ...bed.vars(prefix, true),
      GEMINI_MAX_ATTEMPTS: '1',
    });
    try {
      await waitFor('two jobs', () => processed(worker.logs).length === 2);
      const text = await metricsOf(worker);
      assert.equal(sample(text, jobs('processed')), 2);
      assert.equal(
        sample(text, 'arremate_worker_job_duration_seconds_count{outcome="processed"}'),
        2,
      );
      const seconds = sample(text, 'arremate_worker_job_duration_seconds_sum{outcome="processed"}');
      assert.ok(seconds! > 0 && seconds! < 10, `${seconds} s`);
      assert.equal(sample(text, 'arremate_worker_discord_posts_total{outcome="sent"}'), 2);
      assert.equal(sample(text, 'arremate_worker_gemini_calls_total{outcome="fallback"}'), 1);
      assert.equal(sample(text, 'arremate_worker_gemini_calls_total{outcome="success"}'), 1);
      assert.ok(sample(text, 'process_resident_memory_bytes')! > 0, 'default process metrics');
      assert.equal(bed.discord.created.length, 2);
    } finally {
      await worker.stop();
    }
  });

  it('count failures and dead letters by reason; mock mode calls no Gemini', async () => {
    const prefix = uniquePrefix();
    const keys = redisKeys(prefix);
    // First auction: Discord refuses it (400). Second: Discord is down, so the
    // job fails, is redelivered, and is then over WORKER_MAX_DELIVERIES.
    bed.discord.script({ status: 400, code: 50035 }, { status: 503 });
    await closedAuctions(storeFor(bed.client, prefix), [{}, {}]);
    await bed.client.xadd(keys.finishedStream, '*', 'auctionId', 'bogus', 'finished', '{}');
    const worker = await startWorker(bed.redis, {
      ...bed.vars(prefix),
      DISCORD_MAX_ATTEMPTS: '1',
      WORKER_MAX_DELIVERIES: '1',
      WORKER_CLAIM_IDLE_MS: '300',
    });
    try {
      await waitFor(
        'three dead letters',
        async () => (await deadLetters(bed.client, keys.deadLetterStream)).length === 3,
      );
      const text = await metricsOf(worker);
      assert.equal(sample(text, jobs('dead_lettered', 'DISCORD_REJECTED')), 1);
      assert.equal(sample(text, jobs('failed', 'DISCORD_UNAVAILABLE')), 1);
      assert.equal(sample(text, jobs('dead_lettered', 'DISCORD_UNAVAILABLE')), 1);
      assert.equal(sample(text, jobs('dead_lettered', 'INVALID_ENTRY')), 1);
      assert.equal(sample(text, jobs('processed')), undefined);
      assert.equal(
        sample(text, 'arremate_worker_job_duration_seconds_count{outcome="dead_lettered"}'),
        3,
      );
      assert.equal(sample(text, 'arremate_worker_discord_posts_total{outcome="rejected"}'), 1);
      assert.equal(sample(text, 'arremate_worker_discord_posts_total{outcome="unavailable"}'), 1);
      assert.doesNotMatch(text, /^arremate_worker_gemini_calls_total\{/m);
    } finally {
      await worker.stop();
    }
  });

  it('are served on WORKER_METRICS_PORT with a liveness probe, until SIGTERM', async () => {
    const prefix = uniquePrefix();
    await closedAuctions(storeFor(bed.client, prefix), [{}]);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = spawnWorker(bed.redis, {
      ...bed.vars(prefix),
      WORKER_METRICS_PORT: String(port),
    });
    try {
      await waitFor('the job', () => processed(child.logs).length === 1);
      const metrics = await fetch(`${base}/metrics`);
      assert.equal(metrics.status, 200);
      assert.match(metrics.headers.get('content-type') ?? '', /^text\/plain/);
      const text = await metrics.text();
      assert.equal(sample(text, jobs('processed')), 1);
      assert.match(text, /^nodejs_eventloop_lag_seconds /m);
      const health = await fetch(`${base}/healthz`);
      assert.deepEqual([health.status, await health.json()], [200, { status: 'ok' }]);
      assert.equal((await fetch(`${base}/elsewhere`)).status, 404);
    } finally {
      child.child.kill('SIGTERM');
    }
    assert.equal(await child.exited, 0, child.stderr());
    await assert.rejects(fetch(`${base}/healthz`), 'no longer served');
  });

  it('a taken port costs the metrics, not the reports; 0 turns them off; a bad value stops start-up', async () => {
    const [prefix, other] = [uniquePrefix(), uniquePrefix()];
    await closedAuctions(storeFor(bed.client, prefix), [{}]);
    await closedAuctions(storeFor(bed.client, other), [{}]);
    const squatter = createServer((_req, res) => res.end('someone else'));
    const port = await freePort();
    await new Promise<void>((resolve) => squatter.listen(port, resolve));
    try {
      const taken = spawnWorker(bed.redis, {
        ...bed.vars(prefix),
        WORKER_METRICS_PORT: String(port),
      });
      await waitFor('its job', () => processed(taken.logs).length === 1);
      const complaint = taken.logs.find((l) => l.msg.startsWith('metrics server could not listen'));
      assert.equal(complaint?.port, port);
      taken.child.kill('SIGTERM');
      assert.equal(await taken.exited, 0);
    } finally {
      squatter.close();
    }

    const off = spawnWorker(bed.redis, { ...bed.vars(other), WORKER_METRICS_PORT: '0' });
    await waitFor('its job', () => processed(off.logs).length === 1);
    assert.ok(!off.logs.some((l) => l.msg.startsWith('metrics')), 'no metrics server');
    off.child.kill('SIGTERM');
    assert.equal(await off.exited, 0);

    const bad = spawnWorker(bed.redis, { ...bed.vars(prefix), WORKER_METRICS_PORT: 'ninety' });
    assert.equal(await bad.exited, 78);
    assert.match(bad.stderr(), /WORKER_METRICS_PORT="ninety"/);
  });
});

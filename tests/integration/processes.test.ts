// The real entry points as processes: configuration errors, graceful
// shutdown, and `npm start`'s platform runner.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createAuction, register, sleep } from '../support/api-client.ts';
import { runNode, waitForReady } from '../support/processes.ts';
import { freePort, startRedis, type TestRedis } from '../support/redis-server.ts';
import { connectClient } from '../support/replicas.ts';

let redis: TestRedis;
before(async () => (redis = await startRedis()));
after(() => redis.stop());

describe('app/main.ts', () => {
  it('refuses to start with a bad variable, naming it', async () => {
    const api = runNode('app/main.ts', { REDIS_PORT: 'six', PORT: '0' });
    const { code } = await api.exited;
    assert.equal(code, 78);
    assert.match(api.output(), /REDIS_PORT="six"/);
  });

  it('on SIGTERM moves sockets away, finishes and exits within 10 s', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const api = runNode('app/main.ts', { ...redis.env, PORT: String(port), HOST: '127.0.0.1' });
    await waitForReady(base);
    const seller = await register(base, 'Seller');
    await createAuction(base, seller.token);
    const socket = await connectClient(base);
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    const started = Date.now();
    api.child.kill('SIGTERM');
    const { code } = await api.exited;
    assert.equal(code, 0, api.output());
    assert.ok(Date.now() - started < 10_000);
    assert.equal(await disconnected, 'io server disconnect', 'the server told the socket to go');
    socket.close();
  });

  it('on SIGTERM while Redis is away exits 0 at once, not after waiting out the reconnection', async () => {
    const gone = await startRedis();
    const port = await freePort();
    const api = runNode('app/main.ts', { ...gone.env, PORT: String(port), HOST: '127.0.0.1' });
    try {
      await waitForReady(`http://127.0.0.1:${port}`);
      await gone.crash();
      await sleep(1500); // every connection is reconnecting
      api.child.kill('SIGTERM');
      const ended = await Promise.race([api.exited, sleep(5000).then(() => null)]);
      assert.deepEqual(ended, { code: 0, signal: null }, api.output());
    } finally {
      api.child.kill('SIGKILL');
      await gone.stop();
    }
  });

  it('reaches Redis through its Unix socket with REDIS_URL=unix://…', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arremate-unix-'));
    const path = join(dir, 'redis.sock');
    const onSocket = await startRedis(['--unixsocket', path]);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const api = runNode('app/main.ts', {
      REDIS_URL: `unix://${path}?db=3`,
      PORT: String(port),
      HOST: '127.0.0.1',
    });
    try {
      await waitForReady(base);
      const seller = await register(base, 'Seller');
      await createAuction(base, seller.token);
      const admin = onSocket.client();
      await admin.select(3);
      assert.ok((await admin.keys('arremate:auction:*')).length > 0, 'written to db 3');
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
      await onSocket.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm start (scripts/start-platform.ts)', () => {
  it('brings up its own Redis, the API and the worker, and stops them all on Ctrl-C', async () => {
    const [port, redisPort] = [await freePort(), await freePort()];
    const dataDir = mkdtempSync(join(tmpdir(), 'arremate-start-'));
    const platform = runNode('scripts/start-platform.ts', {
      PORT: String(port),
      ARREMATE_REDIS_PORT: String(redisPort),
      ARREMATE_DATA_DIR: dataDir,
      REDIS_HOST: undefined, // no Redis configured: it must start its own
      REDIS_URL: undefined,
    });
    try {
      await waitForReady(`http://127.0.0.1:${port}`, 20_000);
      const seller = await register(`http://127.0.0.1:${port}`, 'Seller');
      const auction = await createAuction(`http://127.0.0.1:${port}`, seller.token);
      assert.equal(auction.status, 'open');
    } finally {
      platform.child.kill('SIGINT');
    }
    const { code } = await platform.exited;
    assert.equal(code, 0, platform.output());
    const stillUp = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => true,
      () => false,
    );
    assert.equal(stillUp, false, 'the API stopped');
    const redisUp = await fetch(`http://127.0.0.1:${redisPort}/`).then(
      () => true,
      (e: Error) => !/ECONNREFUSED/.test(String(e.cause)),
    );
    assert.equal(redisUp, false, 'its Redis stopped');
    rmSync(dataDir, { recursive: true, force: true });
  });
});

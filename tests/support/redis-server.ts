// Starts a real, throwaway redis-server on a free port for a test file.
// Integration tests never use an in-memory fake (STYLE.md habit 8).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export interface TestRedis {
  port: number;
  url: string;
  /** Env for processes that should use this Redis. */
  env: { REDIS_HOST: string; REDIS_PORT: string; REDIS_DB: string };
  /** A fresh client; closed by stop(). */
  client(): Redis;
  /** kill -9: Redis dies without a chance to flush anything. */
  crash(): Promise<void>;
  /** Starts it again on the same port and data directory. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resolves once the process has exited (at once if it already has). */
export function processExited(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(null)
      : child.once('exit', resolve),
  );
}

export async function startRedis(extraArgs: string[] = []): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'arremate-redis-'));
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'no',
    ...extraArgs,
  ];
  let child: ChildProcess = spawn('redis-server', args, { stdio: 'ignore' });
  const clients: Redis[] = [];
  const client = () => {
    const redis = new Redis({
      port,
      host: '127.0.0.1',
      lazyConnect: false,
      maxRetriesPerRequest: 3,
    });
    clients.push(redis);
    return redis;
  };
  await waitForPing(port);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    env: { REDIS_HOST: '127.0.0.1', REDIS_PORT: String(port), REDIS_DB: '0' },
    client,
    async crash() {
      child.kill('SIGKILL');
      await processExited(child);
    },
    async restart() {
      child = spawn('redis-server', args, { stdio: 'ignore' });
      await waitForPing(port);
    },
    async stop() {
      await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
      child.kill('SIGKILL');
      await processExited(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPing(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const probe = new Redis({
      port,
      host: '127.0.0.1',
      lazyConnect: true,
      retryStrategy: () => null,
    });
    probe.on('error', () => {});
    try {
      await probe.connect();
      await probe.ping();
      probe.disconnect();
      return;
    } catch {
      probe.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`redis-server did not answer on port ${port}`);
}

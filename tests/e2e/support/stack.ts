// The real stack for browser tests: a throwaway redis-server, the API as a
// real process (`node app/main.ts`) serving the production UI build, a second
// API replica on the same Redis (to write while the first is down), and the
// worker in mock mode. Nothing is faked.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startRedis, type TestRedis } from '../../support/redis-server.ts';
import { runNode, waitForReady, type RunningProcess } from '../../support/processes.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface E2EStack {
  /** The API replica the browsers use (same origin for UI, REST and Socket.IO). */
  url: string;
  /** Another replica on the same Redis. */
  spareUrl: string;
  redis: TestRedis;
  /** Stops the browsers' replica, runs `whileDown`, then starts it again on the same port. */
  restartPrimary(signal: 'SIGTERM' | 'SIGKILL', whileDown?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds web/dist when it is missing or older than the UI's sources. */
export function ensureWebBuild(): void {
  const index = join(root, 'web/dist/index.html');
  const sources = Math.max(
    newestMtime(join(root, 'web/src')),
    statSync(join(root, 'web/index.html')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
}

/** Generous: on a busy 2-core CI machine several suites start stacks at once. */
const READY_TIMEOUT_MS = 60_000;

const NO_EXTERNAL_SERVICES = {
  GEMINI_API_KEY: undefined,
  DISCORD_WEBHOOK_URL: undefined,
  SMTP_URL: undefined,
  REDIS_URL: undefined,
};

export interface StackOptions {
  /** Extra environment for the API replicas, e.g. a short ENDING_SOON_SECONDS. */
  apiEnv?: Record<string, string>;
}

function startApi(redis: TestRedis, port: number, options: StackOptions): RunningProcess {
  return runNode('app/main.ts', {
    ...NO_EXTERNAL_SERVICES,
    ...redis.env,
    ...options.apiEnv,
    PORT: String(port),
    HOST: '127.0.0.1',
  });
}

async function stopProcess(
  running: RunningProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (running.child.exitCode === null && running.child.signalCode === null)
    running.child.kill(signal);
  await running.exited;
}

export async function startStack(options: StackOptions = {}): Promise<E2EStack> {
  ensureWebBuild();
  const redis = await startRedis();
  const [port, sparePort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${port}`;
  const spareUrl = `http://127.0.0.1:${sparePort}`;
  let primary = startApi(redis, port, options);
  const spare = startApi(redis, sparePort, options);
  const worker = runNode('worker/main.ts', {
    ...NO_EXTERNAL_SERVICES,
    ...redis.env,
    WORKER_BLOCK_MS: '500',
  });
  const stopAll = async () => {
    await Promise.all([stopProcess(primary), stopProcess(spare), stopProcess(worker)]);
    await redis.stop();
  };
  try {
    await Promise.all([
      waitForReady(url, READY_TIMEOUT_MS),
      waitForReady(spareUrl, READY_TIMEOUT_MS),
    ]);
  } catch (error) {
    // Never leave processes behind: they would keep the test runner alive.
    await stopAll();
    throw new Error(`the API did not start:\n${primary.output()}\n${spare.output()}`, {
      cause: error,
    });
  }

  return {
    url,
    spareUrl,
    redis,
    async restartPrimary(signal, whileDown) {
      await stopProcess(primary, signal);
      await whileDown?.();
      primary = startApi(redis, port, options);
      await waitForReady(url, READY_TIMEOUT_MS);
    },
    stop: stopAll,
  };
}

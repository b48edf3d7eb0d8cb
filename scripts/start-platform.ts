// Runs the platform for `npm start`: its own Redis (AOF on, data in .data/)
// when no REDIS_URL/REDIS_HOST/REDIS_SENTINELS is configured, one API replica and one
// worker. Ctrl-C (or SIGTERM) stops the children in order; if one dies, the
// rest are stopped too and the exit code says so.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';

const root = new URL('..', import.meta.url).pathname;
const env: NodeJS.ProcessEnv = { ...process.env };
const children: { name: string; child: ChildProcess }[] = [];
let stopping = false;

function run(name: string, command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
  children.push({ name, child });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`» ${name} exited (${signal ?? code}); stopping everything`);
    void stopAll(1);
  });
  return child;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function startOwnRedis(): Promise<void> {
  const port = Number(process.env.ARREMATE_REDIS_PORT ?? 6379);
  if (await portAnswers(port)) {
    throw new Error(
      `Port ${port} is taken. Set REDIS_HOST/REDIS_PORT to use that Redis, or ARREMATE_REDIS_PORT to start ours elsewhere.`,
    );
  }
  const dir = process.env.ARREMATE_DATA_DIR ?? `${root}.data/redis`;
  mkdirSync(dir, { recursive: true });
  // AOF with fsync every second: at most ~1 s of acknowledged bids at risk
  // if the machine (not just Redis) crashes; see docs/operations.md.
  run('redis', 'redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--appendonly',
    'yes',
    '--appendfsync',
    'everysec',
    // Only warnings: the API's and worker's logs are what a person reads here.
    '--loglevel',
    'warning',
  ]);
  for (let i = 0; i < 100 && !(await portAnswers(port)); i++)
    await new Promise((r) => setTimeout(r, 100));
  env.REDIS_HOST = '127.0.0.1';
  env.REDIS_PORT = String(port);
  console.log(`» Redis on 127.0.0.1:${port}, data in ${dir}`);
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Stop the API and worker first, Redis last so they can finish their work.
  for (const { child } of [...children].reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    child.kill('SIGTERM');
    await new Promise((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), 12_000);
      child.once('exit', () => (clearTimeout(force), resolve(null)));
    });
  }
  process.exit(exitCode);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  const { REDIS_URL, REDIS_HOST, REDIS_SENTINELS } = process.env;
  if (!REDIS_URL && !REDIS_HOST && !REDIS_SENTINELS) await startOwnRedis();
  run('api', process.execPath, ['app/main.ts']);
  if (existsSync(`${root}worker/main.ts`)) run('worker', process.execPath, ['worker/main.ts']);
  console.log(`» Arremate on http://localhost:${env.PORT ?? 5000} — Ctrl-C to stop`);
} catch (error) {
  console.error(`» ${(error as Error).message}`);
  await stopAll(1);
}

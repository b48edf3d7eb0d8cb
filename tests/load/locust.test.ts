// The original design promised a Locust load test; this runs ours headless
// for 15 s against three API replicas (real processes) sharing one real
// Redis, users spread over the replicas round-robin (LOCUST_HOSTS), and
// requires zero failures and a real amount of traffic, bids included.
// Needs Debian's python3-locust (command `locust`).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { startApiProcesses, type ApiStack } from '../../bench/stack.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';

const RUN_SECONDS = 15;
const USERS = 30;
// Users sign up as they spawn, and each sign-up is an scrypt hash (about
// 40 ms of CPU on the libuv pool): 5 a second keeps the replicas' event
// loops responsive on a 2-core machine.
const SPAWN_RATE = 5;

let redis: TestRedis;
let stack: ApiStack;
let outDir: string;

before(async () => {
  redis = await startRedis();
  stack = await startApiProcesses(redis.env, 3);
  outDir = mkdtempSync(join(tmpdir(), 'arremate-locust-'));
});
after(async () => {
  await stack?.stop();
  await redis?.stop();
  rmSync(outDir, { recursive: true, force: true });
});

interface StatsRow {
  name: string;
  requests: number;
  failures: number;
}

/** Locust's <prefix>_stats.csv: Type,Name,Request Count,Failure Count,… */
function readStats(file: string): StatsRow[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const columns = (header ?? '').split(',');
  const at = (name: string) => columns.indexOf(name);
  return lines.map((line) => {
    const cells = line.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
    return {
      name: cells[at('Name')] ?? '',
      requests: Number(cells[at('Request Count')]),
      failures: Number(cells[at('Failure Count')]),
    };
  });
}

function serverLogs(): string {
  return stack.replicas.map((r) => `[${r.url}]\n${r.process.output().slice(-4000)}`).join('\n');
}

function runLocust(prefix: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    'locust',
    [
      ...['-f', 'tests/locustfile.py', '--headless', '--only-summary'],
      ...['-u', String(USERS), '-r', String(SPAWN_RATE), '-t', `${RUN_SECONDS}s`],
      ...['--host', stack.urls[0] as string, '--csv', prefix, '--loglevel', 'WARNING'],
    ],
    {
      cwd: new URL('../..', import.meta.url).pathname,
      // No tests/__pycache__ left behind in the checkout.
      env: { ...process.env, LOCUST_HOSTS: stack.urls.join(','), PYTHONDONTWRITEBYTECODE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Bounded: Locust stops itself after RUN_SECONDS; this is the backstop.
  const killer = setTimeout(() => child.kill('SIGKILL'), (RUN_SECONDS + 30) * 1000);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, output });
    });
  });
}

it(`Locust: ${USERS} users for ${RUN_SECONDS} s over three replicas, zero failures`, async () => {
  const prefix = join(outDir, 'run');
  const { code, output } = await runLocust(prefix);
  // On failure, show Locust's error report and the replicas' error logs.
  const failures = `${readFileSync(`${prefix}_failures.csv`, 'utf8')}\n${serverLogs()}`;
  assert.equal(code, 0, `locust exited with ${code}:\n${output}\n${failures}`);

  const rows = readStats(`${prefix}_stats.csv`);
  const total = rows.find((row) => row.name === 'Aggregated');
  const bids = rows.find((row) => row.name === '/api/auctions/[id]/bids');
  assert.ok(total && bids, `unexpected stats:\n${JSON.stringify(rows)}`);
  assert.equal(total.failures, 0, `failures:\n${failures}`);
  assert.ok(total.requests >= 300, `only ${total.requests} requests`);
  assert.ok(bids.requests >= 50, `only ${bids.requests} bids`);
  const browsed = rows.find((row) => row.name === '/api/auctions/search [category]');
  assert.ok((browsed?.requests ?? 0) >= 10, `only ${browsed?.requests ?? 0} category views`);
  // Every user signed up and created its auction.
  assert.equal(rows.find((row) => row.name === '/api/auth/register')?.requests, USERS);
  assert.equal(rows.find((row) => row.name === '/api/auctions [create]')?.requests, USERS);
});

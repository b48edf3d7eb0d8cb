// Runs workers in this process (or as child processes) against a test Redis,
// with fast timings, and collects their JSON logs for assertions.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { after, before, beforeEach } from 'node:test';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { Value } from 'typebox/value';
import { parseEnv } from '../../core/config.ts';
import { createRedis } from '../../core/redis/connection.ts';
import { AuctionReport } from '../../core/schemas.ts';
import { WorkerEnv } from '../../worker/config.ts';
import { createWorker, type Worker } from '../../worker/worker.ts';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord-stand-in.ts';
import { startGeminiStandIn, type GeminiStandIn } from '../support/gemini-stand-in.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';
import { startSmtpStandIn, type SmtpStandIn } from '../support/smtp-stand-in.ts';

export type LogLine = Record<string, unknown> & { msg: string };

/** Timings that keep a test file within seconds. */
export const fastEnv = {
  WORKER_BLOCK_MS: '100',
  WORKER_CLAIM_IDLE_MS: '800',
  WORKER_SHUTDOWN_GRACE_MS: '2000',
  GEMINI_RETRY_BASE_MS: '20',
  GEMINI_TIMEOUT_MS: '2000',
  DISCORD_RETRY_BASE_MS: '20',
  DISCORD_TIMEOUT_MS: '1000',
  LOG_LEVEL: 'info',
};

export const uniquePrefix = () => `t${randomUUID().slice(0, 8)}:`;

export interface RunningWorker {
  worker: Worker;
  logs: LogLine[];
  stop(): Promise<void>;
}

export async function startWorker(
  redis: TestRedis,
  vars: Record<string, string>,
): Promise<RunningWorker> {
  const env = parseEnv(WorkerEnv, { ...redis.env, ...fastEnv, ...vars });
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const log = pino({ level: env.LOG_LEVEL }, sink);
  const commands = createRedis(env);
  const blocking = createRedis(env, { maxRetriesPerRequest: null });
  for (const connection of [commands, blocking]) {
    connection.on('error', (error: Error) =>
      log.warn({ cause: error.message }, 'redis connection error'),
    );
  }
  const worker = createWorker(env, log, { redis: commands, blocking });
  const running = worker.start();
  return {
    worker,
    logs,
    async stop() {
      await worker.stop();
      await running;
      await commands.quit();
    },
  };
}

export interface WorkerProcess {
  child: ChildProcess;
  logs: LogLine[];
  stderr: () => string;
  exited: Promise<number | null>;
}

/** `node worker/main.ts` as a child process, its stdout parsed as JSON log lines. */
export function spawnWorker(redis: TestRedis, vars: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['worker/main.ts'], {
    env: { PATH: process.env.PATH, ...redis.env, ...fastEnv, ...vars },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) logs.push(JSON.parse(line) as LogLine);
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, logs, stderr: () => stderr, exited };
}

export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const processed = (logs: LogLine[]) =>
  logs.filter((line) => line.msg === 'auction processed');

export interface DeadLetter {
  id: string;
  fields: Record<string, string>;
}

export async function deadLetters(redis: Redis, stream: string): Promise<DeadLetter[]> {
  const entries = await redis.xrange(stream, '-', '+');
  return entries.map(([id, flat]) => {
    const fields: Record<string, string> = {};
    for (let i = 0; i + 1 < flat.length; i += 2) fields[flat[i]!] = flat[i + 1]!;
    return { id, fields };
  });
}

/** Entries delivered to the group and not yet acknowledged. */
export async function pendingCount(
  redis: Redis,
  stream: string,
  group = 'report-workers',
): Promise<number> {
  const [count] = (await redis.xpending(stream, group)) as [number];
  return count;
}

export async function storedReport(redis: Redis, key: string): Promise<AuctionReport | null> {
  const json = await redis.get(key);
  if (json === null) return null;
  const report: unknown = JSON.parse(json);
  if (!Value.Check(AuctionReport, report))
    throw new Error(`stored report has the wrong shape: ${json}`);
  return report;
}

export const MODEL = 'gemini-2.5-flash';
export const GEMINI_KEY = 'stand-in-api-key';

export interface Testbed {
  redis: TestRedis;
  client: Redis;
  discord: DiscordStandIn;
  gemini: GeminiStandIn;
  /** Env pointing a worker at the stand-ins. */
  vars(prefix: string, withGemini?: boolean): Record<string, string>;
}

/**
 * A real Redis and both stand-ins for one test file, through its before/after
 * hooks; the stand-ins are reset before each test. Use the fields inside tests.
 */
export function useTestbed(): Testbed {
  const bed = {} as Testbed;
  bed.vars = (prefix, withGemini = false) => {
    const vars: Record<string, string> = {
      REDIS_KEY_PREFIX: prefix,
      DISCORD_WEBHOOK_URL: bed.discord.webhookUrl,
    };
    if (withGemini)
      Object.assign(vars, { GEMINI_API_KEY: GEMINI_KEY, GEMINI_BASE_URL: bed.gemini.baseUrl });
    return vars;
  };
  before(async () => {
    bed.redis = await startRedis();
    bed.client = bed.redis.client();
    bed.discord = await startDiscordStandIn();
    bed.gemini = await startGeminiStandIn({ model: MODEL, apiKey: GEMINI_KEY });
  });
  beforeEach(() => {
    bed.discord.reset();
    bed.gemini.reset();
  });
  after(async () => {
    await Promise.all([bed.discord.close(), bed.gemini.close()]);
    await bed.redis.stop();
  });
  return bed;
}

/** Runs an in-process worker until `done` holds, stops it, and returns its logs. */
export async function runWorkerUntil(
  redis: TestRedis,
  vars: Record<string, string>,
  done: (logs: LogLine[]) => boolean | Promise<boolean>,
): Promise<LogLine[]> {
  const worker = await startWorker(redis, vars);
  try {
    await waitFor('the worker to get there', () => done(worker.logs));
  } finally {
    await worker.stop();
  }
  return worker.logs;
}

/**
 * An SMTP stand-in for the tests of the enclosing suite, started before them
 * and emptied before each; the object stands for it once the suite runs.
 */
export function useSmtpStandIn(): SmtpStandIn {
  let relay: SmtpStandIn | undefined;
  const started = () => relay as SmtpStandIn;
  before(async () => (relay = await startSmtpStandIn()));
  beforeEach(() => started().reset());
  after(() => started().close());
  return {
    get url() {
      return started().url;
    },
    get accepted() {
      return started().accepted;
    },
    script: (...steps) => started().script(...steps),
    reset: () => started().reset(),
    close: () => started().close(),
  };
}

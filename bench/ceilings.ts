// The machine's ceilings, measured in the same run as everything else (the
// load generator and the servers share the same two cores, so only ratios
// against these mean anything):
//  - a bare Fastify route answering the bid request with no work, and the
//    same route running one trivial Lua script in Redis per request;
//  - our bid script alone, through redis-benchmark (EVALSHA of
//    placeBid-<keys>.lua on a prepared auction), i.e. what Redis can do.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync } from 'node:fs';
import { Redis } from 'ioredis';
import { createAuctionStore } from '../core/redis/auction-store.ts';
import { redisKeys } from '../core/redis/keys.ts';
import { loadScripts, scriptSource } from '../core/redis/scripts.ts';
import { runNode, waitForReady } from '../tests/support/processes.ts';
import { freePort } from '../tests/support/redis-server.ts';
import { httpLoad, type HttpLoadResult, type HttpLoadSettings } from './http-load.ts';
import { stopProcess } from './stack.ts';

const run = promisify(execFile);

/** The bare route; with `redisPort`, plus one trivial Lua script per request. */
export async function bareRouteCeiling(
  settings: HttpLoadSettings,
  token: string,
  redisPort?: number,
): Promise<HttpLoadResult> {
  const port = await freePort();
  const server = runNode('bench/bare-server.ts', {
    PORT: String(port),
    BARE_SCRIPT_REDIS_PORT: redisPort ? String(redisPort) : undefined,
  });
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForReady(url);
    let amount = 0;
    return await httpLoad(url, settings, () => ({
      path: '/api/auctions/bare/bids',
      body: JSON.stringify({ amount: ++amount }),
      token,
    }));
  } finally {
    await stopProcess(server);
  }
}

export interface ScriptCeiling {
  script: string;
  perSecond: number;
  p50: number;
  p99: number;
}

/**
 * EVALSHA of the current placeBid script on a prepared auction. The
 * arguments are the ones our store really sends (captured from one real
 * call), except the events channel, swapped for one nobody listens to. The
 * auction's increment is then set to 0, so every call repeats the full
 * accepting path (validate, write, record, publish).
 */
export async function bidScriptCeiling(
  port: number,
  auctionId: string,
  options: { requests: number; clients: number },
): Promise<ScriptCeiling> {
  const file = readdirSync(new URL('../core/redis/scripts/', import.meta.url)).find((name) =>
    /^placeBid-\d+\.lua$/.test(name),
  );
  if (!file) throw new Error('no placeBid-<keys>.lua script found');
  const keyCount = Number(/-(\d+)\.lua$/.exec(file)?.[1]);
  const keys = redisKeys();
  const redis = loadScripts(new Redis({ port, host: '127.0.0.1' }));
  try {
    let captured: string[] = [];
    const placeBid = redis.placeBid.bind(redis);
    redis.placeBid = (...args: string[]) => ((captured = args), placeBid(...args));
    await redis.hset(keys.user('bench-bidder'), 'name', 'Bench');
    const auction = await createAuctionStore(redis, keys).placeBid(
      auctionId,
      { id: 'bench-bidder', name: 'Bench' },
      1_000_000,
    );
    await redis.hset(keys.auction(auctionId), 'minIncrement', '0');
    const args = captured.map((arg) => (arg === keys.eventsChannel ? 'bench:nowhere' : arg));
    const sha = (await redis.script('LOAD', scriptSource(file))) as string;
    const { stdout } = await run(
      'redis-benchmark',
      [
        ...['-h', '127.0.0.1', '-p', String(port), '--csv'],
        ...['-n', String(options.requests), '-c', String(options.clients)],
        ...['EVALSHA', sha, String(keyCount), ...args],
      ],
      { timeout: 60_000 },
    );
    // "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms",…
    const row = stdout
      .trim()
      .split('\n')
      .at(-1)
      ?.split(',')
      .map((cell) => cell.replace(/"/g, ''));
    const bidCount = Number(await redis.hget(keys.auction(auctionId), 'bidCount'));
    if (bidCount !== auction.auction.bidCount + options.requests)
      throw new Error(
        `bid script ceiling: only ${bidCount - 1} of ${options.requests} bids accepted`,
      );
    return {
      script: file,
      perSecond: Math.round(Number(row?.[1])),
      p50: Number(row?.[4]),
      p99: Number(row?.[6]),
    };
  } finally {
    redis.disconnect();
  }
}

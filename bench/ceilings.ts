// The machine's ceilings, measured in the same run as everything else (the
// load generator and the servers share the same two cores, so only ratios
// against these mean anything):
//  - a bare Fastify route answering the bid request with no work, the same
//    route running one trivial Lua script in Redis per request, and the same
//    route running our real bid script on the bench's auctions (what Redis
//    and Fastify cost a bid before our replica does anything of its own);
//  - our bid script alone, through redis-benchmark (EVALSHA of
//    placeBid-<keys>.lua on a prepared auction), i.e. what Redis can do.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { createAuctionStore } from '../core/redis/auction-store.ts';
import { redisKeys } from '../core/redis/keys.ts';
import { loadScripts, scriptSource } from '../core/redis/scripts.ts';
import { runNode, waitForReady } from '../tests/support/processes.ts';
import { freePort } from '../tests/support/redis-server.ts';
import type { Session } from '../tests/support/api-client.ts';
import { restBids } from './bidding.ts';
import { httpLoad, requestsSent, type HttpLoadResult, type HttpLoadSettings } from './http-load.ts';
import type { BidOrder } from './socket-load.ts';
import { measureCpuPerBid, stopProcess, type CpuPerBid } from './stack.ts';

const run = promisify(execFile);

/** The bare route; with `redisPort`, plus one trivial Lua script per request. */
export async function bareRouteCeiling(
  settings: HttpLoadSettings,
  token: string,
  redisPort?: number,
): Promise<HttpLoadResult> {
  return withBareServer(
    { BARE_SCRIPT_REDIS_PORT: redisPort ? String(redisPort) : undefined },
    (url) => {
      let amount = 0;
      return httpLoad(url, settings, () => ({
        path: '/api/auctions/bare/bids',
        body: JSON.stringify({ amount: ++amount }),
        token,
      }));
    },
  );
}

/**
 * The bare route running our real bid script: the same bids as the REST
 * run (`restBids`, same users, auctions and amounts), each placed by one
 * EVALSHA of placeBid with our store's arguments, the raw reply sent back.
 */
export async function bareBidScriptCeiling(
  settings: HttpLoadSettings,
  redis: { port: number; client: Redis },
  users: readonly Session[],
  orders: () => BidOrder,
): Promise<HttpLoadResult & { cpuPerBid: CpuPerBid }> {
  const dir = mkdtempSync(join(tmpdir(), 'arremate-bench-'));
  const file = join(dir, 'users.json');
  writeFileSync(file, JSON.stringify(users.map(({ token, user }) => ({ token, ...user }))));
  try {
    const result = await withBareServer(
      { BARE_SCRIPT_REDIS_PORT: String(redis.port), BARE_BID_USERS: file },
      (url, pid) =>
        measureCpuPerBid(
          pid,
          redis.client,
          () => restBids(url, settings, users, orders),
          requestsSent,
        ),
    );
    // Each order outbids the auction's last one: nearly all must be placed,
    // or this measured refusals rather than bids.
    const placed = result.byStatus['201'] ?? 0;
    if (placed < result.requests * 0.9)
      throw new Error(`bare route + bid script: ${placed} of ${result.requests} bids placed`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withBareServer<T>(
  env: Record<string, string | undefined>,
  load: (url: string, pid: number) => Promise<T>,
): Promise<T> {
  const port = await freePort();
  const server = runNode('bench/bare-server.ts', { PORT: String(port), ...env });
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForReady(url);
    return await load(url, server.child.pid ?? -1);
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

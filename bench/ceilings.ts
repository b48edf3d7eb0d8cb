// The machine's ceilings, measured in the same run as everything else (the
// load generator and the servers share the same two cores, so only ratios
// against these mean anything):
//  - a bare Fastify route answering the bid request with no work;
//  - our bid script alone, through redis-benchmark (EVALSHA of
//    placeBid-3.lua on a prepared auction), i.e. what Redis can do.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Redis } from 'ioredis';
import { scriptSource } from '../core/redis/scripts.ts';
import { runNode, waitForReady } from '../tests/support/processes.ts';
import { freePort } from '../tests/support/redis-server.ts';
import { httpLoad, type HttpLoadResult, type HttpLoadSettings } from './http-load.ts';
import { stopProcess } from './stack.ts';

const run = promisify(execFile);

export async function bareRouteCeiling(
  settings: HttpLoadSettings,
  token: string,
): Promise<HttpLoadResult> {
  const port = await freePort();
  const server = runNode('bench/bare-server.ts', { PORT: String(port) });
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
  perSecond: number;
  p50: number;
  p99: number;
}

/**
 * EVALSHA placeBid on an auction prepared with minIncrement 0, so that every
 * call takes the full accepting path (validate, write, record, publish).
 * It publishes on a channel nobody listens to, and uses its own keys.
 */
export async function bidScriptCeiling(
  redis: Redis,
  port: number,
  options: { requests: number; clients: number },
): Promise<ScriptCeiling> {
  const keys = ['bench:auction', 'bench:auction:bids', 'bench:open'];
  await redis.del(...keys);
  await redis.hset(keys[0] as string, {
    id: 'bench',
    status: 'open',
    endsAt: Date.now() + 3_600_000,
    sellerId: 'seller',
    startingPrice: 1,
    currentPrice: 1,
    minIncrement: 0,
    bidCount: 0,
    softCloseSeconds: 0,
    seq: 0,
    leaderId: '',
    leaderName: '',
  });
  const sha = (await redis.script('LOAD', scriptSource('placeBid-3.lua'))) as string;
  const args = ['bid-id', 'bidder', 'Bidder', '100', 'bench:nowhere'];
  const { stdout } = await run(
    'redis-benchmark',
    [
      ...['-h', '127.0.0.1', '-p', String(port), '--csv'],
      ...['-n', String(options.requests), '-c', String(options.clients)],
      ...['EVALSHA', sha, '3', ...keys, ...args],
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
  const bidCount = Number(await redis.hget(keys[0] as string, 'bidCount'));
  await redis.del(...keys);
  if (bidCount !== options.requests)
    throw new Error(`bid script ceiling: ${bidCount} of ${options.requests} bids accepted`);
  return { perSecond: Math.round(Number(row?.[1])), p50: Number(row?.[4]), p99: Number(row?.[6]) };
}

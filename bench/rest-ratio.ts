// A quick reading of the one ratio issue 6 still misses: REST bids over
// 1,000 auctions ÷ the bare Fastify route (and the same route running one
// trivial Lua script, the least a bid can cost, and running our real bid
// script on the same auctions with nothing of our replica's around it:
// what Fastify and Redis alone leave for a bid), alternating them for a few
// rounds on one replica, with the CPU time each process spent per bid
// (replica and harness from /proc and process.cpuUsage, Redis from INFO cpu).
// Much shorter than `npm run bench`, for trying a change; the bench's
// figure is the one we report. With another checkout (a copy of the code
// before a change, node_modules linked to ours), each round also measures a
// replica of it right after ours, in alternating order, against the same
// bare reading.
//
//   node bench/rest-ratio.ts [rounds=3] [seconds=5] [other checkout]
import { resolve } from 'node:path';
import { startRedis } from '../tests/support/redis-server.ts';
import { biddingFixture, restBids } from './bidding.ts';
import { bareBidScriptCeiling, bareRouteCeiling } from './ceilings.ts';
import { requestsSent } from './http-load.ts';
import { measureCpuPerBid, startApiProcesses, type ApiStack } from './stack.ts';

const rounds = Number(process.argv[2] ?? 3);
const seconds = Number(process.argv[3] ?? 5);
const otherDir = process.argv[4];
const settings = { connections: 50, seconds, warmupSeconds: 1 };

const redis = await startRedis();
const stack = await startApiProcesses(redis.env, 1);
const other = otherDir
  ? await startApiProcesses(redis.env, 1, {}, resolve(otherDir, 'app/main.ts'))
  : undefined;
const client = redis.client();
try {
  const { url } = stack.replicas[0] as { url: string };
  const { users, orders } = await biddingFixture(url, 100, 1000);
  const ratios = new Map<string, number[]>();
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]?.toFixed(3);

  async function measure(name: string, replica: ApiStack['replicas'][number], bare: number) {
    const rest = await measureCpuPerBid(
      replica.pid,
      client,
      () => restBids(replica.url, settings, users, orders),
      requestsSent,
    );
    const cpu = rest.cpuPerBid;
    const ratio = rest.perSecond / bare;
    ratios.set(name, [...(ratios.get(name) ?? []), ratio]);
    process.stdout.write(
      `  ${name}: REST ${rest.perSecond}/s (201: ${rest.byStatus['201'] ?? 0}) = ${ratio.toFixed(3)}×, ` +
        `p99 ${rest.latency.p99} ms; CPU µs/bid replica ${cpu.replica}, Redis ${cpu.redis}, ` +
        `harness ${cpu.harness}\n`,
    );
  }

  for (let round = 1; round <= rounds; round++) {
    const bare = await bareRouteCeiling(settings, users[0]?.token as string);
    const withScript = await bareRouteCeiling(settings, users[0]?.token as string, redis.port);
    const withBidScript = await bareBidScriptCeiling(
      settings,
      { port: redis.port, client },
      users,
      orders,
    );
    const scriptRatio = withScript.perSecond / bare.perSecond;
    const bidScriptRatio = withBidScript.perSecond / bare.perSecond;
    ratios.set('bare + one Lua call', [...(ratios.get('bare + one Lua call') ?? []), scriptRatio]);
    ratios.set('bare + bid script', [...(ratios.get('bare + bid script') ?? []), bidScriptRatio]);
    const cpu = withBidScript.cpuPerBid;
    process.stdout.write(
      `round ${round}: bare ${bare.perSecond}/s; bare + one Lua call ${withScript.perSecond}/s = ${scriptRatio.toFixed(3)}×; ` +
        `bare + bid script ${withBidScript.perSecond}/s (201: ${withBidScript.byStatus['201'] ?? 0}) = ${bidScriptRatio.toFixed(3)}×, ` +
        `CPU µs/bid server ${cpu.replica}, Redis ${cpu.redis}, harness ${cpu.harness}\n`,
    );
    const runs: [string, ApiStack][] = [['ours', stack]];
    if (other) runs[round % 2 ? 'push' : 'unshift'](['other', other]);
    for (const [name, which] of runs)
      await measure(name, which.replicas[0] as ApiStack['replicas'][number], bare.perSecond);
  }
  for (const [name, values] of ratios) process.stdout.write(`${name}: median ${median(values)}×\n`);
} finally {
  client.disconnect();
  await Promise.all([stack.stop(), other?.stop()]);
  await redis.stop();
}

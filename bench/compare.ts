// Before/after for one optimisation on a noisy machine: one replica of this
// checkout and one of another (e.g. a copy of app/ and core/ taken before
// the change, with node_modules linked to ours) share one Redis and take the
// same bid load at the same time, so background load hits both alike.
// Prints each round and the median ratios this ÷ other of throughput and of
// the replica's CPU time per bid.
//
//   node bench/compare.ts <other checkout> [rest|socket] [rounds=4] [seconds=5] [--sequential]
//
// --sequential measures the two one after the other, in alternating order,
// instead of at once: needed when the change alters what the replicas
// publish to each other (each would relay the other's events its own way).
import { resolve } from 'node:path';
import { startRedis } from '../tests/support/redis-server.ts';
import { biddingFixture, restBids } from './bidding.ts';
import { closedLoopBids, connectBidders } from './socket-load.ts';
import { cpuSeconds, startApiProcesses, type ApiStack } from './stack.ts';

const sequential = process.argv.includes('--sequential');
const [otherDir, mode = 'rest', roundsArg = '4', secondsArg = '5'] = process.argv
  .slice(2)
  .filter((arg) => arg !== '--sequential');
if (!otherDir) {
  process.stderr.write(
    'usage: node bench/compare.ts <other checkout> [rest|socket] [rounds] [seconds]\n',
  );
  process.exit(64);
}
const rounds = Number(roundsArg);
const seconds = Number(secondsArg);

const redis = await startRedis();
const ours = await startApiProcesses(redis.env, 1);
const other = await startApiProcesses(redis.env, 1, {}, resolve(otherDir, 'app/main.ts'));
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
try {
  const { users, tokens, orders } = await biddingFixture(ours.urls[0] as string, 50, 500);

  interface Round {
    perSecond: number;
    p99: number;
    /** Replica CPU time per bid, µs. */
    cpuPerBid: number;
  }

  async function measure(stack: ApiStack): Promise<Round> {
    const { url, pid } = stack.replicas[0] as { url: string; pid: number };
    let cpuBefore: number;
    let result: { perSecond: number; sent: number; p99: number };
    if (mode === 'rest') {
      await restBids(url, { connections: 50, seconds: 1, warmupSeconds: 0 }, users, orders);
      cpuBefore = cpuSeconds(pid);
      const run = await restBids(
        url,
        { connections: 50, seconds, warmupSeconds: 0 },
        users,
        orders,
      );
      result = { perSecond: run.perSecond, sent: run.requests, p99: run.latency.p99 };
    } else {
      const sockets = await connectBidders([url], 50, tokens);
      await closedLoopBids(sockets, 1, orders); // warm-up
      cpuBefore = cpuSeconds(pid);
      const run = await closedLoopBids(sockets, seconds, orders);
      sockets.forEach((socket) => socket.close());
      result = { perSecond: run.perSecond, sent: run.sent, p99: run.latency.p99 };
    }
    const cpuPerBid = Math.round(((cpuSeconds(pid) - cpuBefore) * 1e6) / result.sent);
    return { perSecond: result.perSecond, p99: result.p99, cpuPerBid };
  }

  const speed: number[] = [];
  const cost: number[] = [];
  const show = (r: Round) => `${r.perSecond}/s p99 ${r.p99} ms ${r.cpuPerBid} µs CPU/bid`;
  for (let round = 0; round < rounds; round++) {
    let a: Round, b: Round;
    if (!sequential) [a, b] = await Promise.all([measure(other), measure(ours)]);
    else if (round % 2) [a, b] = [await measure(other), await measure(ours)];
    else [b, a] = [await measure(ours), await measure(other)];
    speed.push(b.perSecond / a.perSecond);
    cost.push(b.cpuPerBid / a.cpuPerBid);
    process.stdout.write(`round ${round + 1}: other ${show(a)} | ours ${show(b)}\n`);
  }
  process.stdout.write(
    `${mode}, ours ÷ other (median): throughput ${median(speed).toFixed(2)}×, CPU per bid ${median(cost).toFixed(2)}×\n`,
  );
} finally {
  await Promise.all([ours.stop(), other.stop()]);
  await redis.stop();
}

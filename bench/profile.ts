// Profiles one API replica under bid load: starts Redis and `node
// --cpu-prof app/main.ts`, drives REST or Socket.IO bids over many auctions
// for a few seconds, stops the replica (which writes the .cpuprofile) and
// prints where its CPU time went, by package, by function and by stage.
//
//   node bench/profile.ts rest|socket [seconds]     (default: rest 10)
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRedis } from '../tests/support/redis-server.ts';
import { biddingFixture, restBids } from './bidding.ts';
import { closedLoopBids, connectBidders } from './socket-load.ts';
import { stageShares, type ProfileNode } from './profile-stages.ts';
import { startApiProcesses } from './stack.ts';

const mode = process.argv[2] === 'socket' ? 'socket' : 'rest';
const seconds = Number(process.argv[3] ?? 10);
const profileDir = mkdtempSync(join(tmpdir(), 'arremate-profile-'));

const redis = await startRedis();
const stack = await startApiProcesses(redis.env, 1, {
  NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}`,
});
try {
  const url = stack.urls[0] as string;
  const { users, tokens, orders } = await biddingFixture(url, 50, 200);
  if (mode === 'rest') {
    const result = await restBids(
      url,
      { connections: 50, seconds, warmupSeconds: 0 },
      users,
      orders,
    );
    process.stdout.write(`REST: ${result.perSecond} req/s, p99 ${result.latency.p99} ms\n`);
  } else {
    const sockets = await connectBidders([url], 50, tokens);
    const result = await closedLoopBids(sockets, seconds, orders);
    sockets.forEach((socket) => socket.close());
    process.stdout.write(`Socket.IO: ${result.perSecond} acks/s, p99 ${result.latency.p99} ms\n`);
  }
} finally {
  await stack.stop();
  await redis.stop();
}

const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error(`no profile written in ${profileDir}`);
const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as {
  nodes: ProfileNode[];
};
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
let total = 0;
for (const node of profile.nodes) {
  const hits = node.hitCount ?? 0;
  if (!hits) continue;
  total += hits;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^file:\/\/.*?\/(node_modules\/)?/, '');
  const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
  const pkg =
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
    (url.startsWith('node:') ? 'node (built-in)' : url ? 'ours' : functionName || '(native)');
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits);
}
const top = (map: Map<string, number>, count: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n');
process.stdout.write(
  `\nBy package:\n${top(byPackage, 15)}\n\nBy function (self time):\n${top(byFunction, 30)}\n`,
);
const stages = stageShares(profile.nodes)
  .map(([stage, share]) => `${(share * 100).toFixed(1).padStart(5)}%  ${stage}`)
  .join('\n');
process.stdout.write(`\nBy stage (share of busy time, idle excluded):\n${stages}\n`);
process.stdout.write(`\nProfile: ${join(profileDir, file)}\n`);

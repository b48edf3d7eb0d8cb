// `npm run bench`: starts its own Redis and API replicas on loopback,
// measures bid throughput (REST and Socket.IO), bid → watcher delivery,
// close lag and memory against the machine's ceilings in the same run,
// checks that nothing was lost, duplicated or reordered, writes
// bench/results/<date>.json and prints a Markdown table. It stops by itself
// (every loop is bounded; a watchdog ends the run after RUN_LIMIT_MS).
// Exit code 1 when a correctness check failed; missed speed targets are
// marked in the table, not errors.
//
// Knob: BENCH_SECONDS, measured seconds per throughput run (default 10).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Socket } from 'socket.io-client';
import { register } from '../tests/support/api-client.ts';
import { startRedis } from '../tests/support/redis-server.ts';
import { acknowledged, bidOrders, checkChains, restBids } from './bidding.ts';
import { bareBidScriptCeiling, bareRouteCeiling, bidScriptCeiling } from './ceilings.ts';
import { measureCloseLag } from './close-lag.ts';
import { measureDelivery, watchAuction } from './delivery.ts';
import { amountBook, openAuctions, signUpUsers } from './fixtures.ts';
import { markdownTable, type BenchResults } from './report.ts';
import {
  asBidder,
  closedLoopBids,
  connectBidders,
  connectSockets,
  openLoopBids,
  type Bidder,
} from './socket-load.ts';
import { cpuMeter, machineLoad, measureCpuPerBid, rssMiB, startApiProcesses } from './stack.ts';
import { requestsSent } from './http-load.ts';
import type { SocketBidResult } from './socket-load.ts';

const RUN_LIMIT_MS = 8 * 60_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const settings = {
  connections: 50,
  seconds: SECONDS,
  warmupSeconds: 2,
  bidderSockets: 50,
  users: 100,
  spreadAuctions: 1000,
  sustainedRate: 4000,
};
const WATCHERS = 1000;
const DELIVERY_RATES = [10, 30, 50];
const DELIVERY_SECONDS = 8;

const cleanups: (() => Promise<unknown>)[] = [];
const cleanUp = async () => {
  for (const step of cleanups.reverse()) await step().catch(() => {});
};
const closeAll = (sockets: (Socket | Bidder)[]) => sockets.forEach((socket) => socket.close());
const log = (message: string) => process.stderr.write(`» ${message}\n`);

setTimeout(() => {
  log(`over the ${RUN_LIMIT_MS / 60_000}-minute limit; stopping`);
  void cleanUp().then(() => process.exit(2));
}, RUN_LIMIT_MS).unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void cleanUp().then(() => process.exit(130)));

async function main(): Promise<BenchResults> {
  const startedAt = new Date().toISOString();
  const loadAtStart = machineLoad();
  const problems: string[] = [];
  const redis = await startRedis();
  cleanups.push(() => redis.stop());
  const client = redis.client();

  // Throughput runs use one replica, as the bare route is one process.
  log('one API replica, users and auctions');
  const first = await startApiProcesses(redis.env, 1);
  cleanups.push(() => first.stop());
  const url = first.urls[0] as string;
  const idleFirst = rssMiB(first.replicas[0]?.pid as number);
  const users = await signUpUsers([url], settings.users);
  const seller = await register(url, 'Seller');
  // Each throughput run bids on auctions of its own: a bid costs Redis more
  // the longer the auction's history (its bid records, inputs and kept
  // states), so a run on auctions an earlier run filled would pay for that
  // run's bids too. The sustained runs reuse the socket run's.
  const ownAuctions = async (count: number) =>
    (await openAuctions(url, seller, count)).map((auction) => auction.id);
  const hotIds = await ownAuctions(1);
  const spreadIds = await ownAuctions(settings.spreadAuctions);
  const socketHotIds = await ownAuctions(1);
  const socketSpreadIds = await ownAuctions(settings.spreadAuctions);
  const clientSpreadIds = await ownAuctions(settings.spreadAuctions);
  const nextAmount = amountBook();

  log(
    'ceilings: bare Fastify route (alone, with one Lua call, with our bid script), bid script through redis-benchmark',
  );
  const bareBefore = await bareRouteCeiling(settings, users[0]?.token as string);
  const bareWithScript = await bareRouteCeiling(settings, users[0]?.token as string, redis.port);
  // Auctions of its own, so that the REST run's chain checks count only REST's bids.
  const ceilingIds = await ownAuctions(settings.spreadAuctions);
  const bareWithBidScript = await bareBidScriptCeiling(
    settings,
    { port: redis.port, client },
    users,
    bidOrders(ceilingIds, nextAmount),
  );
  const [prepared] = await openAuctions(url, seller, 1);
  const bidScript = await bidScriptCeiling(redis.port, prepared?.id as string, {
    requests: 200_000,
    clients: 50,
  });

  log('REST bids: hot auction, then spread');
  const firstPid = first.replicas[0]?.pid as number;
  const socketSent = (r: SocketBidResult) => r.sent;
  const restRun = (ids: string[]) =>
    measureCpuPerBid(
      firstPid,
      client,
      () => restBids(url, settings, users, bidOrders(ids, nextAmount)),
      requestsSent,
    );
  const restHot = await restRun(hotIds);
  const restSpread = await restRun(spreadIds);
  const bareAfter = await bareRouteCeiling(settings, users[0]?.token as string);

  log('Socket.IO bids: hot, spread, sustained, spread with socket.io-client');
  const tokens = users.map((user) => user.token);
  const bidders = await connectBidders([url], settings.bidderSockets, tokens);
  const socketRun = (ids: string[], sockets = bidders) =>
    measureCpuPerBid(
      firstPid,
      client,
      () => closedLoopBids(sockets, SECONDS, bidOrders(ids, nextAmount)),
      socketSent,
    );
  const socketHot = await socketRun(socketHotIds);
  const socketSpread = await socketRun(socketSpreadIds);
  const sustain = (sockets: Bidder[]) =>
    openLoopBids(
      sockets,
      { rate: settings.sustainedRate, seconds: SECONDS, maxWaiting: settings.sustainedRate },
      bidOrders(socketSpreadIds, nextAmount),
    );
  const sustainedOne = await sustain(bidders);
  closeAll(bidders);
  // The spread run again with socket.io-client as the load generator: it
  // decodes every packet, so it costs the shared cores more per bid than the
  // wire-level bidders (reported, not used for the target). Only these
  // sockets are connected: the same users' other sockets would double each
  // outbid alert.
  const clientSockets = (await connectSockets([url], settings.bidderSockets, tokens)).map(asBidder);
  const socketClientSpread = await socketRun(clientSpreadIds, clientSockets);
  closeAll(clientSockets);

  log('two more replicas; sustained Socket.IO bids over three');
  const more = await startApiProcesses(redis.env, 2);
  cleanups.push(() => more.stop());
  const replicas = [...first.replicas, ...more.replicas];
  const urls = replicas.map((replica) => replica.url);
  const idle = [idleFirst, ...more.replicas.map((replica) => rssMiB(replica.pid))];
  const spreadBidders = await connectBidders(urls, settings.bidderSockets, tokens);
  const sustainedThree = await sustain(spreadBidders);
  closeAll(spreadBidders);
  const chains = async (
    label: string,
    ids: string[],
    rest: Parameters<typeof acknowledged>[0],
    sockets: Parameters<typeof acknowledged>[1],
  ) => (await checkChains(client, ids, acknowledged(rest, sockets))).map((p) => `${label}: ${p}`);
  problems.push(
    ...(await chains('hot auction, REST', hotIds, [restHot], [])),
    ...(await chains('hot auction, Socket.IO', socketHotIds, [], [socketHot])),
    ...(await chains('spread auctions, REST', spreadIds, [restSpread], [])),
    ...(await chains(
      'spread auctions, Socket.IO',
      socketSpreadIds,
      [],
      [socketSpread, sustainedOne, sustainedThree],
    )),
    ...(await chains(
      'spread auctions, socket.io-client',
      clientSpreadIds,
      [],
      [socketClientSpread],
    )),
  );

  log('1,000 watchers');
  const [watched] = await openAuctions(url, seller, 1);
  const watchedId = watched?.id as string;
  const watchers = await connectSockets(urls, WATCHERS);
  const deliveryBidders = await connectSockets(urls, 3, tokens);
  const audience = await watchAuction(watchers, watchedId);
  const withWatchers = replicas.map((replica) => rssMiB(replica.pid));
  const delivery = [];
  for (const rate of DELIVERY_RATES) {
    log(`delivery at ${rate} bids/s`);
    const cpu = cpuMeter(replicas.map((replica) => replica.pid));
    const result = await measureDelivery(audience, deliveryBidders, {
      auctionId: watchedId,
      rate,
      seconds: DELIVERY_SECONDS,
      nextAmount: () => nextAmount(watchedId),
    });
    delivery.push({ ...result, cpuPercent: cpu.stop() });
    problems.push(...result.problems.map((p) => `delivery at ${rate}/s: ${p}`));
  }
  closeAll([...watchers, ...deliveryBidders]);
  const told = {
    accepted: delivery.reduce((sum, d) => sum + d.accepted, 0),
    unknown: 0, // `accepted` already counts the unknown-outcome bids the watchers saw
  };
  problems.push(
    ...(await checkChains(client, [watchedId], told)).map((p) => `watched auction: ${p}`),
  );

  log('memory: a fresh replica, idle and with 1,000 sockets');
  const fresh = await startApiProcesses(redis.env, 1);
  cleanups.push(() => fresh.stop());
  const freshPid = fresh.replicas[0]?.pid as number;
  const freshIdle = rssMiB(freshPid);
  const crowd = await connectSockets(fresh.urls, WATCHERS);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const freshWith1000 = rssMiB(freshPid);
  closeAll(crowd);
  await fresh.stop();

  log('close lag: 1,000 auctions ending together');
  const closeLag = await measureCloseLag(client, redis.client(), urls, seller, {
    auctions: 1000,
    leadMs: 8000,
  });
  problems.push(...closeLag.problems.map((p) => `close: ${p}`));

  return {
    startedAt,
    machine: {
      cpus: cpus().length,
      node: process.version,
      atStart: loadAtStart,
      atEnd: machineLoad(),
    },
    settings,
    ceilings: {
      bareRoute: [bareBefore, bareAfter],
      bareRouteWithScript: bareWithScript,
      bareRouteWithBidScript: bareWithBidScript,
      bidScript,
    },
    rest: { hot: restHot, spread: restSpread },
    socket: {
      hot: socketHot,
      spread: socketSpread,
      spreadWithSocketIoClient: socketClientSpread,
      sustained: [
        { replicas: 1, ...sustainedOne },
        { replicas: 3, ...sustainedThree },
      ],
    },
    delivery,
    closeLag,
    memory: {
      idle,
      withWatchers,
      watchersPerReplica: Math.round(WATCHERS / replicas.length),
      fresh: { idle: freshIdle, with1000Sockets: freshWith1000 },
    },
    problems,
  };
}

try {
  const results = await main();
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${results.startedAt.replace(/:/g, '-')}.json`, dir);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  await cleanUp();
  process.stdout.write(`\n${markdownTable(results)}\nResults: ${file.pathname}\n`);
  process.exit(results.problems.length ? 1 : 0);
} catch (error) {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  await cleanUp();
  process.exit(1);
}

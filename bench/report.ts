// The run's results: the JSON written to bench/results/, and the Markdown
// table printed at the end (and pasted into docs/performance.md).
import type { ScriptCeiling } from './ceilings.ts';
import type { CloseLagResult } from './close-lag.ts';
import type { DeliveryResult } from './delivery.ts';
import type { LatencySummary } from './histogram.ts';
import type { HttpLoadResult, HttpLoadSettings } from './http-load.ts';
import { unknownOutcomes, type SocketBidResult } from './socket-load.ts';
import type { CpuPerBid, machineLoad } from './stack.ts';

type MachineLoad = ReturnType<typeof machineLoad>;
type Measured<T> = T & { cpuPerBid?: CpuPerBid };

export interface BenchResults {
  startedAt: string;
  /** Load from everything else on the machine, which the latencies include. */
  machine: { cpus: number; node: string; atStart: MachineLoad; atEnd: MachineLoad };
  settings: HttpLoadSettings & {
    bidderSockets: number;
    users: number;
    spreadAuctions: number;
    sustainedRate: number;
  };
  ceilings: {
    bareRoute: HttpLoadResult[];
    /** The bare route running one trivial Lua script per request; absent in older results. */
    bareRouteWithScript?: HttpLoadResult;
    /**
     * The bare route running our real bid script on auctions of its own (the
     * REST run's users and amounts), its raw reply as the answer: what
     * Fastify and Redis alone leave for a bid. Absent in older results.
     */
    bareRouteWithBidScript?: Measured<HttpLoadResult>;
    bidScript: ScriptCeiling;
  };
  /** cpuPerBid: absent in results saved before it was measured. */
  rest: { hot: Measured<HttpLoadResult>; spread: Measured<HttpLoadResult> };
  socket: {
    hot: Measured<SocketBidResult>;
    spread: Measured<SocketBidResult>;
    /** The spread run with socket.io-client as load generator; absent in older results. */
    spreadWithSocketIoClient?: Measured<SocketBidResult>;
    /** Open loop at settings.sustainedRate, bidders on one replica, then spread over three. */
    sustained: (SocketBidResult & { replicas: number })[];
  };
  /** cpuPercent: each replica's CPU use during the run, then the load generator's (% of a core). */
  delivery: (DeliveryResult & { cpuPercent: number[] })[];
  closeLag: CloseLagResult;
  /** MiB. */
  memory: {
    /** At start (before any load), and with the delivery watchers connected. */
    idle: number[];
    withWatchers: number[];
    watchersPerReplica: number;
    /** A replica started for this alone: idle, then holding 1,000 sockets. */
    fresh: { idle: number; with1000Sockets: number };
  };
  problems: string[];
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (l: LatencySummary) => [`${l.p50} ms`, `${l.p99} ms`];
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
const verdict = (ok: boolean) => (ok ? '✅' : '❌');
const cpu = (c: CpuPerBid | undefined, server = 'replica') =>
  c
    ? `; CPU µs per bid: ${server} ${c.replica}, Redis ${c.redis}, load generator ${c.harness}`
    : '';

export function bareRoutePerSecond(results: BenchResults): number {
  const runs = results.ceilings.bareRoute;
  return runs.reduce((sum, run) => sum + run.perSecond, 0) / runs.length;
}

/** One row per measurement: what, throughput, p50, p99, ratio or target. */
export function markdownTable(r: BenchResults): string {
  const bare = bareRoutePerSecond(r);
  const accepted = (h: HttpLoadResult) => h.byStatus['201'] ?? 0;
  const restAccepted = (h: HttpLoadResult) => accepted(h) / h.seconds;
  const rest = (label: string, h: Measured<HttpLoadResult>, target: string, server?: string) => [
    label,
    `${int(restAccepted(h))} accepted/s (${int(h.perSecond)} req/s, ${int(h.requests - accepted(h))} outbid)${cpu(h.cpuPerBid, server)}`,
    ...ms(h.latency),
    `${ratio(restAccepted(h), bare)}× bare route${target}`,
  ];
  const restSpread = restAccepted(r.rest.spread);
  const socket = (label: string, s: Measured<SocketBidResult>, target: string) => [
    label,
    `${int(s.acceptedPerSecond)} accepted/s (${int(s.perSecond)} acks/s)${cpu(s.cpuPerBid)}`,
    ...ms(s.latency),
    `${ratio(s.acceptedPerSecond, bare)}× bare route${target}`,
  ];
  const sustainedOk = (s: SocketBidResult) =>
    s.skipped === 0 && s.latency.p99 <= 25 && unknownOutcomes(s) === 0;
  const rows: string[][] = [
    [
      'Bare Fastify route (ceiling)',
      `${int(bare)} req/s (runs: ${r.ceilings.bareRoute.map((b) => int(b.perSecond)).join(', ')})`,
      ...ms(r.ceilings.bareRoute[0]?.latency as LatencySummary),
      '1.00',
    ],
    ...(r.ceilings.bareRouteWithScript
      ? [
          [
            'Bare route + one trivial Lua call (ceiling)',
            `${int(r.ceilings.bareRouteWithScript.perSecond)} req/s`,
            ...ms(r.ceilings.bareRouteWithScript.latency),
            `${ratio(r.ceilings.bareRouteWithScript.perSecond, bare)}× bare route`,
          ],
        ]
      : []),
    ...(r.ceilings.bareRouteWithBidScript
      ? [
          rest(
            'Bare route + our bid script (ceiling)',
            r.ceilings.bareRouteWithBidScript,
            '',
            'bare server',
          ),
        ]
      : []),
    [
      'Bid script, redis-benchmark (ceiling)',
      `${int(r.ceilings.bidScript.perSecond)} EVALSHA/s`,
      `${r.ceilings.bidScript.p50} ms`,
      `${r.ceilings.bidScript.p99} ms`,
      `${ratio(r.ceilings.bidScript.perSecond, bare)}× bare route`,
    ],
    rest('REST bids, one hot auction', r.rest.hot, ''),
    rest(
      `REST bids, ${int(r.settings.spreadAuctions)} auctions`,
      r.rest.spread,
      ` (target ≥ 0.35, p99 ≤ 50 ms) ${verdict(restSpread >= 0.35 * bare && r.rest.spread.latency.p99 <= 50)}`,
    ),
    socket('Socket.IO bids, one hot auction', r.socket.hot, ''),
    socket(
      `Socket.IO bids, ${int(r.settings.spreadAuctions)} auctions`,
      r.socket.spread,
      `; ${ratio(r.socket.spread.acceptedPerSecond, restSpread)}× REST (target > 1) ${verdict(r.socket.spread.acceptedPerSecond > restSpread)}`,
    ),
    ...(r.socket.spreadWithSocketIoClient
      ? [
          socket(
            `Socket.IO bids, ${int(r.settings.spreadAuctions)} auctions, socket.io-client as load generator`,
            r.socket.spreadWithSocketIoClient,
            `; ${ratio(r.socket.spreadWithSocketIoClient.acceptedPerSecond, restSpread)}× REST`,
          ),
        ]
      : []),
    ...r.socket.sustained.map((s) => [
      `Socket.IO, ${int(r.settings.sustainedRate)} bids/s sustained, ${s.replicas} replica${s.replicas > 1 ? 's' : ''}`,
      `${int(s.acceptedPerSecond)} accepted/s; ${int(s.skipped)} not sent (backlog); ${int(unknownOutcomes(s))} of unknown outcome`,
      ...ms(s.latency),
      `target p99 ≤ 25 ms ${verdict(sustainedOk(s))}`,
    ]),
    ...r.delivery.map((d) => [
      `Delivery, ${int(d.watchers)} watchers / 3 replicas, ${d.rate} bids/s`,
      `${int(d.accepted)}/${int(d.sent)} bids accepted; p99 1st/2nd half ${d.firstHalfP99}/${d.secondHalfP99} ms; all in ${d.drainMs} ms after the last send; CPU % replicas/harness ${d.cpuPercent.join('/')}`,
      ...ms(d.latency),
      d.rate === 30
        ? `target p99 ≤ 75 ms ${verdict(d.latency.p99 <= 75)}`
        : d.rate === 50
          ? `stable ${verdict(d.secondHalfP99 <= 2 * d.firstHalfP99 + 25 && d.watchersWithProblems === 0)}`
          : '',
    ]),
    [
      `Close lag, ${int(r.closeLag.auctions)} auctions ending together`,
      `created in ${int(r.closeLag.createMs)} ms`,
      ...ms(r.closeLag.lag),
      `target p99 ≤ 250 ms ${verdict(r.closeLag.lag.p99 <= 250)}`,
    ],
    [
      'RSS per replica (MiB)',
      `fresh replica idle ${r.memory.fresh.idle}, with 1,000 sockets ${r.memory.fresh.with1000Sockets}; the three at start ${r.memory.idle.join(' / ')}, with ${r.memory.watchersPerReplica} watchers each (after the throughput runs) ${r.memory.withWatchers.join(' / ')}`,
      '',
      '',
      '',
    ],
  ];
  const header = ['scenario', 'throughput', 'p50', 'p99', 'ratio / target'];
  const busy = (m: MachineLoad) =>
    `load average ${m.loadAverage}${m.cpuPressure === null ? '' : `, CPU pressure ${m.cpuPressure}%`}`;
  const conditions = `${r.machine.cpus} CPUs shared by the load generator, Redis and the replicas; ${busy(r.machine.atStart)} at start, ${busy(r.machine.atEnd)} at end. ${r.startedAt}, Node ${r.machine.node}.`;
  const lines = [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`);
  const checks = r.problems.length
    ? `Correctness checks FAILED:\n${r.problems.map((p) => `- ${p}`).join('\n')}`
    : 'Correctness checks passed: every bid chain gapless and rising and matching the acks, every watcher got every accepted bid once and in order, every auction closed and announced exactly once.';
  return `${conditions}\n\n${lines.join('\n')}\n\n${checks}\n`;
}

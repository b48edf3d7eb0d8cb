// On a shared machine one run proves little: this prints, for the key
// figures, the median and the range over several bench/results/*.json runs.
//
//   node bench/summary.ts [results.json …]     (default: every file in bench/results/)
import { readdirSync, readFileSync } from 'node:fs';
import { bareRoutePerSecond, type BenchResults } from './report.ts';

const dir = new URL('./results/', import.meta.url);
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => new URL(name, dir).pathname);
const runs = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as BenchResults);

const accepted = (r: BenchResults) =>
  ((r.rest.spread.byStatus['201'] ?? 0) as number) / r.rest.spread.seconds;
const delivery = (r: BenchResults, rate: number) => r.delivery.find((d) => d.rate === rate);
const sustained = (r: BenchResults, replicas: number) =>
  r.socket.sustained.find((s) => s.replicas === replicas);

const figures: [string, (r: BenchResults) => number | undefined][] = [
  ['bare route, req/s', bareRoutePerSecond],
  [
    'bare route + one Lua call ÷ bare route',
    (r) =>
      r.ceilings.bareRouteWithScript &&
      r.ceilings.bareRouteWithScript.perSecond / bareRoutePerSecond(r),
  ],
  [
    'bare route + our bid script ÷ bare route',
    (r) =>
      r.ceilings.bareRouteWithBidScript &&
      (r.ceilings.bareRouteWithBidScript.byStatus['201'] ?? 0) /
        r.ceilings.bareRouteWithBidScript.seconds /
        bareRoutePerSecond(r),
  ],
  ['REST bids (1,000 auctions), accepted/s', accepted],
  ['REST ÷ bare route', (r) => accepted(r) / bareRoutePerSecond(r)],
  ['REST p99, ms', (r) => r.rest.spread.latency.p99],
  ['Socket.IO bids (1,000 auctions), accepted/s', (r) => r.socket.spread.acceptedPerSecond],
  // Runs that measured both used the wire-level bidders for `spread`; older
  // runs had only socket.io-client.
  [
    'Socket.IO ÷ REST, wire-level bidders',
    (r) => r.socket.spreadWithSocketIoClient && r.socket.spread.acceptedPerSecond / accepted(r),
  ],
  [
    'Socket.IO ÷ REST, socket.io-client bidders',
    (r) => (r.socket.spreadWithSocketIoClient ?? r.socket.spread).acceptedPerSecond / accepted(r),
  ],
  ['Socket.IO 4,000/s, 1 replica, p99 ms', (r) => sustained(r, 1)?.latency.p99],
  ['Socket.IO 4,000/s, 3 replicas, p99 ms', (r) => sustained(r, 3)?.latency.p99],
  ['delivery p99 at 10/s, ms', (r) => delivery(r, 10)?.latency.p99],
  ['delivery p99 at 30/s, ms', (r) => delivery(r, 30)?.latency.p99],
  ['delivery p99 at 50/s, ms', (r) => delivery(r, 50)?.latency.p99],
  ['close lag p99, ms', (r) => r.closeLag.lag.p99],
  ['CPU pressure at start, %', (r) => r.machine.atStart.cpuPressure ?? undefined],
];

const round = (n: number) =>
  Math.abs(n) < 10 ? n.toFixed(2) : Math.round(n).toLocaleString('en-US');
const lines = ['| figure | median | min | max | runs |', '| --- | --- | --- | --- | --- |'];
for (const [name, pick] of figures) {
  const values = runs
    .map((run) => pick(run))
    .filter((v): v is number => v !== undefined && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (values.length === 0) continue;
  const median = values[Math.floor(values.length / 2)] as number;
  lines.push(
    `| ${name} | ${round(median)} | ${round(values[0] as number)} | ${round(values.at(-1) as number)} | ${values.length} |`,
  );
}
process.stdout.write(`${lines.join('\n')}\n`);

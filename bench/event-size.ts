// What a long description costs the watchers, and what compact events save:
// 1,000 watchers over three replicas watch one auction with a description of
// the given length; bids arrive at a fixed rate; each round measures
// delivery once with watchers that take whole auctions and once with
// watchers that ask for compact events (no description), in alternating
// order. Prints delivery p99, the bytes of one `bid:placed` as the watchers
// receive it, and how busy the replicas and this process (all the
// watchers) were.
//
//   node bench/event-size.ts [descriptionChars=3000] [rounds=2] [rate=30]
import { register } from '../tests/support/api-client.ts';
import { startRedis } from '../tests/support/redis-server.ts';
import { measureDelivery, watchAuction } from './delivery.ts';
import { amountBook, openAuctions, signUpUsers } from './fixtures.ts';
import { connectSockets } from './socket-load.ts';
import { cpuMeter, startApiProcesses } from './stack.ts';

const [chars = 3000, rounds = 2, rate = 30] = process.argv.slice(2).map(Number);
const WATCHERS = 1000;
const SECONDS = 8;

const redis = await startRedis();
const stack = await startApiProcesses(redis.env, 3);
try {
  const urls = stack.urls;
  const seller = await register(urls[0] as string, 'Seller');
  const tokens = (await signUpUsers(urls, 3)).map((user) => user.token);
  const nextAmount = amountBook();
  const description = 'Relógio de bolso em prata, mecanismo suíço revisado. '
    .repeat(Math.ceil(chars / 53))
    .slice(0, chars);

  async function round(compact: boolean): Promise<string> {
    const [auction] = await openAuctions(urls[0] as string, seller, 1, { description });
    const auctionId = auction?.id as string;
    const watchers = await connectSockets(urls, WATCHERS, [], compact);
    const bidders = await connectSockets(urls, 3, tokens, compact);
    let eventBytes = 0;
    watchers[0]?.once('bid:placed', (event: unknown) => {
      eventBytes = Buffer.byteLength(JSON.stringify(['bid:placed', event]));
    });
    const audience = await watchAuction(watchers, auctionId);
    const cpu = cpuMeter(stack.replicas.map((replica) => replica.pid));
    const result = await measureDelivery(audience, bidders, {
      auctionId,
      rate,
      seconds: SECONDS,
      nextAmount: () => nextAmount(auctionId),
    });
    const busy = cpu.stop();
    [...watchers, ...bidders].forEach((socket) => socket.close());
    if (result.problems.length) throw new Error(result.problems.join('\n'));
    return (
      `${compact ? 'compact' : 'whole  '}  p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms` +
      ` (halves ${result.firstHalfP99}/${result.secondHalfP99}), ${result.accepted}/${result.sent} accepted,` +
      ` event ${eventBytes} B (${Math.round((eventBytes * rate) / 1000)} kB/s per watcher),` +
      ` CPU % replicas ${busy.slice(0, -1).join('/')}, watchers ${busy.at(-1)}`
    );
  }

  process.stdout.write(
    `${WATCHERS} watchers over 3 replicas, ${rate} bids/s for ${SECONDS} s, description ${chars} characters\n`,
  );
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 ? [true, false] : [false, true];
    for (const compact of order) process.stdout.write(`round ${i + 1}: ${await round(compact)}\n`);
  }
} finally {
  await stack.stop();
  await redis.stop();
}

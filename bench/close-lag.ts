// Close lag: many auctions created to end at the same instant (by Redis's
// clock, the one clock), closed by the replicas' monitors. Lag is closedAt −
// endsAt as published on `leiloes_finalizados`; each auction must be
// announced there exactly once and appear exactly once in the durable stream.
import type { Redis } from 'ioredis';
import { fieldOf } from '../core/auction-view.ts';
import { whenReady } from '../core/redis/connection.ts';
import { FINISHED_CHANNEL, redisKeys } from '../core/redis/keys.ts';
import type { FinishedAuction } from '../core/schemas.ts';
import type { Session } from '../tests/support/api-client.ts';
import { closeProblems } from './checks.ts';
import { inBatches, openAuctions } from './fixtures.ts';
import { latencyRecorder, type LatencySummary } from './histogram.ts';

const WAIT_AFTER_END_MS = 10_000;

export interface CloseLagResult {
  auctions: number;
  /** Time it took to create them (they must all exist before the end). */
  createMs: number;
  lag: LatencySummary;
  problems: string[];
}

async function redisNow(redis: Redis): Promise<number> {
  const [seconds, micros] = await redis.time();
  return Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
}

export async function measureCloseLag(
  redis: Redis,
  subscriber: Redis,
  urls: readonly string[],
  seller: Session,
  options: { auctions: number; leadMs: number },
): Promise<CloseLagResult> {
  const finished: FinishedAuction[] = [];
  await whenReady(subscriber); // ioredis#2037: subscribe only once ready
  subscriber.on('message', (channel: string, message: string) => {
    if (channel === FINISHED_CHANNEL) finished.push(JSON.parse(message) as FinishedAuction);
  });
  await subscriber.subscribe(FINISHED_CHANNEL);

  const endsAtMs = (await redisNow(redis)) + options.leadMs;
  const endsAt = new Date(endsAtMs).toISOString();
  const started = performance.now();
  const perReplica = Math.ceil(options.auctions / urls.length);
  const created = (
    await inBatches(urls.length, urls.length, (i) =>
      openAuctions(
        urls[i] as string,
        seller,
        Math.min(perReplica, options.auctions - i * perReplica),
        {
          endsAt,
          durationSeconds: undefined,
        },
      ),
    )
  ).flat();
  const createMs = Math.round(performance.now() - started);
  if ((await redisNow(redis)) >= endsAtMs)
    throw new Error(`creating ${options.auctions} auctions took ${createMs} ms, past their end`);

  const ids = new Set(created.map((auction) => auction.id));
  const ours = () => finished.filter((f) => ids.has(f.auction.id));
  const deadline = Date.now() + options.leadMs + WAIT_AFTER_END_MS;
  while (ours().length < ids.size && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => setTimeout(resolve, 500)); // a duplicate would arrive by now
  await subscriber.unsubscribe(FINISHED_CHANNEL);

  const lag = latencyRecorder();
  for (const { auction } of ours())
    lag.record(Date.parse(auction.closedAt as string) - Date.parse(auction.endsAt));
  const stream = await redis.xrange(redisKeys().finishedStream, '-', '+');
  const streamed = stream
    .map(([, fields]) => fieldOf(fields, 'auctionId') as string)
    .filter((id) => ids.has(id));
  return {
    auctions: ids.size,
    createMs,
    lag: lag.summary(),
    problems: [
      ...closeProblems(
        [...ids],
        ours().map((f) => f.auction.id),
      ).map((p) => `channel: ${p}`),
      ...closeProblems([...ids], streamed).map((p) => `stream: ${p}`),
    ],
  };
}

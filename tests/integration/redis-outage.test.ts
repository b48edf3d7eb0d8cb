// Redis goes away and comes back: requests answer 503 fast instead of
// hanging, readiness follows, every replica recovers by itself, and with
// `appendfsync always` no acknowledged bid is lost across a kill -9.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Bid } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  eventually,
  placeBid,
  register,
  type Session,
} from '../support/api-client.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';
import { connectClient, startReplicas, type Replica } from '../support/replicas.ts';

let redis: TestRedis;
let replicas: Replica[];
let seller: Session;
let bidders: Session[];

before(async () => {
  redis = await startRedis(['--appendonly', 'yes', '--appendfsync', 'always']);
  replicas = await startReplicas(redis, 2);
  seller = await register(replicas[0]!.url, 'Seller');
  bidders = await Promise.all(
    [1, 2, 3, 4].map((i) => register(replicas[i % 2]!.url, `Bidder ${i}`)),
  );
});
after(async () => {
  await Promise.all(replicas.map((r) => r.close()));
  await redis.stop();
});

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await run();
  return { value, ms: Date.now() - started };
}

describe('Redis outage', () => {
  it('answers 503 REDIS_UNAVAILABLE within a second, then recovers everywhere without a restart', async () => {
    const auction = await createAuction(replicas[0]!.url, seller.token, { durationSeconds: 600 });
    await placeBid(replicas[0]!.url, bidders[0]!.token, auction.id, 1000);

    await redis.crash();
    for (const replica of replicas) {
      const read = await timed(() =>
        call<{ error: { code: string } }>(replica.url, 'GET', `/api/auctions/${auction.id}`),
      );
      assert.equal(read.value.status, 503);
      assert.equal(read.value.body.error.code, 'REDIS_UNAVAILABLE');
      assert.ok(read.ms < 1000, `read answered in ${read.ms} ms`);
      const bid = await timed(() => placeBid(replica.url, bidders[1]!.token, auction.id, 99_000));
      assert.equal(bid.value.status, 503);
      assert.ok(bid.ms < 1000, `bid answered in ${bid.ms} ms`);
      const ready = await timed(() => call(replica.url, 'GET', '/readyz'));
      assert.equal(ready.value.status, 503);
      assert.ok(ready.ms < 1500);
      assert.equal(
        (await call(replica.url, 'GET', '/healthz')).status,
        200,
        'the process itself is alive',
      );
    }

    await redis.restart();
    for (const replica of replicas) {
      await eventually(
        async () => (await call(replica.url, 'GET', '/readyz')).status === 200,
        10_000,
        100,
      );
    }
    // The bid refused during the outage was not replayed behind our back.
    const history = await call<{ items: Bid[] }>(
      replicas[1]!.url,
      'GET',
      `/api/auctions/${auction.id}/bids`,
    );
    assert.deepEqual(
      history.body.items.map((b) => b.amount),
      [1000],
    );

    // The event relay resubscribed: a watcher on replica 1 sees a bid taken by replica 0.
    const watcher = await connectClient(replicas[1]!.url);
    const seen: number[] = [];
    watcher.on('bid:placed', (e: { bid: Bid }) => seen.push(e.bid.amount));
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    assert.equal(
      (await placeBid(replicas[0]!.url, bidders[2]!.token, auction.id, 2000)).status,
      201,
    );
    await eventually(() => seen.includes(2000));

    // The adapter resubscribed: a logout on replica 0 disconnects a socket on replica 1.
    const session = await register(replicas[0]!.url, 'Leaving');
    const socket = await connectClient(replicas[1]!.url, session.token);
    const gone = new Promise((resolve) => socket.once('disconnect', resolve));
    await call(replicas[0]!.url, 'POST', '/api/auth/logout', { token: session.token });
    await gone;

    // The monitors recovered: a short auction created now closes on time.
    const short = await createAuction(replicas[1]!.url, seller.token, { durationSeconds: 1 });
    const closed = await eventually(async () => {
      const reply = await call<{ status: string }>(
        replicas[0]!.url,
        'GET',
        `/api/auctions/${short.id}`,
      );
      return reply.body.status === 'closed';
    }, 5000);
    assert.ok(closed);
    watcher.close();
  });

  // `everysec` loses nothing when only the Redis process dies (the AOF is
  // written before replies go out; the kernel keeps it); it can lose up to
  // ~1 s if the whole machine fails. `always` survives that too, at the cost
  // of an fsync per write. See the README.
  for (const policy of ['always', 'everysec']) {
    it(`loses no acknowledged bid when Redis is killed mid-burst (appendfsync ${policy})`, async () => {
      await redis.client().config('SET', 'appendfsync', policy);
      const auction = await createAuction(replicas[0]!.url, seller.token, { durationSeconds: 600 });
      const acknowledged: Bid[] = [];
      let amount = 1000;
      let crashed = false;
      const deadline = Date.now() + 20_000;
      const burst = bidders.map(async (bidder, i) => {
        while (!crashed && Date.now() < deadline) {
          amount += 100;
          const reply = await placeBid(
            replicas[i % 2]!.url,
            bidder.token,
            auction.id,
            amount,
          ).catch(() => null);
          if (reply?.status === 201) acknowledged.push(reply.body.bid);
        }
      });
      try {
        await eventually(() => acknowledged.length >= 50, 10_000, 5);
        await redis.crash();
      } finally {
        crashed = true;
        await Promise.all(burst);
      }
      await redis.restart();
      await eventually(
        async () => (await call(replicas[0]!.url, 'GET', '/readyz')).status === 200,
        10_000,
        100,
      );

      const history = await call<{ items: Bid[] }>(
        replicas[0]!.url,
        'GET',
        `/api/auctions/${auction.id}/bids?limit=500`,
      );
      const stored = new Set(history.body.items.map((b) => b.id));
      const lost = acknowledged.filter((b) => !stored.has(b.id));
      assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged bids lost`);
    });
  }
});

// REDIS_SENTINELS: an API replica that finds Redis through Sentinel rides out
// a failover. A real master, a real replica of it and a real Sentinel; the
// master is killed (SIGKILL) and Sentinel promotes the replica. Bids placed
// before stay, bids after it are taken by the new master, sessions still
// resolve, a socket watcher gets events again once the relay resubscribed
// (and catches up by seq on what it missed meanwhile) and
// the worker, also behind Sentinel, writes the report of an auction closed
// after the failover.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Socket } from 'socket.io-client';
import type { Bid } from '../../core/schemas.ts';
import { call, createAuction, eventually, register, type Session } from '../support/api-client.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';
import { startSentinel, type TestSentinel } from '../support/redis-sentinel.ts';
import { connectClient, startReplica, type Replica } from '../support/replicas.ts';
import { spawnWorker, type WorkerProcess } from '../worker/harness.ts';

describe('Redis through Sentinel', { timeout: 60_000 }, () => {
  let master: TestRedis;
  let standby: TestRedis;
  let sentinel: TestSentinel;
  let replica: Replica;
  let worker: WorkerProcess;
  let watcher: Socket | undefined;

  before(async () => {
    master = await startRedis();
    standby = await startRedis(['--replicaof', '127.0.0.1', String(master.port)]);
    sentinel = await startSentinel(master.port);
    await sentinel.replicasKnown(1);
    // Wins over the REDIS_HOST/REDIS_PORT of `master` the helpers pass too.
    const viaSentinel = { REDIS_SENTINELS: sentinel.address, REDIS_SENTINEL_NAME: sentinel.name };
    replica = await startReplica(master, viaSentinel);
    worker = spawnWorker(master, { ...viaSentinel, WORKER_METRICS_PORT: '0' });
  });

  after(async () => {
    watcher?.close();
    worker?.child.kill('SIGTERM');
    await worker?.exited;
    await replica?.close();
    await sentinel?.stop();
    await Promise.all([standby?.stop(), master?.stop()]);
  });

  const bid = (who: Session, auctionId: string, amount: number, key: string) =>
    call<{ bid: Bid }>(replica.url, 'POST', `/api/auctions/${auctionId}/bids`, {
      token: who.token,
      body: { amount },
      headers: { 'idempotency-key': key },
    });

  it('keeps bids, sessions and live events across a failover', async () => {
    const seller = await register(replica.url, 'Vera');
    const bidder = await register(replica.url, 'Bruno');
    const auction = await createAuction(replica.url, seller.token, {
      startingPrice: 1_000,
      minIncrement: 100,
      durationSeconds: 600,
    });
    assert.equal((await bid(bidder, auction.id, 1_000, 'before')).status, 201);
    watcher = await connectClient(replica.url);
    const seen: number[] = [];
    watcher.on('bid:placed', (event: { bid: Bid }) => seen.push(event.bid.seq));
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });

    // Everything so far is on the standby before the master dies.
    const client = master.client();
    assert.equal(await client.call('WAIT', '1', '2000'), 1);
    client.disconnect();
    await master.crash();
    await eventually(async () => (await sentinel.masterPort()) === standby.port, 20_000, 100);

    // Same Idempotency-Key on every try: a bid the old master took is not placed twice.
    const after = await eventually(
      async () => {
        const reply = await bid(bidder, auction.id, 1_100, 'after');
        return reply.status === 201 ? reply : null;
      },
      20_000,
      200,
    );
    assert.equal(after.body.bid.seq, 2);
    const stored = await call<{ bidCount: number; currentPrice: number }>(
      replica.url,
      'GET',
      `/api/auctions/${auction.id}`,
    );
    assert.equal(stored.body.bidCount, 2);
    assert.equal(stored.body.currentPrice, 1_100);
    const me = await call(replica.url, 'GET', '/api/auth/me', { token: bidder.token });
    assert.equal(me.status, 200, 'the session survived on the new master');

    // Live events resume once the relay has resubscribed on the new master.
    // A bid published before that (the command connection may come back
    // first) reaches no replica: watchers fill such gaps by seq, with
    // `auction:watch` and `sinceSeq` — which must hand back bid 2 then.
    const promoted = standby.client();
    await eventually(
      async () => {
        const [, subscribers] = (await promoted.pubsub('NUMSUB', 'arremate:events')) as [
          string,
          number,
        ];
        return subscribers >= 1;
      },
      20_000,
      100,
    );
    promoted.disconnect();
    assert.equal((await bid(bidder, auction.id, 1_200, 'resumed')).status, 201);
    await eventually(() => seen.includes(3), 10_000);
    const caughtUp = (await watcher.emitWithAck('auction:watch', {
      auctionId: auction.id,
      sinceSeq: 1,
    })) as { missed: Bid[] };
    assert.deepEqual(
      caughtUp.missed.map((missed) => missed.seq),
      [2, 3],
    );

    const closing = await createAuction(replica.url, seller.token, {
      startingPrice: 1_000,
      durationSeconds: 1,
    });
    assert.equal((await bid(bidder, closing.id, 1_000, 'closing')).status, 201);
    const report = `/api/auctions/${closing.id}/report`;
    await eventually(
      async () => (await call(replica.url, 'GET', report)).status === 200,
      20_000,
      200,
    );
  });
});

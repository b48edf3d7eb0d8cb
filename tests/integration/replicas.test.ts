// Three API replicas sharing one real Redis, as behind a load balancer:
// one truth for bids, every watcher sees every bid in order, each auction
// closes once, clients catch up after reconnecting.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Socket } from 'socket.io-client';
import { FINISHED_CHANNEL } from '../../core/redis/keys.ts';
import type { Auction, Bid, FinishedAuction } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  eventually,
  placeBid,
  register,
  sleep,
  type Session,
} from '../support/api-client.ts';
import { connectClient, type Replica } from '../support/replicas.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

let seller: Session;
let users: Session[];

const stack = useReplicaStack(3, {
  setup: async () => {
    seller = await register(stack.url(0), 'Seller');
    users = await Promise.all(
      Array.from({ length: 24 }, (_, i) => register(stack.url(i), `User ${i}`)),
    );
  },
});
const { sockets } = stack;

async function client(replica: Replica, token?: string): Promise<Socket> {
  const socket = await connectClient(replica.url, token);
  sockets.push(socket);
  return socket;
}

type WatchAck = { ok: boolean; auction: Auction; missed: Bid[]; error?: { code: string } };

describe('bidding across replicas', () => {
  it('keeps one strict chain and delivers every bid, in order, to watchers on every replica', async () => {
    const auction = await createAuction(stack.url(0), seller.token, { durationSeconds: 120 });
    const watchers = await Promise.all(stack.replicas.map((r) => client(r)));
    const received: number[][] = watchers.map(() => []);
    watchers.forEach((socket, i) =>
      socket.on('bid:placed', (event: { bid: Bid }) => received[i]!.push(event.bid.seq)),
    );
    for (const socket of watchers) {
      const ack = (await socket.emitWithAck('auction:watch', {
        auctionId: auction.id,
      })) as WatchAck;
      assert.equal(ack.ok, true);
    }
    const bidderSockets = await Promise.all(
      users.map((u, i) => client(stack.replicas[i % 3]!, u.token)),
    );

    // 12 waves of 30 simultaneous bids, half over REST and half over sockets,
    // spread over the replicas. Each wave starts above the last one's best,
    // so at least one bid per wave wins and the rest collide.
    const attempt = async (i: number, amount: number) => {
      const user = users[i % users.length]!;
      if (i % 2 === 0) {
        const reply = await placeBid(stack.url(i), user.token, auction.id, amount);
        return reply.status === 201
          ? reply.body.bid
          : (assert.equal(reply.body.error?.code, 'BID_TOO_LOW'), null);
      }
      const ack = (await bidderSockets[i % users.length]!.emitWithAck('bid:place', {
        auctionId: auction.id,
        amount,
      })) as {
        ok: boolean;
        bid?: Bid;
        error?: { code: string };
      };
      return ack.ok ? (ack.bid as Bid) : (assert.equal(ack.error?.code, 'BID_TOO_LOW'), null);
    };
    const attempts: Promise<Bid | null>[] = [];
    for (let wave = 0; wave < 12; wave++) {
      const waveAttempts = Array.from({ length: 30 }, (_, i) =>
        attempt(i, 1000 + wave * 2000 + Math.floor(Math.random() * 1500)),
      );
      attempts.push(...waveAttempts);
      await Promise.all(waveAttempts);
    }
    const accepted = (await Promise.all(attempts))
      .filter((b): b is Bid => b !== null)
      .sort((a, b) => a.seq - b.seq);
    assert.ok(accepted.length >= 12 && accepted.length < 360, `${accepted.length} accepted`);
    assert.deepEqual(
      accepted.map((b) => b.seq),
      accepted.map((_, i) => i + 1),
    );
    for (let i = 1; i < accepted.length; i++)
      assert.ok(accepted[i]!.amount > accepted[i - 1]!.amount);

    const history = await call<{ items: Bid[] }>(
      stack.url(2),
      'GET',
      `/api/auctions/${auction.id}/bids?limit=500`,
    );
    assert.deepEqual(history.body.items, accepted, 'history is exactly the accepted bids');
    const final = await call<Auction>(stack.url(1), 'GET', `/api/auctions/${auction.id}`);
    assert.equal(final.body.currentPrice, accepted.at(-1)!.amount);
    assert.equal(final.body.bidCount, accepted.length);

    const expected = accepted.map((b) => b.seq);
    await eventually(() => received.every((seqs) => seqs.length >= expected.length));
    received.forEach((seqs, i) => assert.deepEqual(seqs, expected, `watcher on replica ${i}`));
  });

  it('tells everyone about a new auction and lobby watchers about new prices', async () => {
    const [a, b, c] = await Promise.all(stack.replicas.map((r) => client(r)));
    const created: string[][] = [[], [], []];
    [a, b, c].forEach((s, i) =>
      s!.on('auction:created', (e: { auction: Auction }) => created[i]!.push(e.auction.id)),
    );
    const updates: number[] = [];
    c!.on('auction:updated', (e: { auction: Auction }) => updates.push(e.auction.currentPrice));
    assert.equal(((await c!.emitWithAck('lobby:watch', {})) as { ok: boolean }).ok, true);

    const auction = await createAuction(stack.url(0), seller.token);
    await eventually(() => created.every((ids) => ids.includes(auction.id)));
    await placeBid(stack.url(1), users[0]!.token, auction.id, 4321);
    await eventually(() => updates.includes(4321));
  });
});

describe('closing across replicas', () => {
  it('closes and announces each of many auctions ending together exactly once, within a second', async () => {
    const subscriber = stack.redis.client();
    const announced: FinishedAuction[] = [];
    subscriber.on('message', (_c: string, m: string) =>
      announced.push(JSON.parse(m) as FinishedAuction),
    );
    await subscriber.subscribe(FINISHED_CHANNEL);

    const auctions = await Promise.all(
      Array.from({ length: 150 }, (_, i) =>
        createAuction(stack.url(i), seller.token, { durationSeconds: 2 }),
      ),
    );
    const ids = new Set(auctions.map((a) => a.id));
    const watchers = await Promise.all(stack.replicas.map((r) => client(r)));
    const closedEvents: string[] = [];
    for (const socket of watchers) {
      socket.on('auction:closed', (e: { auction: Auction }) => closedEvents.push(e.auction.id));
      await Promise.all(
        auctions.map((a) => socket.emitWithAck('auction:watch', { auctionId: a.id })),
      );
    }
    await Promise.all(
      auctions.slice(0, 50).map((a, i) => placeBid(stack.url(i), users[i % 24]!.token, a.id, 5000)),
    );

    await eventually(
      () =>
        announced.filter((f) => ids.has(f.auction.id)).length >= 150 && closedEvents.length >= 450,
      10_000,
    );
    await sleep(300); // room for any duplicate to show up
    const mine = announced.filter((f) => ids.has(f.auction.id));
    assert.equal(mine.length, 150, 'one announcement per auction');
    assert.equal(new Set(mine.map((f) => f.auction.id)).size, 150);
    assert.equal(closedEvents.length, 450, 'each watcher got one auction:closed per auction');
    for (const finished of mine) {
      const lag =
        Date.parse(finished.auction.closedAt as string) - Date.parse(finished.auction.endsAt);
      assert.ok(lag >= 0 && lag < 1000, `closed ${lag} ms after its end`);
    }
    assert.equal(mine.filter((f) => f.winner !== null).length, 50);
    subscriber.disconnect();
  });
});

describe('reconnecting', () => {
  it('catches up with sinceSeq on another replica without losing or repeating a bid', async () => {
    const auction = await createAuction(stack.url(0), seller.token);
    const first = await client(stack.replicas[0]!);
    await first.emitWithAck('auction:watch', { auctionId: auction.id });
    await placeBid(stack.url(0), users[1]!.token, auction.id, 1000);
    first.close(); // the connection drops after seq 1

    await placeBid(stack.url(1), users[2]!.token, auction.id, 1100);
    await placeBid(stack.url(2), users[3]!.token, auction.id, 1200);

    const again = await client(stack.replicas[2]!);
    const live: number[] = [];
    again.on('bid:placed', (e: { bid: Bid }) => live.push(e.bid.seq));
    const ack = (await again.emitWithAck('auction:watch', {
      auctionId: auction.id,
      sinceSeq: 1,
    })) as WatchAck;
    assert.deepEqual(
      ack.missed.map((b) => b.seq),
      [2, 3],
    );
    assert.equal(ack.auction.seq, 3);
    await placeBid(stack.url(1), users[4]!.token, auction.id, 1300);
    await eventually(() => live.includes(4));
    // The socket joins the room before the snapshot is read, so an event still
    // on its way (seq 3 here) may also arrive live; clients drop what the ack
    // covered (seq ≤ ack.auction.seq). Nothing is missing, nothing repeats.
    assert.deepEqual(
      live.filter((seq) => seq > ack.auction.seq),
      [4],
    );
    assert.ok(
      live.every((seq) => seq > 1),
      `nothing before sinceSeq: ${JSON.stringify(live)}`,
    );
    assert.equal(new Set(live).size, live.length, 'no event twice');
  });
});

describe('sessions across replicas', () => {
  it('a token each replica has cached is refused everywhere right after a logout on one', async () => {
    const session = await register(stack.url(0), 'Signing out');
    const me = (replica: Replica) =>
      call(replica.url, 'GET', '/api/auth/me', { token: session.token }).then((r) => r.status);
    // Twice each: the second answer comes from the replica's session cache.
    for (let round = 0; round < 2; round++)
      assert.deepEqual(await Promise.all(stack.replicas.map(me)), [200, 200, 200]);
    assert.equal(
      (await call(stack.url(1), 'POST', '/api/auth/logout', { token: session.token })).status,
      204,
    );
    // Redis's invalidation reaches the other replicas within pub/sub latency.
    await eventually(
      async () => (await Promise.all(stack.replicas.map(me))).every((s) => s === 401),
      3000,
      5,
    );
    const auction = await createAuction(stack.url(0), seller.token);
    const bids = await Promise.all(
      stack.replicas.map((r) => placeBid(r.url, session.token, auction.id, 1_000)),
    );
    assert.deepEqual(
      bids.map((bid) => bid.status),
      [401, 401, 401],
    );
  });
});

describe('sockets', () => {
  it('disconnects a signed-out session on every replica (through the Redis adapter)', async () => {
    const session = await register(stack.url(0), 'Leaving');
    const elsewhere = await client(stack.replicas[2]!, session.token);
    const other = await client(stack.replicas[1]!, users[5]!.token);
    const disconnected = new Promise((resolve) => elsewhere.once('disconnect', resolve));
    assert.equal(
      (await call(stack.url(0), 'POST', '/api/auth/logout', { token: session.token })).status,
      204,
    );
    assert.equal(
      await Promise.race([disconnected.then(() => 'gone'), sleep(3000).then(() => 'still there')]),
      'gone',
    );
    assert.equal(other.connected, true, 'other users stay connected');
  });

  it('answers bad payloads with error acks and never crashes', async () => {
    const anonymous = await client(stack.replicas[0]!);
    const signedIn = await client(stack.replicas[1]!, users[6]!.token);
    const auction = await createAuction(stack.url(0), seller.token);
    const code = async (socket: Socket, event: string, payload: unknown) =>
      ((await socket.timeout(2000).emitWithAck(event, payload)) as { error?: { code: string } })
        .error?.code;

    assert.equal(
      await code(anonymous, 'bid:place', { auctionId: auction.id, amount: 5000 }),
      'UNAUTHORIZED',
    );
    for (const payload of [
      null,
      42,
      'x',
      [],
      {},
      { auctionId: auction.id },
      { auctionId: auction.id, amount: 1.5 },
      { auctionId: auction.id, amount: '5000' },
      { auctionId: 'a:b', amount: 5000 },
      { auctionId: auction.id, amount: 5000, extra: 1 },
      { auctionId: 'x'.repeat(1000), amount: 5000 },
    ]) {
      assert.equal(
        await code(signedIn, 'bid:place', payload),
        'VALIDATION_FAILED',
        JSON.stringify(payload),
      );
    }
    assert.equal(
      await code(signedIn, 'auction:watch', { auctionId: 'missing' }),
      'AUCTION_NOT_FOUND',
    );
    assert.equal(
      await code(signedIn, 'auction:watch', { auctionId: auction.id, sinceSeq: -1 }),
      'VALIDATION_FAILED',
    );
    assert.equal(
      await code(signedIn, 'bid:place', { auctionId: auction.id, amount: 1 }),
      'BID_TOO_LOW',
    );
    signedIn.emit('bid:place', { auctionId: auction.id, amount: 5000 }); // no ack function: must not crash
    signedIn.emit('auction:watch');
    const ok = (await signedIn.emitWithAck('bid:place', {
      auctionId: auction.id,
      amount: 9000,
    })) as { ok: boolean };
    assert.equal(ok.ok, true, 'the connection still works');
  });

  it('refuses a handshake with an invalid token, with a code', async () => {
    await assert.rejects(
      connectClient(stack.url(0), 'not-a-real-token-at-all-xxxxxxxxxx'),
      (error: Error & { data?: { code: string } }) => {
        assert.equal(error.data?.code, 'UNAUTHORIZED');
        return true;
      },
    );
  });
});

describe('during a rolling update', () => {
  it("relays the previous release's events: one bid:placed per bid, auction:extended apart", async () => {
    const auction = await createAuction(stack.url(0), seller.token, { durationSeconds: 120 });
    const watcher = await client(stack.replicas[1]!);
    const seen: string[] = [];
    watcher.on('bid:placed', (e: { bid: Bid }) => seen.push(`bid ${e.bid.id} ${e.bid.amount}`));
    watcher.on('auction:extended', (e: { auctionId: string }) =>
      seen.push(`extended ${e.auctionId}`),
    );
    const ack = (await watcher.emitWithAck('auction:watch', { auctionId: auction.id })) as WatchAck;
    assert.equal(ack.ok, true);

    // What an old pod's placeBid script publishes (the state as HGETALL returns it).
    const raw = stack.redis.client();
    const state = (await raw.call('HGETALL', `arremate:auction:${auction.id}`)) as string[];
    const bid = {
      ...{ id: 'from-old-pod', auctionId: auction.id, seq: 1, amount: 5_000 },
      ...{ bidderId: users[0]!.user.id, bidderName: 'User 0', placedAt: Date.now() },
    };
    await raw.publish('arremate:events', JSON.stringify({ type: 'bid:placed', state, bid }));
    await raw.publish('arremate:events', JSON.stringify({ type: 'auction:extended', state }));
    await eventually(() => seen.length === 2);
    assert.deepEqual(seen, [`bid from-old-pod 5000`, `extended ${auction.id}`]);
  });
});

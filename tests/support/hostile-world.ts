// The stage of the property-based tests: a real Redis, two API replicas (the
// second with rate limits on, set high, so the limiter sees hostile
// subjects too), three users, a revoked token and a few auctions; what the
// runs learn along the way; and the checks made once the runs are over:
// auction invariants, acknowledged bids kept, no prototype polluted, and a
// server that still works end to end.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Auction, Bid } from '../../core/schemas.ts';
import { redisKeys } from '../../core/redis/keys.ts';
import { call, createAuction, eventually, placeBid, register, type Session } from './api-client.ts';
import { assertAuctionInvariants, finishedCounts } from './auction-invariants.ts';
import { headerValue, POLLUTED } from './hostile-input.ts';
import type { Ack } from './public-answers.ts';
import { startRedis, type TestRedis } from './redis-server.ts';
import { connectClient, startReplica, type Replica } from './replicas.ts';

export type Who = 'seller' | 'alice' | 'bob';

/** Who sends a request: a user, a revoked token, a malformed header, or nobody. */
export type Auth = { who?: Who; revoked?: boolean; raw?: string };

export const authorization: fc.Arbitrary<Auth> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<Who>('seller', 'alice', 'bob').map((who) => ({ who })) },
  { weight: 1, arbitrary: fc.constant({ revoked: true }) },
  { weight: 1, arbitrary: fc.constant({}) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('Bearer ', 'bearer ', 'Basic ', '', 'Bearer  ', 'Token '), headerValue)
      .map(([scheme, value]) => ({ raw: scheme + value })),
  },
);

/** Mostly the two bidders, so that many bids and auctions are real ones. */
export const bidder: fc.Arbitrary<Auth> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Who>('alice', 'bob').map((who) => ({ who })) },
  { weight: 1, arbitrary: authorization },
);

export const replicaIndex = fc.nat(1);

/**
 * numRuns for one property; FC_SEED=<seed> replays a failure fast-check
 * reported, FC_RUNS=<n> runs each property n times (a longer hunt).
 */
export const runs = (numRuns: number) => ({
  numRuns: Number(process.env.FC_RUNS) || numRuns,
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
});

export interface HostileWorld {
  redis: TestRedis;
  replicas: Replica[];
  users: Record<Who, Session>;
  /** A session token that was valid once: signed out. */
  revokedToken: string;
  /** Every auction the runs may have changed. */
  touched: Set<string>;
  pickReplica(index: number): Replica;
  pickAuction(index: number): string;
  authHeader(auth: Auth): Record<string, string>;
  /** The amount of a bid meant to land: near the auction's last known minimum. */
  nearMinimum(auctionId: string, raise: number): number;
  /** Learns from a bid's answer: the bids it caused if accepted, else the minimum it named. */
  learnFromBid(answer: unknown, auctionId?: string): void;
  /** Registers the checks made once every property has run, with how much the runs must have done. */
  verify(minimum: {
    bids: number;
    auctions: number;
    retractedBids?: number;
    cancelledBySeller?: number;
  }): void;
}

/** Builds the world in before(), tears it down in after(); use it inside tests only. */
export function useHostileWorld(): HostileWorld {
  const minimumBid = new Map<string, number>();
  const acknowledged = new Map<string, Bid>();
  const prototypesBefore = prototypeSnapshot();
  const world = {
    touched: new Set<string>(),
    pickReplica: (i) => world.replicas[i % world.replicas.length]!,
    pickAuction: (i) => [...world.touched][i % world.touched.size]!,
    authHeader(auth) {
      const { users, revokedToken } = world;
      const token = auth.who ? users[auth.who].token : auth.revoked ? revokedToken : '';
      if (token) return { authorization: `Bearer ${token}` };
      return auth.raw ? { authorization: auth.raw } : {};
    },
    nearMinimum: (id, raise) => Math.max(1, (minimumBid.get(id) ?? 1000) + raise),
    learnFromBid(answer, auctionId) {
      const result = answer as { bids?: Bid[]; auction?: Auction; error?: { minimumBid?: number } };
      if (result?.bids && result.auction) {
        for (const bid of result.bids) acknowledged.set(bid.id, bid);
        minimumBid.set(result.auction.id, result.auction.minimumBid);
      } else if (auctionId && typeof result?.error?.minimumBid === 'number') {
        minimumBid.set(auctionId, result.error.minimumBid);
      }
    },
  } as HostileWorld;

  before(async () => {
    world.redis = await startRedis();
    // 1 ms apart, bursts of 100k: on, yet never in the way. (A rate that does
    // not divide 60,000 gives a fractional interval, which rateLimit-2.lua
    // cannot use as a PX: every request would fail.)
    const generous = '60000,100000';
    const limits = Object.fromEntries(
      ['BID_USER', 'BID_IP', 'CREATE_AUCTION_USER', 'CREATE_AUCTION_IP', 'REGISTER_IP']
        .concat(['LOGIN_ACCOUNT', 'LOGIN_IP', 'PHOTO_USER', 'PHOTO_IP'])
        .concat(['QUESTION_USER', 'QUESTION_IP', 'FLAG_USER', 'FLAG_IP'])
        .concat(['RETRACT_USER', 'RETRACT_IP'])
        .map((name) => [`RATE_LIMIT_${name}`, generous]),
    );
    world.replicas = [
      await startReplica(world.redis, { SOCKET_EVENTS_PER_SECOND: '10000' }),
      await startReplica(world.redis, {
        SOCKET_EVENTS_PER_SECOND: '10000',
        RATE_LIMIT_ENABLED: 'true',
        ...limits,
      }),
    ];
    const base = world.replicas[0]!.url;
    world.users = {
      seller: await register(base, 'Seller'),
      alice: await register(base, 'Alice'),
      bob: await register(base, 'Bob'),
    };
    const leaving = await register(base, 'Leaving');
    await call(base, 'POST', '/api/auth/logout', { token: leaving.token });
    world.revokedToken = leaving.token;
    // Plain ones, one with a reserve and Buy It Now, one that ends during the runs.
    for (const rules of [
      {},
      {},
      { reservePrice: 5000, buyNowPrice: 20_000 },
      { durationSeconds: 3 },
    ]) {
      const auction = await createAuction(base, world.users.seller.token, {
        durationSeconds: 600,
        ...rules,
      });
      world.touched.add(auction.id);
    }
  });
  after(async () => {
    await Promise.all(world.replicas.map((r) => r.close()));
    await world.redis.stop();
  });

  world.verify = (minimum: Parameters<HostileWorld['verify']>[0]) =>
    describe('after the hostile runs', () => {
      it('keeps the auction invariants for every auction touched', async () => {
        const base = world.replicas[1]!.url;
        // Auctions that ended during the runs are closed on the monitors' clock.
        // Wait also for those about to end: one closing between the read of
        // the finished stream and the read of its state below would look
        // closed yet unannounced (seen once in about 10 runs).
        await eventually(
          async () => {
            for (const id of world.touched) {
              const { body } = await call<Auction>(base, 'GET', `/api/auctions/${id}`);
              if (body.status === 'open' && Date.parse(body.endsAt) < Date.now() + 2_000)
                return false;
            }
            return true;
          },
          10_000,
          200,
        );
        const finished = await finishedCounts(world.redis.client());
        const stored = new Set<string>();
        let [retracted, bySeller] = [0, 0];
        for (const id of world.touched) {
          for (const bid of await assertAuctionInvariants(base, id, finished)) {
            stored.add(bid.id);
            if (bid.retracted) retracted++;
            if (bid.cancelledBySeller) bySeller++;
          }
        }
        // The lobby's two orders list the same auctions: every script that
        // opens or ends one keeps both indexes.
        const client = world.redis.client();
        const keys = redisKeys();
        const [byEnd, byListing] = await Promise.all(
          [keys.openAuctions, keys.openByListing].map(async (key) =>
            (await client.zrange(key, 0, '-1')).sort(),
          ),
        );
        client.disconnect();
        assert.deepEqual(
          byListing,
          byEnd,
          'the newest-listed index holds exactly the open auctions',
        );
        const lost = [...acknowledged.values()].filter((bid) => !stored.has(bid.id));
        assert.deepEqual(lost, [], 'every acknowledged bid is in its history');
        assert.ok(stored.size >= minimum.bids, `the runs placed real bids (${stored.size})`);
        assert.ok(world.touched.size >= minimum.auctions, `auctions: ${world.touched.size}`);
        // So that the invariants were checked over withdrawn bids too.
        const enough = minimum.retractedBids ?? 0;
        assert.ok(retracted >= enough, `the runs retracted bids (${retracted})`);
        const cancelled = minimum.cancelledBySeller ?? 0;
        assert.ok(bySeller >= cancelled, `the seller cancelled bids (${bySeller})`);
      });

      it('left no prototype polluted, and the server still works end to end', async () => {
        assert.deepEqual(prototypeSnapshot(), prototypesBefore);
        assert.equal(({} as Record<string, unknown>)[POLLUTED], undefined);
        await stillWorks(world.replicas as [Replica, Replica]);
      });
    });
  return world;
}

/** Own property names of the built-in prototypes a pollution would touch. */
function prototypeSnapshot(): Record<string, string[]> {
  const names = (target: object) => Reflect.ownKeys(target).map(String).sort();
  return {
    object: names(Object.prototype),
    array: names(Array.prototype),
    function: names(Function.prototype),
    string: names(String.prototype),
  };
}

/** Sign-up, sign-in, an auction, refused and accepted bids, a live watcher: all as usual. */
async function stillWorks([a, b]: [Replica, Replica]): Promise<void> {
  for (const replica of [a, b]) {
    assert.equal((await call(replica.url, 'GET', '/healthz')).status, 200);
    assert.equal((await call(replica.url, 'GET', '/readyz')).status, 200);
  }
  const seller = await register(a.url, 'After seller');
  const bidder = await register(b.url, 'After bidder');
  const me = await call<{ user: { id: string } }>(a.url, 'GET', '/api/auth/me', {
    token: bidder.token,
  });
  assert.equal(me.body.user.id, bidder.user.id);
  const auction = await createAuction(b.url, seller.token, { durationSeconds: 60 });
  assert.equal(auction.status, 'open');
  assert.equal(auction.winner, null);

  const watcher = await connectClient(a.url);
  const seen: Bid[] = [];
  watcher.on('bid:placed', (event: { bid: Bid }) => seen.push(event.bid));
  const watch = (await watcher.emitWithAck('auction:watch', { auctionId: auction.id })) as Ack;
  assert.equal(watch.ok, true);
  assert.equal(
    (await placeBid(b.url, bidder.token, auction.id, 999)).body.error?.code,
    'BID_TOO_LOW',
  );
  const bid = await placeBid(b.url, bidder.token, auction.id, 1000);
  assert.equal(bid.status, 201);
  await eventually(() => seen.length === 1);
  assert.deepEqual(seen[0], bid.body.bid);
  assert.equal(
    (await placeBid(a.url, seller.token, auction.id, 5000)).body.error?.code,
    'OWN_AUCTION',
  );
  watcher.close();
}

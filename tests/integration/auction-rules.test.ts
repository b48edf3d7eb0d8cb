// The rules of issue 8 end to end: proxy bidding, increments, soft close with
// a hard deadline, reserve, Buy It Now, scheduling, cancellation, watchlists
// and alerts — including the races, over several replicas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Socket } from 'socket.io-client';
import { FINISHED_CHANNEL } from '../../core/redis/keys.ts';
import type { Auction, Bid, FinishedAuction } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  eventually,
  registerEach,
  type Session,
  sleep,
} from '../support/api-client.ts';
import { connectClient } from '../support/replicas.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

let seller: Session;
let alice: Session;
let bob: Session;
let carol: Session;

const stack = useReplicaStack(3, {
  env: { ENDING_SOON_SECONDS: '2' },
  setup: async () => {
    [seller, alice, bob, carol] = await registerEach(url(), ['Seller', 'Alice', 'Bob', 'Carol']);
  },
});
const { url, sockets } = stack;

type ErrorReply = { error: { code: string } };

type BidReply = {
  bid: Bid;
  bids: Bid[];
  auction: Auction;
  leading: boolean;
  error?: { code: string; minimumBid?: number };
};

function bid(who: Session, auctionId: string, amount: number, maxAmount?: number, replica = 0) {
  return call<BidReply>(url(replica), 'POST', `/api/auctions/${auctionId}/bids`, {
    token: who.token,
    body: maxAmount === undefined ? { amount } : { amount, maxAmount },
  });
}

async function socketFor(replica: number, who?: Session): Promise<Socket> {
  const socket = await connectClient(url(replica), who?.token);
  sockets.push(socket);
  return socket;
}

/** The whole bid history, paged with afterSeq (a fast server can take more than one page). */
async function history(auctionId: string): Promise<Bid[]> {
  const all: Bid[] = [];
  for (;;) {
    const after = all.at(-1)?.seq ?? 0;
    const path = `/api/auctions/${auctionId}/bids?afterSeq=${after}&limit=500`;
    const page = (await call<{ items: Bid[] }>(url(), 'GET', path)).body.items;
    if (page.length === 0) return all;
    all.push(...page);
  }
}
const fetchAuction = async (auctionId: string) =>
  (await call<Auction>(url(1), 'GET', `/api/auctions/${auctionId}`)).body;

describe('automatic (proxy) bidding', () => {
  it('plays the issue’s example: the maximum answers, then is beaten', async () => {
    const auction = await createAuction(url(), seller.token, {
      startingPrice: 10_000,
      minIncrement: 500,
    });
    const first = await bid(alice, auction.id, 10_000, 50_000);
    assert.equal(first.status, 201);
    assert.equal(first.body.auction.currentPrice, 10_000);
    assert.equal(first.body.auction.leader?.id, alice.user.id);

    const second = await bid(bob, auction.id, 20_000, undefined, 1);
    assert.equal(second.body.leading, false, 'Bob is outbid at once');
    assert.equal(second.body.auction.currentPrice, 20_500);
    assert.equal(second.body.auction.leader?.id, alice.user.id);
    assert.deepEqual(
      second.body.bids.map((b) => [b.bidder.name, b.amount, b.automatic]),
      [
        ['Bob', 20_000, false],
        ['Alice', 20_500, true],
      ],
    );

    const third = await bid(bob, auction.id, 60_000, undefined, 2);
    assert.equal(third.body.leading, true);
    assert.equal(third.body.auction.currentPrice, 60_000);
    assert.equal(third.body.auction.leader?.id, bob.user.id);
    const amounts = (await history(auction.id)).map((b) => b.amount);
    assert.deepEqual(amounts, [10_000, 20_000, 20_500, 60_000]);
  });

  it('between two maxima the higher wins one increment above the lower; equal maxima go to the earlier', async () => {
    const auction = await createAuction(url(), seller.token, {
      startingPrice: 10_000,
      minIncrement: 500,
    });
    await bid(alice, auction.id, 10_000, 50_000);
    const higher = await bid(bob, auction.id, 11_000, 70_000);
    assert.equal(higher.body.auction.currentPrice, 50_500, 'lower maximum + increment');
    assert.equal(higher.body.auction.leader?.id, bob.user.id);
    assert.equal(higher.body.bid.automatic, true, 'Bob’s maximum raised his own bid');

    const capped = await createAuction(url(), seller.token, {
      startingPrice: 10_000,
      minIncrement: 500,
    });
    await bid(alice, capped.id, 10_000, 50_000);
    const close = await bid(bob, capped.id, 11_000, 50_200);
    assert.equal(close.body.auction.currentPrice, 50_200, 'capped at the higher maximum');

    const equal = await createAuction(url(), seller.token, {
      startingPrice: 10_000,
      minIncrement: 500,
    });
    await bid(alice, equal.id, 10_000, 40_000);
    const tie = await bid(carol, equal.id, 40_000, 40_000);
    assert.equal(tie.body.auction.leader?.id, alice.user.id, 'the earlier maximum wins a tie');
    assert.equal(tie.body.auction.currentPrice, 40_000);
  });

  it('never shows a maximum to anyone: responses, history, events, lobby, finished message', async () => {
    const secret = 77_700;
    const auction = await createAuction(url(), seller.token, {
      startingPrice: 1_000,
      durationSeconds: 2,
    });
    const watcher = await socketFor(1);
    const seen: string[] = [];
    watcher.onAny((event: string, payload: unknown) =>
      seen.push(`${event} ${JSON.stringify(payload)}`),
    );
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    await watcher.emitWithAck('lobby:watch', {});
    const subscriber = stack.redis.client();
    const finished: string[] = [];
    subscriber.on('message', (_c: string, m: string) => finished.push(m));
    await subscriber.subscribe(FINISHED_CHANNEL);

    const own = await bid(alice, auction.id, 1_000, secret);
    await bid(bob, auction.id, 2_000, undefined, 2);
    await eventually(() => finished.some((m) => m.includes(auction.id)), 6000);
    const everything = [
      JSON.stringify(own.body),
      JSON.stringify(await fetchAuction(auction.id)),
      JSON.stringify(await history(auction.id)),
      JSON.stringify((await call(url(), 'GET', '/api/auctions?status=closed')).body),
      ...seen,
      ...finished,
    ].join('\n');
    assert.ok(seen.length >= 3, 'the watcher saw the bids');
    assert.doesNotMatch(everything, new RegExp(`\\b${secret}\\b`));
    subscriber.disconnect();
  });

  it('keeps a non-decreasing chain and a coherent leader when proxies and direct bids race over replicas', async () => {
    const auction = await createAuction(url(), seller.token, {
      startingPrice: 1_000,
      minIncrement: 100,
    });
    const people = [alice, bob, carol];
    const attempts = Array.from({ length: 60 }, (_, i) => {
      const amount = 1_000 + i * 150;
      const max = i % 3 === 0 ? amount + 2_000 + (i % 7) * 100 : undefined;
      return bid(people[i % 3]!, auction.id, amount, max, i % 3);
    });
    const replies = await Promise.all(attempts);
    assert.ok(
      replies.every((r) => r.status === 201 || r.body.error?.code === 'BID_TOO_LOW'),
      'only 201 or too low',
    );
    const bids = await history(auction.id);
    bids.forEach((b, i) => assert.equal(b.seq, i + 1));
    for (let i = 1; i < bids.length; i++)
      assert.ok(bids[i]!.amount >= bids[i - 1]!.amount, 'price never falls');
    const final = await fetchAuction(auction.id);
    assert.equal(final.currentPrice, bids.at(-1)!.amount);
    assert.equal(final.leader?.id, bids.at(-1)!.bidder.id, 'the last bid is the leader’s');
  });
});

describe('raising one’s maximum while leading', () => {
  type MaximumReply = {
    auction: Auction;
    bids: Bid[];
    maxAmount: number;
    error?: { code: string; minimumMax?: number };
  };
  const raise = (who: Session, auctionId: string, maxAmount: number, replica = 0) =>
    call<MaximumReply>(url(replica), 'PUT', `/api/auctions/${auctionId}/max-bid`, {
      token: who.token,
      body: { maxAmount },
    });

  it('changes nothing anyone sees, and the higher maximum answers the next challenger', async () => {
    const auction = await createAuction(url(), seller.token, {
      startingPrice: 10_000,
      minIncrement: 500,
    });
    await bid(alice, auction.id, 10_000, 20_000);
    const watcher = await socketFor(2);
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    const events: unknown[] = [];
    watcher.onAny((event: string, payload: unknown) => events.push([event, payload]));

    const raised = await raise(alice, auction.id, 50_000, 1);
    assert.equal(raised.status, 200, JSON.stringify(raised.body));
    assert.equal(raised.body.maxAmount, 50_000);
    assert.deepEqual(raised.body.bids, []);
    assert.equal(raised.body.auction.currentPrice, 10_000, 'the price does not move');
    assert.equal(raised.body.auction.seq, 1, 'no bid, no new seq');
    assert.equal(raised.body.auction.leader?.id, alice.user.id);

    // Bob bids above Alice's first maximum: her new one answers.
    const challenge = await bid(bob, auction.id, 30_000, undefined, 2);
    assert.equal(challenge.body.leading, false);
    assert.equal(challenge.body.auction.currentPrice, 30_500);
    assert.equal(challenge.body.auction.leader?.id, alice.user.id);
    await eventually(() => events.length >= 2);
    await sleep(100);
    const seen = JSON.stringify(events);
    assert.doesNotMatch(seen, /\b50000\b|maxAmount|proxyMax/, 'the maximum is never published');
    assert.deepEqual(
      events.map((e) => (e as [string])[0]),
      ['bid:placed', 'bid:placed'],
      'only the two bids were announced',
    );
  });

  it('is for the leader only, never lowers a maximum, and repeating it changes nothing', async () => {
    const auction = await createAuction(url(), seller.token, {
      startingPrice: 10_000,
      minIncrement: 500,
    });
    const notYet = await raise(alice, auction.id, 30_000);
    assert.equal(notYet.status, 409);
    assert.equal(notYet.body.error?.code, 'NOT_LEADING');
    await bid(alice, auction.id, 10_000, 30_000);
    const other = await raise(bob, auction.id, 90_000);
    assert.equal(other.body.error?.code, 'NOT_LEADING');
    const lower = await raise(alice, auction.id, 25_000);
    assert.equal(lower.status, 409);
    assert.equal(lower.body.error?.code, 'MAX_TOO_LOW');
    assert.equal(lower.body.error?.minimumMax, 30_000);
    const same = await raise(alice, auction.id, 30_000);
    assert.equal(same.status, 200, 'a retry of the same maximum is accepted');
    const own = await raise(seller, auction.id, 90_000);
    assert.equal(own.body.error?.code, 'OWN_AUCTION');
    const anonymous = await call(url(), 'PUT', `/api/auctions/${auction.id}/max-bid`, {
      body: { maxAmount: 90_000 },
    });
    assert.equal(anonymous.status, 401);
    const fractional = await call(url(), 'PUT', `/api/auctions/${auction.id}/max-bid`, {
      token: alice.token,
      body: { maxAmount: 300.5 },
    });
    assert.equal(fractional.status, 400);
    assert.equal((await fetchAuction(auction.id)).seq, 1);
  });

  it('tells the leader, and only the leader, their maximum on any replica', async () => {
    const auction = await createAuction(url(), seller.token, {
      startingPrice: 10_000,
      minIncrement: 500,
    });
    const read = (who: Session | undefined, replica = 0, id = auction.id) =>
      call<{ auctionId: string; maxAmount: number | null; error?: { code: string } }>(
        url(replica),
        'GET',
        `/api/auctions/${id}/max-bid`,
        { token: who?.token },
      );
    assert.deepEqual((await read(alice)).body, { auctionId: auction.id, maxAmount: null });
    await bid(alice, auction.id, 10_000, 40_000);
    assert.deepEqual((await read(alice, 2)).body, { auctionId: auction.id, maxAmount: 40_000 });
    for (const other of [bob, seller])
      assert.equal((await read(other, 1)).body.maxAmount, null, 'nobody else reads it');
    await raise(alice, auction.id, 60_000);
    assert.equal((await read(alice, 1)).body.maxAmount, 60_000);
    await bid(bob, auction.id, 70_000);
    assert.equal((await read(alice)).body.maxAmount, null, 'a passed maximum is gone');
    assert.equal((await read(bob)).body.maxAmount, 70_000, 'a bid without one is its own');

    assert.equal((await read(undefined)).status, 401);
    const unknown = await read(alice, 0, '00000000-0000-4000-8000-000000000000');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error?.code, 'AUCTION_NOT_FOUND');
    assert.equal((await read(alice, 0, 'not%20an%20id')).status, 400);
  });

  it('reaching a hidden reserve bids up to it by itself; over the socket too', async () => {
    const auction = await createAuction(url(), seller.token, {
      startingPrice: 1_000,
      reservePrice: 20_000,
    });
    await bid(alice, auction.id, 1_000, 5_000);
    const socket = await socketFor(1, alice);
    const ack = (await socket.emitWithAck('bid:raise-max', {
      auctionId: auction.id,
      maxAmount: 25_000,
    })) as { ok: boolean } & MaximumReply;
    assert.equal(ack.ok, true, JSON.stringify(ack));
    assert.equal(ack.auction.currentPrice, 20_000);
    assert.equal(ack.auction.reserveMet, true);
    assert.deepEqual(
      ack.bids.map((b) => [b.bidder.id, b.amount, b.automatic]),
      [[alice.user.id, 20_000, true]],
    );
    assert.deepEqual(
      (await history(auction.id)).map((b) => b.amount),
      [1_000, 20_000],
    );
  });
});

describe('increments', () => {
  it('follow the documented table when the auction has no fixed increment', async () => {
    const auction = await createAuction(url(), seller.token, {
      startingPrice: 9_900,
      minIncrement: undefined,
    });
    assert.equal(auction.minimumBid, 9_900);
    const cases: [number, number][] = [
      [9_900, 100], // R$ 25 – 100: R$ 1,00
      [10_000, 250], // R$ 100 – 250: R$ 2,50
      [25_000, 500], // R$ 250 – 500: R$ 5,00
      [100_000, 2_500], // R$ 1.000 – 2.500: R$ 25,00
      [600_000, 10_000], // from R$ 5.000: R$ 100,00
    ];
    for (const [price, increment] of cases) {
      const reply = await bid(price % 2 ? alice : bob, auction.id, price);
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      assert.equal(reply.body.auction.minIncrement, increment, `at ${price}`);
      const next = reply.body.auction.minimumBid;
      assert.equal(next, price + increment);
      const low = await bid(carol, auction.id, next - 1);
      assert.equal(low.body.error?.code, 'BID_TOO_LOW', 'the script applies the same table');
      assert.equal(low.body.error?.minimumBid, next);
    }
  });
});

describe('soft close with a hard deadline', () => {
  it('extends up to maxEndsAt, says so with auction:extended, and closes there', async () => {
    const start = Date.now();
    const maxEndsAt = new Date(start + 4_000).toISOString();
    const auction = await createAuction(url(), seller.token, {
      durationSeconds: 2,
      softCloseSeconds: 60,
      maxEndsAt,
    });
    const watcher = await socketFor(2);
    const extended: string[] = [];
    watcher.on('auction:extended', (e: { endsAt: string }) => extended.push(e.endsAt));
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    const reply = await bid(alice, auction.id, 1_000);
    assert.equal(reply.body.auction.endsAt, maxEndsAt, 'the window is cut at the deadline');
    assert.equal(reply.body.auction.originalEndsAt, auction.endsAt, 'the first end is kept');
    await eventually(() => extended.includes(maxEndsAt));
    const closed = await eventually(
      async () =>
        (await fetchAuction(auction.id)).status === 'closed'
          ? await fetchAuction(auction.id)
          : null,
      8000,
      100,
    );
    assert.ok(Date.parse(closed.closedAt as string) >= Date.parse(maxEndsAt));
    assert.equal(closed.outcome, 'SOLD');
  });

  it('refuses a bid landing exactly at the end (Redis time ≥ endsAt)', async () => {
    const auction = await createAuction(url(), seller.token, { durationSeconds: 60 });
    const raw = stack.redis.client();
    const [seconds, micros] = await raw.time();
    const nowMs = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
    await raw.hset(`arremate:auction:${auction.id}`, 'endsAt', nowMs);
    const reply = await bid(alice, auction.id, 5_000);
    assert.equal(reply.body.error?.code, 'AUCTION_CLOSED');
  });

  it('a bid racing the close is either accepted before the end or refused, never after', async () => {
    const auction = await createAuction(url(), seller.token, { durationSeconds: 1 });
    const deadline = Date.now() + 2_500;
    let amount = 1_000;
    const racing = [alice, bob, carol].map(async (who, i) => {
      while (Date.now() < deadline) {
        amount += 100;
        const reply = await bid(who, auction.id, amount, undefined, i);
        if (reply.status !== 201)
          assert.ok(['BID_TOO_LOW', 'AUCTION_CLOSED'].includes(reply.body.error?.code ?? ''));
      }
    });
    await Promise.all(racing);
    const final = await eventually(async () =>
      (await fetchAuction(auction.id)).status === 'closed' ? fetchAuction(auction.id) : null,
    );
    const bids = await history(auction.id);
    assert.ok(bids.length > 0);
    assert.ok(
      bids.every((b) => Date.parse(b.placedAt) < Date.parse(final.endsAt)),
      'no bid at or after the end',
    );
    assert.equal(final.currentPrice, bids.at(-1)!.amount);
    assert.equal(final.winner?.id, bids.at(-1)!.bidder.id);
  });
});

describe('reserve price', () => {
  it('shows only reserveMet and ends with no winner when not met', async () => {
    const auction = await createAuction(url(), seller.token, {
      startingPrice: 1_000,
      reservePrice: 50_000,
      durationSeconds: 2,
    });
    assert.equal(auction.hasReserve, true);
    assert.equal(auction.reserveMet, false);
    assert.doesNotMatch(JSON.stringify(auction), /\b50000\b/);
    const reply = await bid(alice, auction.id, 30_000);
    assert.equal(reply.body.auction.reserveMet, false);
    const closed = await eventually(
      async () =>
        (await fetchAuction(auction.id)).status === 'closed' ? fetchAuction(auction.id) : null,
      6000,
      100,
    );
    assert.equal(closed.outcome, 'RESERVE_NOT_MET');
    assert.equal(closed.winner, null);
  });

  it('a maximum at or above the reserve bids up to the reserve by itself', async () => {
    const auction = await createAuction(url(), seller.token, {
      startingPrice: 1_000,
      reservePrice: 20_000,
    });
    const reply = await bid(alice, auction.id, 1_000, 30_000);
    assert.equal(reply.body.auction.currentPrice, 20_000);
    assert.equal(reply.body.auction.reserveMet, true);
    assert.equal(reply.body.bid.automatic, true);
  });
});

describe('Buy It Now', () => {
  it('closes at once with the buyer as winner, and is gone after the first bid', async () => {
    const auction = await createAuction(url(), seller.token, {
      startingPrice: 1_000,
      buyNowPrice: 80_000,
    });
    assert.equal(auction.buyNowAvailable, true);
    const bought = await call<BidReply>(url(1), 'POST', `/api/auctions/${auction.id}/buy-now`, {
      token: alice.token,
    });
    assert.equal(bought.status, 201);
    assert.equal(bought.body.auction.status, 'closed');
    assert.equal(bought.body.auction.outcome, 'BOUGHT_NOW');
    assert.equal(bought.body.auction.winner?.id, alice.user.id);
    assert.equal(bought.body.bid.buyNow, true);
    assert.equal((await bid(bob, auction.id, 90_000)).body.error?.code, 'AUCTION_CLOSED');

    const other = await createAuction(url(), seller.token, {
      startingPrice: 1_000,
      buyNowPrice: 80_000,
    });
    await bid(bob, other.id, 1_000);
    const late = await call<BidReply>(url(), 'POST', `/api/auctions/${other.id}/buy-now`, {
      token: alice.token,
    });
    assert.equal(late.status, 409);
    assert.equal(late.body.error?.code, 'BUY_NOW_UNAVAILABLE');
    const own = await call<BidReply>(url(), 'POST', `/api/auctions/${other.id}/buy-now`, {
      token: seller.token,
    });
    assert.equal(own.body.error?.code, 'OWN_AUCTION');
  });

  it('stays offered with a reserve until the reserve is met; works over the socket too', async () => {
    const auction = await createAuction(url(), seller.token, {
      startingPrice: 1_000,
      reservePrice: 40_000,
      buyNowPrice: 80_000,
    });
    await bid(bob, auction.id, 5_000);
    assert.equal((await fetchAuction(auction.id)).buyNowAvailable, true);
    const socket = await socketFor(2, carol);
    const ack = (await socket.emitWithAck('auction:buy-now', { auctionId: auction.id })) as {
      ok: boolean;
      auction: Auction;
    };
    assert.equal(ack.ok, true);
    assert.equal(ack.auction.winner?.id, carol.user.id);
  });

  it('racing bids on several replicas: one consistent outcome', async () => {
    const auction = await createAuction(url(), seller.token, {
      startingPrice: 1_000,
      buyNowPrice: 50_000,
    });
    const race = await Promise.all([
      call<BidReply>(url(0), 'POST', `/api/auctions/${auction.id}/buy-now`, { token: alice.token }),
      bid(bob, auction.id, 1_000, undefined, 1),
      bid(carol, auction.id, 1_200, undefined, 2),
    ]);
    const final = await fetchAuction(auction.id);
    const bids = await history(auction.id);
    if (race[0].status === 201) {
      assert.equal(final.outcome, 'BOUGHT_NOW');
      assert.equal(bids.at(-1)?.buyNow, true, 'the purchase is the last bid');
      assert.equal(final.winner?.id, alice.user.id);
    } else {
      assert.equal(race[0].body.error?.code, 'BUY_NOW_UNAVAILABLE');
      assert.equal(final.status, 'open');
      assert.ok(bids.length >= 1 && bids.every((b) => !b.buyNow));
    }
  });
});

describe('scheduling and cancellation', () => {
  it('an auction is visible before it starts and not biddable until then', async () => {
    const startsAt = new Date(Date.now() + 1_500).toISOString();
    const auction = await createAuction(url(), seller.token, { startsAt, durationSeconds: 60 });
    assert.equal(auction.startsAt, startsAt);
    assert.equal(
      Date.parse(auction.endsAt) - Date.parse(startsAt),
      60_000,
      'the duration counts from the start',
    );
    const listed = (await call<{ items: Auction[] }>(url(), 'GET', '/api/auctions?limit=100')).body
      .items;
    assert.ok(
      listed.some((a) => a.id === auction.id),
      'listed before it starts',
    );
    assert.equal((await bid(alice, auction.id, 1_000)).body.error?.code, 'AUCTION_NOT_STARTED');
    await sleep(1_600);
    assert.equal((await bid(alice, auction.id, 1_000)).status, 201);
  });

  it('the seller may cancel before the first bid only; watchers are told; no report follows', async () => {
    const auction = await createAuction(url(), seller.token);
    const watcher = await socketFor(1);
    const cancelled = new Promise<Auction>((resolve) =>
      watcher.once('auction:cancelled', (e: { auction: Auction }) => resolve(e.auction)),
    );
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    assert.equal(
      (
        await call<{ error: { code: string } }>(
          url(),
          'POST',
          `/api/auctions/${auction.id}/cancel`,
          { token: alice.token },
        )
      ).body.error.code,
      'NOT_SELLER',
    );
    const reply = await call<Auction>(url(2), 'POST', `/api/auctions/${auction.id}/cancel`, {
      token: seller.token,
    });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.status, 'cancelled');
    assert.equal((await cancelled).outcome, 'CANCELLED');
    assert.equal((await bid(alice, auction.id, 5_000)).body.error?.code, 'AUCTION_CLOSED');
    const entries = await stack.redis.client().xrange('arremate:stream:finished', '-', '+');
    assert.ok(
      !entries.some(([, fields]) => fields.includes(auction.id)),
      'no finished entry, so no report',
    );

    const withBid = await createAuction(url(), seller.token);
    await bid(alice, withBid.id, 1_000);
    const refused = await call<{ error: { code: string } }>(
      url(),
      'POST',
      `/api/auctions/${withBid.id}/cancel`,
      { token: seller.token },
    );
    assert.equal(refused.body.error.code, 'AUCTION_HAS_BIDS');
  });
});

describe('watchlist and alerts', () => {
  it('keeps a watchlist', async () => {
    const auction = await createAuction(url(), seller.token);
    assert.equal(
      (await call(url(), 'PUT', `/api/me/watchlist/${auction.id}`, { token: carol.token })).status,
      204,
    );
    const list = await call<{ items: Auction[] }>(url(1), 'GET', '/api/me/watchlist', {
      token: carol.token,
    });
    assert.deepEqual(
      list.body.items.map((a) => a.id),
      [auction.id],
    );
    assert.equal(
      (await call(url(), 'PUT', '/api/me/watchlist/missing', { token: carol.token })).status,
      404,
    );
    assert.equal((await call(url(), 'GET', '/api/me/watchlist')).status, 401);
    assert.equal(
      (await call(url(), 'DELETE', `/api/me/watchlist/${auction.id}`, { token: carol.token }))
        .status,
      204,
    );
    assert.equal(
      (await call<{ items: Auction[] }>(url(), 'GET', '/api/me/watchlist', { token: carol.token }))
        .body.items.length,
      0,
    );
  });

  it('counts who keeps an auction on their watchlist, for anyone, never saying who', async () => {
    const auction = await createAuction(url(), seller.token);
    const watchers = async (replica = 0) => {
      const reply = await call<{ auctionId: string; count: number }>(
        url(replica),
        'GET',
        `/api/auctions/${auction.id}/watchers`,
      );
      assert.equal(reply.status, 200);
      assert.deepEqual(Object.keys(reply.body).sort(), ['auctionId', 'count']);
      assert.equal(reply.body.auctionId, auction.id);
      return reply.body.count;
    };
    const watch = (who: Session, method: 'PUT' | 'DELETE') =>
      call(url(), method, `/api/me/watchlist/${auction.id}`, { token: who.token });
    assert.equal(await watchers(), 0);
    await watch(carol, 'PUT');
    await watch(carol, 'PUT'); // twice is still one watcher
    await watch(bob, 'PUT');
    const [dora] = await registerEach(url(), ['Dora']);
    await watch(dora, 'PUT');
    assert.equal(await watchers(1), 3);
    await watch(carol, 'DELETE');
    const deleted = await call(url(), 'DELETE', '/api/auth/me', {
      token: dora.token,
      body: { password: 'correct horse battery' },
    });
    assert.equal(deleted.status, 204);
    assert.equal(await watchers(2), 1);

    const missing = await call<ErrorReply>(url(), 'GET', '/api/auctions/nope/watchers');
    assert.deepEqual([missing.status, missing.body.error.code], [404, 'AUCTION_NOT_FOUND']);
    const bad = await call<ErrorReply>(url(), 'GET', `/api/auctions/${'x'.repeat(300)}/watchers`);
    assert.deepEqual([bad.status, bad.body.error.code], [400, 'VALIDATION_FAILED']);
  });

  it("tells the auction's page, on every replica, how many watch it after each change", async () => {
    const auction = await createAuction(url(), seller.token);
    const other = await createAuction(url(), seller.token);
    const pages = [await socketFor(1), await socketFor(2)];
    const heard: string[][] = pages.map(() => []);
    pages.forEach((page, i) =>
      page.on('auction:watchers', (e: { auctionId: string; count: number }) =>
        heard[i]?.push(`${e.auctionId === auction.id ? 'this' : 'other'} ${e.count}`),
      ),
    );
    for (const page of pages) await page.emitWithAck('auction:watch', { auctionId: auction.id });
    const watch = (who: Session, method: 'PUT' | 'DELETE', id = auction.id) =>
      call(url(), method, `/api/me/watchlist/${id}`, { token: who.token });
    const [dora] = await registerEach(url(), ['Dora']);
    await watch(carol, 'PUT');
    await watch(carol, 'PUT'); // already watching: no change, nothing told
    await watch(bob, 'PUT');
    await watch(bob, 'PUT', other.id); // another auction's page hears that one
    await watch(dora, 'PUT');
    await watch(carol, 'DELETE');
    await watch(carol, 'DELETE'); // not watching any more: nothing told
    const deleted = await call(url(), 'DELETE', '/api/auth/me', {
      token: dora.token,
      body: { password: 'correct horse battery' },
    });
    assert.equal(deleted.status, 204);
    const expected = ['this 1', 'this 2', 'this 3', 'this 2', 'this 1'];
    await eventually(() => heard.every((events) => events.length >= expected.length));
    await sleep(200); // and nothing more
    assert.deepEqual(heard, [expected, expected]);
  });

  it('tells an outbid user on every device, on every replica', async () => {
    const auction = await createAuction(url(), seller.token);
    const [phone, laptop] = [await socketFor(0, alice), await socketFor(2, alice)];
    const alerts: string[] = [];
    phone.on('bid:outbid', (e: { auctionId: string }) => alerts.push(`phone ${e.auctionId}`));
    laptop.on('bid:outbid', (e: { auctionId: string }) => alerts.push(`laptop ${e.auctionId}`));
    await bid(alice, auction.id, 1_000);
    await bid(bob, auction.id, 2_000, undefined, 1);
    await eventually(() => alerts.length >= 2);
    assert.deepEqual(alerts.sort(), [`laptop ${auction.id}`, `phone ${auction.id}`]);
  });

  it('tells the winner (or the highest bidder below a reserve) and the seller how it ended, on every device', async () => {
    const devices = {
      carol: await socketFor(1, carol),
      sellerPhone: await socketFor(0, seller),
      sellerLaptop: await socketFor(2, seller),
      bystander: await socketFor(0, bob),
    };
    const sold = await createAuction(url(), seller.token, { buyNowPrice: 9_000 });
    const unsold = await createAuction(url(), seller.token, { durationSeconds: 1 });
    const belowReserve = await createAuction(url(), seller.token, {
      durationSeconds: 2, // time enough for Carol's bid on a busy machine
      reservePrice: 50_000,
    });
    const names = new Map([
      [sold.id, 'sold'],
      [unsold.id, 'unsold'],
      [belowReserve.id, 'reserve'],
    ]);
    const heard: string[] = [];
    for (const [device, socket] of Object.entries(devices))
      socket.on('auction:result', (event: { auctionId: string; auction: Auction }) => {
        const which = names.get(event.auctionId);
        if (which && event.auction.id === event.auctionId)
          heard.push(`${device} ${which} ${event.auction.outcome}`);
      });
    const bought = await call(url(2), 'POST', `/api/auctions/${sold.id}/buy-now`, {
      token: carol.token,
    });
    assert.equal(bought.status, 201);
    assert.equal((await bid(carol, belowReserve.id, 1_000)).status, 201);
    await eventually(() => heard.length >= 8, 8000, 50); // the short auctions close meanwhile
    await sleep(300);
    assert.deepEqual(heard.sort(), [
      'carol reserve RESERVE_NOT_MET',
      'carol sold BOUGHT_NOW',
      'sellerLaptop reserve RESERVE_NOT_MET',
      'sellerLaptop sold BOUGHT_NOW',
      'sellerLaptop unsold NO_BIDS',
      'sellerPhone reserve RESERVE_NOT_MET',
      'sellerPhone sold BOUGHT_NOW',
      'sellerPhone unsold NO_BIDS',
    ]);
  });

  it('sends auction:ending-soon to socket watchers and to watchlist users', async () => {
    const auction = await createAuction(url(), seller.token, { durationSeconds: 4 });
    await call(url(), 'PUT', `/api/me/watchlist/${auction.id}`, { token: bob.token });
    const [roomWatcher, bobsDevice] = [await socketFor(0), await socketFor(1, bob)];
    const notices: string[] = [];
    roomWatcher.on('auction:ending-soon', (e: { auction: Auction }) =>
      notices.push(e.auction.title === auction.title ? 'room' : 'wrong payload'),
    );
    bobsDevice.on('auction:ending-soon', () => notices.push('bob'));
    await roomWatcher.emitWithAck('auction:watch', { auctionId: auction.id });
    await eventually(() => notices.length >= 2, 6000, 50);
    await sleep(300);
    assert.deepEqual(
      notices.sort(),
      ['bob', 'room'],
      'once each, ENDING_SOON_SECONDS (2 s) before the end',
    );
  });
});

describe('finished auctions carry the outcome', () => {
  it('publishes RESERVE_NOT_MET and BOUGHT_NOW on leiloes_finalizados', async () => {
    const subscriber = stack.redis.client();
    const seen: FinishedAuction[] = [];
    subscriber.on('message', (_c: string, m: string) =>
      seen.push(JSON.parse(m) as FinishedAuction),
    );
    await subscriber.subscribe(FINISHED_CHANNEL);
    const auction = await createAuction(url(), seller.token, { buyNowPrice: 9_000 });
    await call(url(), 'POST', `/api/auctions/${auction.id}/buy-now`, { token: bob.token });
    const finished = await eventually(() => seen.find((f) => f.auction.id === auction.id));
    assert.equal(finished.auction.outcome, 'BOUGHT_NOW');
    assert.equal(finished.finalPrice, 9_000);
    assert.deepEqual(finished.winner, { id: bob.user.id, name: bob.user.name });
    subscriber.disconnect();
  });
});

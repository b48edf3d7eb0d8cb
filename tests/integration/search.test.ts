// Title search and browsing by category over open auctions (`GET
// /api/auctions/search`): each replica answers from its own copy of the open
// auctions, kept by the events it relays and read again when its subscriber
// reconnects. Real Redis, real replicas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import type { Auction, AuctionPage, FinishedAuction } from '../../core/schemas.ts';
import { call, createAuction, eventually, register, type Session } from '../support/api-client.ts';
import { startReplica, type Replica } from '../support/replicas.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

let seller: Session;
let buyer: Session;

const stack = useReplicaStack(2, {
  setup: async () => {
    [seller, buyer] = await Promise.all([
      register(stack.url(0), 'Seller'),
      register(stack.url(0), 'Buyer'),
    ]);
  },
});

async function search(replica: Replica, q: string, limit?: number) {
  const query = new URLSearchParams({ q, ...(limit ? { limit: String(limit) } : {}) });
  return call<{ items: Auction[]; error?: { code: string } }>(
    replica.url,
    'GET',
    `/api/auctions/search?${query}`,
  );
}

const read = async (id: string) =>
  (await call<Auction>(stack.url(0), 'GET', `/api/auctions/${id}`)).body;
const titles = async (replica: Replica, q: string) =>
  (await search(replica, q)).body.items.map((auction) => auction.title);

describe('auction search', () => {
  it('finds open auctions by every word of the title, ignoring case and accents, soonest-ending first', async () => {
    const url = stack.url(0);
    await createAuction(url, seller.token, { title: 'Relógio de parede', durationSeconds: 600 });
    await createAuction(url, seller.token, {
      title: 'Relógio de bolso suíço',
      durationSeconds: 300,
    });
    await createAuction(url, seller.token, { title: 'Bicicleta aro 29', durationSeconds: 300 });
    const other = stack.replicas[1]!; // learnt them from the events alone
    await eventually(async () => (await titles(other, 'bicicleta')).length === 1);
    assert.deepEqual(await titles(other, 'relogio'), [
      'Relógio de bolso suíço',
      'Relógio de parede',
    ]);
    assert.deepEqual(await titles(other, '  RELÓGIO   Bolso '), ['Relógio de bolso suíço']);
    assert.deepEqual(await titles(other, 'suico'), ['Relógio de bolso suíço']);
    assert.deepEqual(await titles(other, 'relogio bicicleta'), []);
    assert.equal((await search(other, 'relogio', 1)).body.items.length, 1);
  });

  it('forgets auctions that close or are cancelled, on every replica', async () => {
    const url = stack.url(0);
    const bought = await createAuction(url, seller.token, {
      title: 'Vitrola portátil',
      buyNowPrice: 5_000,
    });
    const cancelled = await createAuction(url, seller.token, { title: 'Vitrola de mesa' });
    for (const replica of stack.replicas)
      await eventually(async () => (await titles(replica, 'vitrola')).length === 2);
    const buy = await call(url, 'POST', `/api/auctions/${bought.id}/buy-now`, {
      token: buyer.token,
    });
    assert.equal(buy.status, 201);
    const cancel = await call(url, 'POST', `/api/auctions/${cancelled.id}/cancel`, {
      token: seller.token,
    });
    assert.equal(cancel.status, 200);
    for (const replica of stack.replicas)
      await eventually(async () => (await titles(replica, 'vitrola')).length === 0);
  });

  it('a replica started later reads the open auctions; one that lost its subscriber reads them again', async () => {
    const late = await startReplica(stack.redis);
    stack.replicas.push(late);
    assert.deepEqual(await titles(late, 'parede'), ['Relógio de parede']);

    // A change no event announces (as if published while the subscriber was
    // away): found only by reading the titles again.
    const auction = await createAuction(stack.url(0), seller.token, { title: 'Lampião' });
    await eventually(async () => (await titles(late, 'lampiao')).length === 1);
    const client = stack.redis.client();
    await client.hset(`arremate:auction:${auction.id}`, 'title', 'Lampião a querosene');
    assert.deepEqual(await titles(late, 'querosene'), []);
    await client.call('CLIENT', 'KILL', 'TYPE', 'pubsub');
    await eventually(async () => (await titles(late, 'querosene')).length === 1, 10_000, 50);
    client.disconnect();
  });

  it('browses a category, alone or with words, in either order, a page at a time', async () => {
    const url = stack.url(0);
    const made: Auction[] = [];
    for (const [title, category, durationSeconds] of [
      ['Violão Giannini', 'music', 500],
      ['Piano digital', 'music', 200],
      ['Flauta doce', 'music', 400],
      ['Rádio valvulado', 'electronics', 300],
    ] as const)
      made.push(await createAuction(url, seller.token, { title, category, durationSeconds }));
    assert.deepEqual(
      made.map((auction) => auction.category),
      ['music', 'music', 'music', 'electronics'],
    );
    const plain = await createAuction(url, seller.token, { title: 'Sem categoria' });
    assert.equal(plain.category, 'other', 'the default');
    const other = stack.replicas[1]!;
    const browse = async (query: string) =>
      (await call<AuctionPage>(other.url, 'GET', `/api/auctions/search?${query}`)).body;
    const titlesOf = (page: AuctionPage) => page.items.map((auction) => auction.title);
    await eventually(async () => (await browse('category=music')).items.length === 3);

    assert.deepEqual(titlesOf(await browse('category=music')), [
      'Piano digital',
      'Flauta doce',
      'Violão Giannini',
    ]);
    assert.deepEqual(titlesOf(await browse('category=music&sort=newest')), [
      'Flauta doce',
      'Piano digital',
      'Violão Giannini',
    ]);
    assert.deepEqual(titlesOf(await browse('category=music&q=violao')), ['Violão Giannini']);
    assert.deepEqual(titlesOf(await browse('category=electronics&q=violao')), []);

    // A page at a time, each auction once, in each order.
    for (const sort of ['ending', 'newest']) {
      const seen: string[] = [];
      let page = await browse(`category=music&sort=${sort}&limit=2`);
      seen.push(...titlesOf(page));
      assert.ok(page.nextCursor);
      page = await browse(`category=music&sort=${sort}&limit=2&cursor=${page.nextCursor}`);
      seen.push(...titlesOf(page));
      assert.equal(page.nextCursor, null);
      assert.deepEqual(seen, titlesOf(await browse(`category=music&sort=${sort}`)));
    }
    // A cursor of one order means nothing in the other.
    const ending = await browse('category=music&limit=1');
    const mixed = await call<{ error: { code: string } }>(
      other.url,
      'GET',
      `/api/auctions/search?category=music&sort=newest&cursor=${ending.nextCursor}`,
    );
    assert.deepEqual([mixed.status, mixed.body.error.code], [400, 'VALIDATION_FAILED']);

    // A replica started now reads each auction's category and listing time.
    const late = await startReplica(stack.redis);
    stack.replicas.push(late);
    const read = await call<AuctionPage>(
      late.url,
      'GET',
      '/api/auctions/search?category=music&sort=newest',
    );
    assert.deepEqual(titlesOf(read.body), ['Flauta doce', 'Piano digital', 'Violão Giannini']);

    // The finished auction carries its category, as the API serves it.
    const bought = await createAuction(url, seller.token, {
      title: 'Cavaquinho',
      category: 'music',
      buyNowPrice: 9_000,
    });
    await call(url, 'POST', `/api/auctions/${bought.id}/buy-now`, { token: buyer.token });
    const client = stack.redis.client();
    const entries = await client.xrange(redisKeys().finishedStream, '-', '+');
    client.disconnect();
    const finished = entries
      .map(([, fields]) => JSON.parse(fields[fields.indexOf('finished') + 1]!) as FinishedAuction)
      .find((message) => message.auction.id === bought.id);
    assert.equal(finished?.auction.category, 'music');
  });

  it('finds auctions that ended in the last 90 days with status=closed, sold or not, latest first', async () => {
    const url = stack.url(0);
    const ended = (replica: Replica, q: string, more: Record<string, string> = {}) =>
      call<AuctionPage>(
        replica.url,
        'GET',
        `/api/auctions/search?${new URLSearchParams({ q, status: 'closed', ...more })}`,
      );
    const unsold = await createAuction(url, seller.token, {
      title: 'Gramofone sem lances',
      durationSeconds: 1,
    });
    const sold = await createAuction(url, seller.token, {
      title: 'Gramofone vendido',
      buyNowPrice: 9_000,
      category: 'music',
    });
    const cancelled = await createAuction(url, seller.token, { title: 'Gramofone cancelado' });
    const open = await createAuction(url, seller.token, { title: 'Gramofone aberto' });
    await eventually(async () => (await read(unsold.id)).status === 'closed', 5000);
    await call(url, 'POST', `/api/auctions/${sold.id}/buy-now`, { token: buyer.token });
    await call(url, 'POST', `/api/auctions/${cancelled.id}/cancel`, { token: seller.token });
    const other = stack.replicas[1]!; // learnt them from the close events alone
    await eventually(async () => (await ended(other, 'gramofone')).body.items.length === 2);
    const found = (await ended(other, 'gramofone')).body.items;
    assert.deepEqual(
      found.map((auction) => [auction.id, auction.outcome]),
      [
        [sold.id, 'BOUGHT_NOW'],
        [unsold.id, 'NO_BIDS'],
      ],
      'latest ended first; neither the cancelled nor the open one',
    );
    assert.deepEqual(
      (await ended(other, 'gramofone', { category: 'music' })).body.items.map((a) => a.id),
      [sold.id],
    );
    const page = await ended(other, 'gramofone', { limit: '1' });
    assert.ok(page.body.nextCursor);
    const next = await ended(other, 'gramofone', { limit: '1', cursor: page.body.nextCursor! });
    assert.deepEqual(
      next.body.items.map((a) => a.id),
      [unsold.id],
    );
    assert.deepEqual(
      (await titles(other, 'gramofone')).sort(),
      [open.title],
      'the default is still the open ones',
    );
    // A replica started later reads them from Redis, within the window only.
    const client = stack.redis.client();
    await client.zadd(redisKeys().closedAuctions, Date.now() - 91 * 86_400_000, unsold.id);
    const late = await startReplica(stack.redis);
    stack.replicas.push(late);
    assert.deepEqual(
      (await ended(late, 'gramofone')).body.items.map((a) => a.id),
      [sold.id],
    );
    client.disconnect();
    assert.equal((await ended(other, 'gramofone', { sort: 'newest' })).status, 400);
  });

  it('answers 400 VALIDATION_FAILED to a missing, blank, long or unknown query or category', async () => {
    const replica = stack.replicas[0]!;
    for (const path of [
      '/api/auctions/search',
      '/api/auctions/search?q=',
      '/api/auctions/search?q=%20%20',
      `/api/auctions/search?q=${'a'.repeat(101)}`,
      '/api/auctions/search?q=a&limit=0',
      '/api/auctions/search?q=a&limit=51',
      '/api/auctions/search?q=a&sort=price',
      '/api/auctions/search?category=cars',
      '/api/auctions/search?category=',
      '/api/auctions/search?category=music&cursor=x',
      '/api/auctions/search?limit=5',
      '/api/auctions/search?q=a&status=cancelled',
      '/api/auctions/search?q=a&status=closed&sort=ending',
    ]) {
      const reply = await call<{ error: { code: string } }>(replica.url, 'GET', path);
      assert.equal(reply.status, 400, path);
      assert.equal(reply.body.error.code, 'VALIDATION_FAILED', path);
    }
  });
});

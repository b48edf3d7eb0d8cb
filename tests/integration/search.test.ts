// Title search over open auctions (`GET /api/auctions/search`): each replica
// answers from its own copy of the open titles, kept by the events it relays
// and read again when its subscriber reconnects. Real Redis, real replicas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Auction } from '../../core/schemas.ts';
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
    await client.client('KILL', 'TYPE', 'pubsub');
    await eventually(async () => (await titles(late, 'querosene')).length === 1, 10_000, 50);
    client.disconnect();
  });

  it('answers 400 VALIDATION_FAILED to a missing, blank, long or unknown query', async () => {
    const replica = stack.replicas[0]!;
    for (const path of [
      '/api/auctions/search',
      '/api/auctions/search?q=',
      '/api/auctions/search?q=%20%20',
      `/api/auctions/search?q=${'a'.repeat(101)}`,
      '/api/auctions/search?q=a&limit=0',
      '/api/auctions/search?q=a&limit=51',
      '/api/auctions/search?q=a&sort=price',
    ]) {
      const reply = await call<{ error: { code: string } }>(replica.url, 'GET', path);
      assert.equal(reply.status, 400, path);
      assert.equal(reply.body.error.code, 'VALIDATION_FAILED', path);
    }
  });
});

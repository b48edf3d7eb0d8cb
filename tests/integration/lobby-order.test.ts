// The lobby's two orders of the open auctions: soonest-ending first (the
// default) and newest listed first (`?sort=newest`), each kept by the scripts
// that open and end auctions, paged by its own cursor, and rebuilt by
// `npm run backfill` for auctions a previous release stored.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import type { Auction } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  eventually,
  placeBid,
  register,
  sleep,
  type Session,
} from '../support/api-client.ts';
import { runNode } from '../support/processes.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

let seller: Session;
let buyer: Session;

const stack = useReplicaStack(2, {
  setup: async () => {
    [seller, buyer] = await Promise.all([register(url(0), 'Seller'), register(url(1), 'Buyer')]);
  },
});
const { url } = stack;

const keys = redisKeys();

interface Page {
  items: Auction[];
  nextCursor: string | null;
}

const list = (query: string, replica = 0) =>
  call<Page & { error?: { code: string } }>(url(replica), 'GET', `/api/auctions?${query}`);

/** Every open auction in the given order, following the cursors, as ids. */
async function allIds(sort: string, limit = 100): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const query = `sort=${sort}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    const reply = await list(query, seen.length);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    seen.push(...reply.body.items.map((auction) => auction.id));
    cursor = reply.body.nextCursor;
  } while (cursor);
  return seen;
}

/** `ids` as they appear in `order` (other tests' auctions left out). */
const among = (order: string[], ids: string[]) => order.filter((id) => ids.includes(id));

/** Three auctions listed one after the other, ending in another order. */
async function threeListed(): Promise<[Auction, Auction, Auction]> {
  const made: Auction[] = [];
  for (const [i, durationSeconds] of [600, 1_800, 1_200].entries()) {
    made.push(await createAuction(url(i), seller.token, { durationSeconds }));
    await sleep(5); // distinct Redis milliseconds
  }
  return made as [Auction, Auction, Auction];
}

describe('the order of the open auctions', () => {
  it('is soonest-ending first by default, newest listed first with sort=newest', async () => {
    const [first, second, third] = await threeListed();
    const ids = [first.id, second.id, third.id];
    assert.deepEqual(among(await allIds('ending'), ids), [first.id, third.id, second.id]);
    assert.deepEqual(among(await allIds('newest'), ids), [third.id, second.id, first.id]);
    const unsorted = await list('limit=100');
    assert.deepEqual(
      among(
        unsorted.body.items.map((auction) => auction.id),
        ids,
      ),
      [first.id, third.id, second.id],
    );
  });

  it('pages the newest order without gaps or repeats, on any replica', async () => {
    // Long enough that none ends before the last test reads the order again.
    for (let i = 0; i < 5; i++) await createAuction(url(i), seller.token, { durationSeconds: 900 });
    const whole = await allIds('newest');
    const paged = await allIds('newest', 2);
    assert.deepEqual(paged, whole);
    assert.ok(paged.length >= 8, `all open auctions: ${paged.length}`);
    const createdAt = await Promise.all(
      paged.map(
        async (id) => (await call<Auction>(url(0), 'GET', `/api/auctions/${id}`)).body.createdAt,
      ),
    );
    assert.deepEqual(createdAt, [...createdAt].sort().reverse(), 'latest listed first');
  });

  it('loses an auction from both orders when it is cancelled, bought or ends', async () => {
    const cancelled = await createAuction(url(0), seller.token);
    const bought = await createAuction(url(1), seller.token, { buyNowPrice: 5_000 });
    const ending = await createAuction(url(0), seller.token, { durationSeconds: 1 });
    const kept = await createAuction(url(1), seller.token, { durationSeconds: 900 });
    const ids = [cancelled.id, bought.id, ending.id, kept.id];
    assert.deepEqual(among(await allIds('newest'), ids), [...ids].reverse());

    const cancel = await call(url(1), 'POST', `/api/auctions/${cancelled.id}/cancel`, {
      token: seller.token,
    });
    assert.equal(cancel.status, 200, JSON.stringify(cancel.body));
    const buy = await call(url(0), 'POST', `/api/auctions/${bought.id}/buy-now`, {
      token: buyer.token,
    });
    assert.equal(buy.status, 201, JSON.stringify(buy.body));
    assert.equal((await placeBid(url(1), buyer.token, ending.id, 1_000)).status, 201);
    await eventually(
      async () =>
        (await call<Auction>(url(0), 'GET', `/api/auctions/${ending.id}`)).body.status === 'closed',
      10_000,
      100,
    );
    for (const sort of ['newest', 'ending'])
      assert.deepEqual(among(await allIds(sort), ids), [kept.id], sort);
    // Not just hidden by the list: gone from the index.
    const client = stack.redis.client();
    for (const id of [cancelled.id, bought.id, ending.id])
      assert.equal(await client.zscore(keys.openByListing, id), null, id);
    assert.notEqual(await client.zscore(keys.openByListing, kept.id), null);
    client.disconnect();
  });

  it('refuses a cursor of the other order, sort with closed auctions, an unknown sort', async () => {
    await threeListed();
    const newest = await list('sort=newest&limit=1');
    const ending = await list('sort=ending&limit=1');
    assert.ok(newest.body.nextCursor && ending.body.nextCursor);
    for (const query of [
      `sort=ending&cursor=${newest.body.nextCursor}`,
      `cursor=${newest.body.nextCursor}`,
      `sort=newest&cursor=${ending.body.nextCursor}`,
      'status=closed&sort=newest',
      'status=closed&sort=ending',
      'sort=price',
      'sort=',
    ]) {
      const reply = await list(query);
      assert.equal(reply.status, 400, query);
      assert.equal(reply.body.error?.code, 'VALIDATION_FAILED', query);
    }
    const next = await list(`sort=newest&limit=1&cursor=${newest.body.nextCursor}`);
    assert.equal(next.status, 200);
    assert.notEqual(next.body.items[0]?.id, newest.body.items[0]?.id);
  });

  it('is rebuilt by npm run backfill for auctions a previous release stored', async () => {
    const [first, second, third] = await threeListed();
    const ids = [first.id, second.id, third.id];
    const before = await allIds('newest');
    const closed = await createAuction(url(0), seller.token);
    const cancel = await call(url(0), 'POST', `/api/auctions/${closed.id}/cancel`, {
      token: seller.token,
    });
    assert.equal(cancel.status, 200);

    // What the previous release leaves: no index for what it created, and
    // the auctions it ended still in it.
    const client = stack.redis.client();
    await client.del(keys.openByListing);
    await client.zadd(keys.openByListing, Date.now(), closed.id);
    assert.deepEqual(await allIds('newest'), [], 'an ended auction is never listed as open');

    for (let run = 1; run <= 2; run++) {
      const backfill = runNode('app/backfill.ts', stack.redis.env);
      assert.equal((await backfill.exited).code, 0, backfill.output());
      assert.match(backfill.output(), /^Indexed \d+ auctions \(\d+ open\), their/m);
      assert.deepEqual(await allIds('newest'), before, `the same order (run ${run})`);
      assert.deepEqual(among(await allIds('newest'), ids), [third.id, second.id, first.id]);
      assert.equal(
        await client.zscore(keys.openByListing, closed.id),
        null,
        'the ended one is gone',
      );
    }
    client.disconnect();
  });
});

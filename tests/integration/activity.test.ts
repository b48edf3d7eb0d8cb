// "Minha atividade": the auctions a user bid on (`/api/me/buying`) and put up
// for sale (`/api/me/selling`), indexed by the scripts that take the bid or
// create the auction, whichever replica and transport they came through.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import type { Auction } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  placeBid,
  register,
  registerEach,
  type Session,
  sleep,
} from '../support/api-client.ts';
import { runNode } from '../support/processes.ts';
import { connectClient } from '../support/replicas.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

let seller: Session;
let alice: Session;
let bob: Session;
let carol: Session;

const stack = useReplicaStack(2, {
  setup: async () => {
    [seller, alice, bob, carol] = await registerEach(url(0), ['Seller', 'Alice', 'Bob', 'Carol']);
  },
});
const { url, sockets } = stack;

async function listed(who: Session | null, list: 'buying' | 'selling', replica = 0) {
  const reply = await call<{ items: Auction[] }>(url(replica), 'GET', `/api/me/${list}`, {
    token: who?.token,
  });
  return reply;
}

const ids = async (who: Session, list: 'buying' | 'selling', replica = 0) =>
  (await listed(who, list, replica)).body.items.map((auction) => auction.id);

describe('my activity', () => {
  it('lists the auctions a user bid on, the last one bid on first, with their live state', async () => {
    const first = await createAuction(url(0), seller.token);
    const second = await createAuction(url(1), seller.token);
    assert.equal((await placeBid(url(0), alice.token, first.id, 1_000)).status, 201);
    await sleep(5); // distinct Redis milliseconds, so the order is defined
    assert.equal((await placeBid(url(1), alice.token, second.id, 1_000)).status, 201);
    await sleep(5);
    assert.equal((await placeBid(url(1), bob.token, first.id, 1_100)).status, 201);

    assert.deepEqual(await ids(alice, 'buying', 1), [second.id, first.id]);
    assert.deepEqual(await ids(bob, 'buying'), [first.id]);
    const aliceFirst = (await listed(alice, 'buying')).body.items.find((a) => a.id === first.id);
    assert.equal(aliceFirst?.leader?.id, bob.user.id, 'the list shows that Alice was outbid');
    assert.equal(aliceFirst?.currentPrice, 1_100);

    await sleep(5);
    assert.equal((await placeBid(url(0), alice.token, first.id, 1_200)).status, 201);
    assert.deepEqual(
      await ids(alice, 'buying'),
      [first.id, second.id],
      'bidding again moves it up',
    );
  });

  it('counts socket bids, raised maxima and Buy It Now; never a refused bid', async () => {
    const viaSocket = await createAuction(url(0), seller.token);
    const bought = await createAuction(url(0), seller.token, { buyNowPrice: 5_000 });
    const socket = await connectClient(url(1), carol.token);
    sockets.push(socket);
    const ack = (await socket.emitWithAck('bid:place', {
      auctionId: viaSocket.id,
      amount: 1_000,
    })) as { ok: boolean };
    assert.equal(ack.ok, true);
    await sleep(5);
    const buy = await call(url(0), 'POST', `/api/auctions/${bought.id}/buy-now`, {
      token: carol.token,
    });
    assert.equal(buy.status, 201);
    const items = (await listed(carol, 'buying')).body.items;
    assert.deepEqual(
      items.map((a) => [a.id, a.status, a.winner?.id ?? null]),
      [
        [bought.id, 'closed', carol.user.id],
        [viaSocket.id, 'open', null],
      ],
    );

    await sleep(5);
    const raised = await call(url(1), 'PUT', `/api/auctions/${bought.id}/max-bid`, {
      token: carol.token,
      body: { maxAmount: 9_000 },
    });
    assert.equal(raised.status, 409, 'nothing to raise on a closed auction');
    const raise = await call(url(1), 'PUT', `/api/auctions/${viaSocket.id}/max-bid`, {
      token: carol.token,
      body: { maxAmount: 9_000 },
    });
    assert.equal(raise.status, 200);
    assert.deepEqual(await ids(carol, 'buying'), [viaSocket.id, bought.id]);

    const dave = await register(url(0), 'Dave');
    const tooLow = await placeBid(url(0), dave.token, viaSocket.id, 1_000);
    assert.equal(tooLow.status, 409);
    const ownAuction = await placeBid(url(0), seller.token, viaSocket.id, 50_000);
    assert.equal(ownAuction.status, 403);
    assert.deepEqual(await ids(dave, 'buying'), []);
    assert.ok(!(await ids(seller, 'buying')).includes(viaSocket.id));
  });

  it('lists the auctions a user sells, newest first, open and finished', async () => {
    const another = await register(url(0), 'Another seller');
    const older = await createAuction(url(0), another.token, { buyNowPrice: 3_000 });
    await sleep(5);
    const newer = await createAuction(url(1), another.token);
    await call(url(1), 'POST', `/api/auctions/${older.id}/buy-now`, { token: bob.token });

    const items = (await listed(another, 'selling', 1)).body.items;
    assert.deepEqual(
      items.map((a) => [a.id, a.status]),
      [
        [newer.id, 'open'],
        [older.id, 'closed'],
      ],
    );
    assert.deepEqual(await ids(bob, 'selling'), []);
  });

  it('rebuilds the lists of auctions stored before they were indexed (npm run backfill)', async () => {
    const [oldSeller, eve, frank, gina] = await Promise.all(
      ['Old seller', 'Eve', 'Frank', 'Gina'].map((name) => register(url(0), name)),
    );
    const plain = await createAuction(url(0), oldSeller!.token);
    await sleep(5);
    const contested = await createAuction(url(0), oldSeller!.token);
    await sleep(5);
    const reserved = await createAuction(url(0), oldSeller!.token, { reservePrice: 5_000 });
    for (const [who, auction, amount] of [
      [eve, plain, 1_000],
      [frank, contested, 1_000],
      [eve, contested, 1_100],
    ] as const) {
      await sleep(5);
      assert.equal((await placeBid(url(1), who!.token, auction.id, amount)).status, 201);
    }
    // A maximum above the reserve: Gina's own bid becomes an automatic one at the reserve.
    const automatic = await call<{ bids: { automatic: boolean }[] }>(
      url(0),
      'POST',
      `/api/auctions/${reserved.id}/bids`,
      { token: gina!.token, body: { amount: 1_000, maxAmount: 6_000 } },
    );
    assert.deepEqual(
      automatic.body.bids.map((b) => b.automatic),
      [true],
    );
    const lists = async () => ({
      eve: await ids(eve!, 'buying'),
      frank: await ids(frank!, 'buying'),
      gina: await ids(gina!, 'buying'),
      seller: await ids(oldSeller!, 'selling'),
    });
    const indexed = await lists();
    assert.deepEqual(indexed.eve, [contested.id, plain.id]);

    // What a store written by the previous release looks like: no indexes.
    const client = stack.redis.client();
    const indexKeys = [
      ...(await client.keys('arremate:user:*:buying')),
      ...(await client.keys('arremate:user:*:selling')),
    ];
    assert.ok(indexKeys.length >= 4, indexKeys.join());
    await client.del(...indexKeys);
    assert.deepEqual((await lists()).eve, []);

    for (let run = 1; run <= 2; run++) {
      const backfill = runNode('app/backfill.ts', stack.redis.env);
      assert.equal((await backfill.exited).code, 0, backfill.output());
      assert.match(
        backfill.output(),
        /^Indexed \d+ auctions \(\d+ open\), their \d+ bids and \d+ sessions\.$/m,
      );
      assert.deepEqual(await lists(), indexed, `the same lists, order included (run ${run})`);
    }
    client.disconnect();
  });

  it('pages through a long list, ties and later bids included, without gaps or repeats', async () => {
    const dana = await register(url(0), 'Dana');
    const auctions: Auction[] = [];
    for (let i = 0; i < 7; i++) {
      const auction = await createAuction(url(i), seller.token);
      assert.equal((await placeBid(url(i), dana.token, auction.id, 1_000)).status, 201);
      auctions.push(auction);
      await sleep(5); // distinct Redis milliseconds
    }
    const all = await ids(dana, 'buying');
    assert.deepEqual(all, auctions.map((auction) => auction.id).reverse());

    const page = async (cursor?: string, limit = 3) => {
      const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
      const reply = await call<{ items: Auction[]; nextCursor: string | null }>(
        url(1),
        'GET',
        `/api/me/buying?${query}`,
        { token: dana.token },
      );
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      return { ids: reply.body.items.map((auction) => auction.id), next: reply.body.nextCursor };
    };
    const first = await page();
    assert.deepEqual(first.ids, all.slice(0, 3));
    // Dana bids again on the third of the first page: it rises to the top,
    // above the cursor, and the later pages go on without it.
    assert.equal((await placeBid(url(0), dana.token, all[2]!, 1_100)).status, 201);
    const second = await page(first.next!);
    assert.deepEqual(second.ids, all.slice(3, 6));
    const third = await page(second.next!);
    assert.deepEqual(third, { ids: all.slice(6), next: null });

    // Equal scores (as a backfill may write): each entry once, the greater id first.
    const tied = auctions.map((auction) => auction.id);
    const client = stack.redis.client();
    await client.zadd(redisKeys().userBuying(dana.user.id), ...tied.flatMap((id) => [1, id]));
    client.disconnect();
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const next = await page(cursor, 2);
      walked.push(...next.ids);
      cursor = next.next ?? undefined;
    } while (cursor);
    assert.deepEqual(walked, [...tied].sort().reverse());

    for (const bad of ['limit=0', 'limit=201', 'cursor=not-a-cursor', 'other=1']) {
      const reply = await call<{ error: { code: string } }>(
        url(0),
        'GET',
        `/api/me/selling?${bad}`,
        {
          token: dana.token,
        },
      );
      assert.equal(reply.status, 400, bad);
      assert.equal(reply.body.error.code, 'VALIDATION_FAILED', bad);
    }
  });

  it('pages the watchlist the same way', async () => {
    const ema = await register(url(0), 'Ema');
    const watched: string[] = [];
    for (let i = 0; i < 3; i++) {
      const auction = await createAuction(url(i), seller.token);
      const put = await call(url(i), 'PUT', `/api/me/watchlist/${auction.id}`, {
        token: ema.token,
      });
      assert.equal(put.status, 204);
      watched.unshift(auction.id); // the last added first
      await sleep(5);
    }
    type Page = { items: Auction[]; nextCursor: string | null };
    const read = (query: string) =>
      call<Page>(url(1), 'GET', `/api/me/watchlist?${query}`, { token: ema.token });
    const whole = (await read('')).body;
    assert.deepEqual(
      { ids: whole.items.map((a) => a.id), next: whole.nextCursor },
      { ids: watched, next: null },
    );
    const first = (await read('limit=2')).body;
    assert.deepEqual(
      first.items.map((a) => a.id),
      watched.slice(0, 2),
    );
    const second = (await read(`limit=2&cursor=${first.nextCursor}`)).body;
    assert.deepEqual(
      { ids: second.items.map((a) => a.id), next: second.nextCursor },
      { ids: watched.slice(2), next: null },
    );
  });

  it('answers 401 without a session', async () => {
    for (const list of ['buying', 'selling'] as const) {
      const reply = await listed(null, list);
      assert.equal(reply.status, 401);
      assert.equal(
        (reply.body as unknown as { error: { code: string } }).error.code,
        'UNAUTHORIZED',
      );
    }
  });
});

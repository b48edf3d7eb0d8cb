// The public REST contract v1, end to end against a real Redis.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Auction } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  placeBid,
  register,
  sleep,
  type Session,
} from '../support/api-client.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';
import { startReplica, type Replica } from '../support/replicas.ts';

let redis: TestRedis;
let api: Replica;
let base: string;
let seller: Session;
let bidder: Session;

before(async () => {
  redis = await startRedis();
  api = await startReplica(redis);
  base = api.url;
  [seller, bidder] = await Promise.all([register(base, 'Seller'), register(base, 'Bidder')]);
});
after(async () => {
  await api.close();
  await redis.stop();
});

function assertError(reply: { status: number; body: unknown }, status: number, code: string) {
  const body = reply.body as { error?: { code?: string; message?: string } };
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  assert.equal(body.error?.code, code);
  assert.equal(typeof body.error?.message, 'string');
}

describe('accounts', () => {
  it('registers, signs in, tells who is signed in and signs out', async () => {
    const email = `maria-${Date.now()}@example.com`;
    const created = await call<Session>(base, 'POST', '/api/auth/register', {
      body: { name: 'Maria', email, password: 'uma senha longa' },
    });
    assert.equal(created.status, 201);
    assert.deepEqual(Object.keys(created.body.user).sort(), [
      'email',
      'emailVerified',
      'id',
      'name',
    ]);
    assert.equal(created.body.user.emailVerified, false, 'nobody followed a link yet');
    assert.ok(created.body.token.length >= 40, 'a 256-bit token');

    const login = await call<Session>(base, 'POST', '/api/auth/login', {
      body: { email: email.toUpperCase(), password: 'uma senha longa' },
    });
    assert.equal(login.status, 200);
    assert.equal(login.body.user.id, created.body.user.id);

    const me = await call<{ user: { id: string } }>(base, 'GET', '/api/auth/me', {
      token: login.body.token,
    });
    assert.equal(me.status, 200);
    assert.equal(me.body.user.id, created.body.user.id);

    assert.equal(
      (await call(base, 'POST', '/api/auth/logout', { token: login.body.token })).status,
      204,
    );
    assertError(
      await call(base, 'GET', '/api/auth/me', { token: login.body.token }),
      401,
      'UNAUTHORIZED',
    );
    assert.equal(
      (await call(base, 'GET', '/api/auth/me', { token: created.body.token })).status,
      200,
      'other sessions live on',
    );
  });

  it('refuses a taken e-mail, whatever its case', async () => {
    const email = `dup-${Date.now()}@example.com`;
    await call(base, 'POST', '/api/auth/register', {
      body: { name: 'A', email, password: 'password1' },
    });
    const again = await call(base, 'POST', '/api/auth/register', {
      body: { name: 'B', email: email.toUpperCase(), password: 'password2' },
    });
    assertError(again, 409, 'EMAIL_TAKEN');
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const wrong = await call<{ error: { message: string } }>(base, 'POST', '/api/auth/login', {
      body: { email: seller.user.email, password: 'wrong password' },
    });
    const unknown = await call<{ error: { message: string } }>(base, 'POST', '/api/auth/login', {
      body: { email: 'nobody@example.com', password: 'wrong password' },
    });
    assertError(wrong, 401, 'INVALID_CREDENTIALS');
    assertError(unknown, 401, 'INVALID_CREDENTIALS');
    assert.equal(wrong.body.error.message, unknown.body.error.message);
  });

  it('validates sign-up input', async () => {
    for (const body of [
      { name: 'x', email: 'not-an-email', password: 'password1' },
      { name: 'x', email: 'a@b.co', password: 'short' },
      { name: '', email: 'a@b.co', password: 'password1' },
      { name: '   ', email: 'blank@b.co', password: 'password1' },
      { name: 'x', email: 'a@b.co', password: 'password1', admin: true },
      { name: 5, email: 'a@b.co', password: 'password1' },
    ]) {
      assertError(
        await call(base, 'POST', '/api/auth/register', { body }),
        400,
        'VALIDATION_FAILED',
      );
    }
  });

  it('answers 401 for missing, malformed and unknown tokens', async () => {
    assertError(await call(base, 'GET', '/api/auth/me'), 401, 'UNAUTHORIZED');
    assertError(
      await call(base, 'GET', '/api/auth/me', { headers: { authorization: 'Basic abc' } }),
      401,
      'UNAUTHORIZED',
    );
    assertError(
      await call(base, 'GET', '/api/auth/me', { token: 'x'.repeat(43) }),
      401,
      'UNAUTHORIZED',
    );
  });
});

describe('auctions', () => {
  it('creates an auction with the documented defaults', async () => {
    const auction = await createAuction(base, seller.token, {
      title: '  Bicicleta  ',
      minIncrement: undefined,
      startingPrice: 15_000,
      durationSeconds: 120,
    });
    assert.equal(auction.title, 'Bicicleta');
    assert.equal(auction.status, 'open');
    assert.equal(auction.currentPrice, 15_000);
    assert.equal(auction.minimumBid, 15_000);
    assert.equal(auction.minIncrement, 250, 'the default table: R$ 2,50 between R$ 100 and R$ 250');
    assert.equal(auction.softCloseSeconds, 0);
    assert.equal(auction.bidCount, 0);
    assert.equal(auction.seq, 0);
    assert.equal(auction.leader, null);
    assert.equal(auction.winner, null);
    assert.equal(auction.closedAt, null);
    assert.deepEqual(auction.seller, { id: seller.user.id, name: seller.user.name });
    const duration = Date.parse(auction.endsAt) - Date.parse(auction.createdAt);
    assert.equal(duration, 120_000);

    const fetched = await call<Auction>(base, 'GET', `/api/auctions/${auction.id}`);
    assert.deepEqual(fetched.body, auction);
  });

  it('accepts an absolute end time', async () => {
    const endsAt = new Date(Date.now() + 3_600_000).toISOString();
    const auction = await createAuction(base, seller.token, {
      durationSeconds: undefined,
      endsAt,
      minIncrement: 500,
      softCloseSeconds: 120,
    });
    assert.equal(auction.endsAt, endsAt);
    assert.equal(auction.minIncrement, 500);
    assert.equal(auction.softCloseSeconds, 120);
  });

  it('refuses bad auction input with 400 and never a 5xx', async () => {
    const good = { title: 'Ok', startingPrice: 1000, durationSeconds: 60 };
    const bad: Record<string, unknown>[] = [
      { ...good, startPrice: 1000 },
      { ...good, startingPrice: 10.5 },
      { ...good, startingPrice: '1000' },
      { ...good, startingPrice: -1 },
      { ...good, startingPrice: 0 },
      { ...good, startingPrice: 1e15 },
      { ...good, startingPrice: null },
      { ...good, title: '' },
      { ...good, title: '    ' },
      { ...good, title: 'x'.repeat(121) },
      { ...good, description: 'x'.repeat(5001) },
      { ...good, durationSeconds: 0 },
      { ...good, durationSeconds: 31 * 24 * 3600 },
      { ...good, endsAt: new Date(Date.now() + 60_000).toISOString() },
      { title: 'Ok', startingPrice: 1000 },
      { title: 'Ok', startingPrice: 1000, endsAt: new Date(Date.now() - 1000).toISOString() },
      {
        title: 'Ok',
        startingPrice: 1000,
        endsAt: new Date(Date.now() + 31 * 86_400_000).toISOString(),
      },
      { title: 'Ok', startingPrice: 1000, endsAt: 'tomorrow' },
      { ...good, softCloseSeconds: 3601 },
      { ...good, minIncrement: 0 },
    ];
    for (const body of bad) {
      assertError(
        await call(base, 'POST', '/api/auctions', { token: seller.token, body }),
        400,
        'VALIDATION_FAILED',
      );
    }
    const poisoned =
      '{"title":"Ok","startingPrice":1000,"durationSeconds":60,"__proto__":{"admin":true}}';
    for (const body of ['[]', '"text"', '123', 'null', poisoned]) {
      const reply = await call(base, 'POST', '/api/auctions', { token: seller.token, body });
      assert.equal(reply.status, 400, body);
    }
  });

  it('lists open auctions soonest-ending first, with a cursor', async () => {
    const later = await createAuction(base, seller.token, { durationSeconds: 900 });
    const sooner = await createAuction(base, seller.token, { durationSeconds: 30 });
    const page = await call<{ items: Auction[]; nextCursor: string | null }>(
      base,
      'GET',
      '/api/auctions?status=open&limit=100',
    );
    assert.equal(page.status, 200);
    const ids = page.body.items.map((a) => a.id);
    assert.ok(ids.indexOf(sooner.id) < ids.indexOf(later.id));

    const first = await call<{ items: Auction[]; nextCursor: string }>(
      base,
      'GET',
      '/api/auctions?limit=1',
    );
    assert.equal(first.body.items.length, 1);
    assert.ok(first.body.nextCursor);
    const second = await call<{ items: Auction[] }>(
      base,
      'GET',
      `/api/auctions?limit=1&cursor=${first.body.nextCursor}`,
    );
    assert.notEqual(second.body.items[0]?.id, first.body.items[0]?.id);
  });

  it('refuses bad list queries', async () => {
    for (const query of [
      'status=bogus',
      'limit=0',
      'limit=abc',
      'limit=101',
      'cursor=%%%',
      'cursor=eyJ4IjoxfQ',
      'extra=1',
    ]) {
      assertError(await call(base, 'GET', `/api/auctions?${query}`), 400, 'VALIDATION_FAILED');
    }
  });

  it('answers 404 for an unknown auction and 400 for an impossible id', async () => {
    assertError(await call(base, 'GET', '/api/auctions/does-not-exist'), 404, 'AUCTION_NOT_FOUND');
    assertError(
      await call(base, 'GET', '/api/auctions/does-not-exist/bids'),
      404,
      'AUCTION_NOT_FOUND',
    );
    assertError(await call(base, 'GET', '/api/auctions/a:b*c'), 400, 'VALIDATION_FAILED');
  });
});

describe('bids', () => {
  it('accepts a bid and lists the history in seq order after a given seq', async () => {
    const auction = await createAuction(base, seller.token);
    const first = await placeBid(base, bidder.token, auction.id, 1000);
    assert.equal(first.status, 201);
    assert.equal(first.body.bid.seq, 1);
    assert.equal(first.body.auction.currentPrice, 1000);
    assert.equal(first.body.auction.minimumBid, 1100);
    assert.deepEqual(first.body.auction.leader, { id: bidder.user.id, name: bidder.user.name });
    const second = await placeBid(base, bidder.token, auction.id, 1100);
    assert.equal(second.body.bid.seq, 2);

    const all = await call<{ items: { seq: number }[] }>(
      base,
      'GET',
      `/api/auctions/${auction.id}/bids`,
    );
    assert.deepEqual(
      all.body.items.map((b) => b.seq),
      [1, 2],
    );
    const since = await call<{ items: { seq: number }[] }>(
      base,
      'GET',
      `/api/auctions/${auction.id}/bids?afterSeq=1`,
    );
    assert.deepEqual(
      since.body.items.map((b) => b.seq),
      [2],
    );
  });

  it('answers each refusal with its code', async () => {
    const auction = await createAuction(base, seller.token);
    await placeBid(base, bidder.token, auction.id, 2000);
    const low = await placeBid(base, bidder.token, auction.id, 2050);
    assertError(low, 409, 'BID_TOO_LOW');
    assert.equal(low.body.error?.minimumBid, 2100);
    assertError(await placeBid(base, seller.token, auction.id, 5000), 403, 'OWN_AUCTION');
    assertError(await placeBid(base, '', auction.id, 5000), 401, 'UNAUTHORIZED');
    assertError(await placeBid(base, '', auction.id, 'not even a number'), 401, 'UNAUTHORIZED');
    assertError(await placeBid(base, bidder.token, 'missing', 5000), 404, 'AUCTION_NOT_FOUND');
    for (const amount of [10.5, '5000', -5, 0, null, 1e20, true, [5000], { n: 1 }]) {
      assertError(await placeBid(base, bidder.token, auction.id, amount), 400, 'VALIDATION_FAILED');
    }
  });

  it('refuses bids once the auction has ended', async () => {
    const auction = await createAuction(base, seller.token, { durationSeconds: 1 });
    await sleep(1100);
    assertError(await placeBid(base, bidder.token, auction.id, 5000), 409, 'AUCTION_CLOSED');
  });
});

describe('HTTP edges', () => {
  it('answers malformed JSON with 400, a huge body with 413, a wrong media type with 415', async () => {
    assertError(
      await call(base, 'POST', '/api/auth/login', { body: '{"email":' }),
      400,
      'INVALID_JSON',
    );
    const huge = JSON.stringify({ name: 'x', email: 'a@b.co', password: 'x'.repeat(100_000) });
    assertError(
      await call(base, 'POST', '/api/auth/register', { body: huge }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    const reply = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<a/>',
    });
    assert.equal(reply.status, 415);
    assert.equal(
      ((await reply.json()) as { error: { code: string } }).error.code,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('answers unknown routes with a JSON 404', async () => {
    assertError(await call(base, 'GET', '/api/nothing-here'), 404, 'ROUTE_NOT_FOUND');
    assertError(await call(base, 'DELETE', '/api/auctions'), 404, 'ROUTE_NOT_FOUND');
  });

  it('serves health, readiness, the server clock, OpenAPI and the docs page', async () => {
    assert.equal((await call(base, 'GET', '/healthz')).status, 200);
    assert.equal((await call(base, 'GET', '/readyz')).status, 200);
    const time = await call<{ now: string }>(base, 'GET', '/api/time');
    assert.ok(Math.abs(Date.parse(time.body.now) - Date.now()) < 5_000);
    const openapi = await call<{ openapi: string; paths: Record<string, unknown> }>(
      base,
      'GET',
      '/openapi.json',
    );
    assert.match(openapi.body.openapi, /^3\./);
    for (const path of [
      '/api/auth/register',
      '/api/auctions',
      '/api/auctions/{id}/bids',
      '/api/auctions/{id}/report',
      '/api/me/buying',
      '/api/me/selling',
    ]) {
      assert.ok(openapi.body.paths[path], path);
    }
    const docs = await fetch(`${base}/docs`);
    assert.equal(docs.status, 200);
    assert.match(await docs.text(), /swagger/i);
  });

  it('serves a stored report and 404 REPORT_NOT_READY before it', async () => {
    const auction = await createAuction(base, seller.token);
    assertError(
      await call(base, 'GET', `/api/auctions/${auction.id}/report`),
      404,
      'REPORT_NOT_READY',
    );
    const report = {
      auctionId: auction.id,
      report: 'r',
      email: null,
      post: 'p',
      generatedBy: 'mock',
      createdAt: new Date().toISOString(),
    };
    await redis.client().set(`arremate:report:${auction.id}`, JSON.stringify(report));
    assert.deepEqual((await call(base, 'GET', `/api/auctions/${auction.id}/report`)).body, report);
    assertError(await call(base, 'GET', '/api/auctions/nope/report'), 404, 'AUCTION_NOT_FOUND');
  });
});

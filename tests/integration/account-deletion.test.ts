// Deleting one's account (`DELETE /api/auth/me` {password}): refused without
// the password, while the account sells or leads an open auction and for 30
// days after it sold or won one; once
// done, every session ends on every replica (sockets too), the e-mail can
// sign up again, the account's private data is gone from Redis and the
// public record (names on past bids and auctions) stays.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import type { Auction, Bid } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  eventually,
  placeBid,
  register,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { connectClient } from '../support/replicas.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

const PASSWORD = 'correct horse battery'; // what support/api-client.ts registers with
let seller: Session;

const stack = useReplicaStack(2, {
  setup: async () => {
    seller = await register(url(0), 'Seller');
  },
});
const { url, sockets } = stack;

const keys = redisKeys();

const deleteAccount = (who: Session, password: unknown = PASSWORD, replica = 0) =>
  call<{ error?: { code: string; auctionId?: string; availableAt?: string } }>(
    url(replica),
    'DELETE',
    '/api/auth/me',
    {
      token: who.token,
      body: { password },
    },
  );

const me = (who: Session, replica: number) =>
  call(url(replica), 'GET', '/api/auth/me', { token: who.token });

describe('deleting an account', { timeout: 60_000 }, () => {
  it('needs the password, and leaves everything as it was when refused', async () => {
    const ana = await register(url(0), 'Ana');
    for (const [password, status, code] of [
      ['wrong password', 403, 'WRONG_PASSWORD'],
      ['', 400, 'VALIDATION_FAILED'],
      [12345678, 400, 'VALIDATION_FAILED'],
    ] as const) {
      const reply = await deleteAccount(ana, password);
      assert.equal(reply.status, status, String(password));
      assert.equal(reply.body.error?.code, code);
    }
    const noPassword = await call<{ error: { code: string } }>(url(0), 'DELETE', '/api/auth/me', {
      token: ana.token,
      body: {},
    });
    assert.equal(noPassword.status, 400);
    assert.equal(noPassword.body.error.code, 'VALIDATION_FAILED');
    const anonymous = await call<{ error: { code: string } }>(url(1), 'DELETE', '/api/auth/me', {
      body: { password: PASSWORD },
    });
    assert.equal(anonymous.status, 401);
    assert.equal((await me(ana, 1)).status, 200, 'still signed in');
  });

  it('is refused while the account sells an open auction or leads one', async () => {
    const bea = await register(url(0), 'Bea');
    const own = await createAuction(url(0), bea.token);
    const selling = await deleteAccount(bea);
    assert.equal(selling.status, 409);
    assert.deepEqual(
      [selling.body.error?.code, selling.body.error?.auctionId],
      ['SELLING_OPEN_AUCTION', own.id],
    );
    const cancel = await call(url(1), 'POST', `/api/auctions/${own.id}/cancel`, {
      token: bea.token,
    });
    assert.equal(cancel.status, 200);

    const other = await createAuction(url(0), seller.token);
    assert.equal((await placeBid(url(1), bea.token, other.id, 1_000)).status, 201);
    const leading = await deleteAccount(bea, PASSWORD, 1);
    assert.equal(leading.status, 409);
    assert.deepEqual(
      [leading.body.error?.code, leading.body.error?.auctionId],
      ['LEADING_OPEN_AUCTION', other.id],
    );
    assert.equal((await me(bea, 0)).status, 200);

    // Outbid, she has no part left in it.
    const carl = await register(url(1), 'Carl');
    assert.equal((await placeBid(url(0), carl.token, other.id, 1_100)).status, 201);
    assert.equal((await deleteAccount(bea)).status, 204);
  });

  it('ends every session everywhere, frees the e-mail and erases the private data', async () => {
    const dani = await register(url(0), 'Dani');
    const daniElsewhere = await call<Session>(url(1), 'POST', '/api/auth/login', {
      body: { email: dani.user.email, password: PASSWORD },
    });
    assert.equal(daniElsewhere.status, 200);
    const auction = await createAuction(url(1), seller.token);
    assert.equal((await placeBid(url(0), dani.token, auction.id, 1_000)).status, 201);
    // A bid she took back elsewhere: her profile counts it, by when.
    const retractedOn = await createAuction(url(1), seller.token);
    assert.equal((await placeBid(url(0), dani.token, retractedOn.id, 1_000)).status, 201);
    const retracted = await call(url(1), 'POST', `/api/auctions/${retractedOn.id}/bids/retract`, {
      token: dani.token,
    });
    assert.equal(retracted.status, 200);
    const eli = await register(url(1), 'Eli');
    assert.equal((await placeBid(url(1), eli.token, auction.id, 1_100)).status, 201);
    const watched = await call(url(0), 'PUT', `/api/me/watchlist/${auction.id}`, {
      token: dani.token,
    });
    assert.ok(watched.status < 300, String(watched.status));
    // Both sessions are known (cached) on both replicas, and hold a socket.
    for (const who of [dani, daniElsewhere.body])
      for (const replica of [0, 1]) assert.equal((await me(who, replica)).status, 200);
    const socket = await connectClient(url(1), daniElsewhere.body.token);
    sockets.push(socket);
    const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));

    assert.equal((await deleteAccount(dani)).status, 204);
    await disconnected;
    for (const who of [dani, daniElsewhere.body])
      for (const replica of [0, 1])
        await eventually(async () => (await me(who, replica)).status === 401);

    const login = await call<{ error: { code: string } }>(url(0), 'POST', '/api/auth/login', {
      body: { email: dani.user.email, password: PASSWORD },
    });
    assert.equal(login.status, 401);
    assert.equal(login.body.error.code, 'INVALID_CREDENTIALS');

    // What Redis still holds of her: nothing private.
    const client = stack.redis.client();
    const left = await client.keys(`*${dani.user.id}*`);
    assert.deepEqual(left, [], 'no key names her');
    assert.equal(await client.get(keys.userByEmail(dani.user.email)), null);
    assert.equal(await client.sismember(keys.auctionWatchers(auction.id), dani.user.id), 0);
    client.disconnect();

    // The public record stays: her bid, with the name everyone saw.
    const bids = await call<{ items: Bid[] }>(url(1), 'GET', `/api/auctions/${auction.id}/bids`);
    assert.deepEqual(
      bids.body.items.map((bid) => bid.bidder),
      [dani.user, eli.user].map(({ id, name }) => ({ id, name })),
    );

    // The e-mail signs up again, as a new account.
    const again = await call<Session>(url(1), 'POST', '/api/auth/register', {
      body: { name: 'Dani de novo', email: dani.user.email, password: PASSWORD },
    });
    assert.equal(again.status, 201);
    assert.notEqual(again.body.user.id, dani.user.id);
  });

  it('waits 30 days after a sale, for its buyer and seller only', async () => {
    const [fabi, gil, hana, kai] = await registerEach(url(0), ['Fabi', 'Gil', 'Hana', 'Kai']);
    const sold = await createAuction(url(0), gil.token, {
      reservePrice: 10_000,
      buyNowPrice: 20_000,
    });
    // Hana bids below the reserve (Buy It Now stays offered), then loses it to Fabi.
    assert.equal((await placeBid(url(1), hana.token, sold.id, 1_000)).status, 201);
    const bought = await call<{ auction: Auction }>(
      url(1),
      'POST',
      `/api/auctions/${sold.id}/buy-now`,
      { token: fabi.token },
    );
    assert.equal(bought.status, 201);
    const closedAt = Date.parse(bought.body.auction.closedAt ?? '');
    const availableAt = new Date(closedAt + 30 * 86_400_000).toISOString();
    for (const [who, replica] of [
      [fabi, 1],
      [gil, 0],
    ] as const) {
      const held = await deleteAccount(who, PASSWORD, replica);
      assert.equal(held.status, 409, who.user.name);
      assert.deepEqual(
        [held.body.error?.code, held.body.error?.auctionId, held.body.error?.availableAt],
        ['SALE_IN_PROGRESS', sold.id, availableAt],
      );
      assert.equal((await me(who, 0)).status, 200);
    }
    // Who only bid on it has no part in the sale.
    assert.equal((await deleteAccount(hana)).status, 204);
    // Nor has the seller of an auction that ended unsold.
    const unsold = await createAuction(url(0), kai.token, { durationSeconds: 1 });
    await eventually(async () => {
      const { body } = await call<Auction>(url(1), 'GET', `/api/auctions/${unsold.id}`);
      return body.status === 'closed';
    });
    assert.equal((await deleteAccount(kai)).status, 204);

    // The close moved back: a minute short of 30 days still holds; a second past, both can go.
    const client = stack.redis.client();
    await client.hset(keys.auction(sold.id), 'closedAt', Date.now() - 30 * 86_400_000 + 60_000);
    assert.equal((await deleteAccount(gil)).status, 409);
    await client.hset(keys.auction(sold.id), 'closedAt', Date.now() - 30 * 86_400_000 - 1_000);
    client.disconnect();
    assert.equal((await deleteAccount(gil, PASSWORD, 1)).status, 204);
    assert.equal((await deleteAccount(fabi, PASSWORD, 1)).status, 204);
    // The public record keeps the winner's name.
    const auction = await call<Auction>(url(1), 'GET', `/api/auctions/${sold.id}`);
    assert.deepEqual(auction.body.winner, { id: fabi.user.id, name: 'Fabi' });
  });

  it('tells the other party of a past sale that the account is gone', async () => {
    const [ivo, jade] = await registerEach(url(0), ['Ivo', 'Jade']);
    const sold = await createAuction(url(0), jade.token, { buyNowPrice: 5_000 });
    const bought = await call(url(1), 'POST', `/api/auctions/${sold.id}/buy-now`, {
      token: ivo.token,
    });
    assert.equal(bought.status, 201);
    const client = stack.redis.client();
    await client.hset(keys.auction(sold.id), 'closedAt', Date.now() - 31 * 86_400_000);
    client.disconnect();
    assert.equal((await deleteAccount(ivo, PASSWORD, 1)).status, 204);
    const contact = await call<{ error: { code: string; role: string; name: string } }>(
      url(0),
      'GET',
      `/api/auctions/${sold.id}/contact`,
      { token: jade.token },
    );
    assert.equal(contact.status, 410);
    assert.deepEqual(
      [contact.body.error.code, contact.body.error.role, contact.body.error.name],
      ['ACCOUNT_DELETED', 'buyer', 'Ivo'],
    );
  });
});

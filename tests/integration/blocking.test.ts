// A seller's blocked users (`/api/me/blocked`): someone blocked may not bid
// on (REST or socket, with or without a maximum, nor raise one), buy or ask
// about the seller's auctions — on any replica, at once — while bids placed
// before stand and other sellers' auctions are untouched. Real Redis, two
// replicas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redisKeys } from '../../core/redis/keys.ts';
import { MAX_BLOCKED, type AccountExport, type PublicUser } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  placeBid,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { connectClient } from '../support/replicas.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

type Refusal = { error?: { code: string } };

let seller: Session;
let otherSeller: Session;
let pest: Session;
let friend: Session;
const stack = useReplicaStack(2, {
  env: { ACCOUNT_DELETION_HOLD_DAYS: '0' },
  setup: async () => {
    [seller, otherSeller, pest, friend] = await registerEach(stack.url(), [
      'Seller',
      'Other seller',
      'Zeca Pest',
      'Ana Friend',
    ] as const);
  },
});
const { url } = stack;

const block = (who: Session, id: string, replica = 0) =>
  call<Refusal>(url(replica), 'PUT', `/api/me/blocked/${id}`, { token: who.token });
const unblock = (who: Session, id: string) =>
  call<Refusal>(url(1), 'DELETE', `/api/me/blocked/${id}`, { token: who.token });
const blocked = async (who: Session) =>
  (await call<{ items: PublicUser[] }>(url(1), 'GET', '/api/me/blocked', { token: who.token })).body
    .items;
const codeOf = (reply: { status: number; body: Refusal }) => [reply.status, reply.body.error?.code];

describe('blocking a user', () => {
  it('stops their bids, purchases and questions on the seller’s auctions only', async () => {
    const auction = await createAuction(url(), seller.token, { buyNowPrice: 90_000 });
    const elsewhere = await createAuction(url(), otherSeller.token);
    // A bid placed before the block stands.
    assert.equal((await placeBid(url(), pest.token, auction.id, 1000)).status, 201);

    assert.equal((await block(seller, pest.user.id)).status, 204);
    assert.equal((await block(seller, pest.user.id, 1)).status, 204, 'twice is once');
    assert.deepEqual(await blocked(seller), [{ id: pest.user.id, name: 'Zeca Pest' }]);

    // On the other replica, at once: REST bids, with a maximum, raising one, Buy It Now, questions.
    const refused = [
      await placeBid(url(1), pest.token, auction.id, 5000),
      await call<Refusal>(url(1), 'POST', `/api/auctions/${auction.id}/bids`, {
        token: pest.token,
        body: { amount: 1100, maxAmount: 9000 },
      }),
      await call<Refusal>(url(1), 'PUT', `/api/auctions/${auction.id}/max-bid`, {
        token: pest.token,
        body: { maxAmount: 20_000 },
      }),
      await call<Refusal>(url(1), 'POST', `/api/auctions/${auction.id}/buy-now`, {
        token: pest.token,
      }),
      await call<Refusal>(url(1), 'POST', `/api/auctions/${auction.id}/questions`, {
        token: pest.token,
        body: { text: 'Ainda está disponível?' },
      }),
    ];
    for (const reply of refused) assert.deepEqual(codeOf(reply), [403, 'BLOCKED_BY_SELLER']);
    // Over a socket too.
    const socket = await connectClient(url(1), pest.token);
    stack.sockets.push(socket);
    const ack = await socket.emitWithAck('bid:place', { auctionId: auction.id, amount: 6000 });
    assert.deepEqual([ack.ok, ack.error?.code], [false, 'BLOCKED_BY_SELLER']);

    const read = await call<{ currentPrice: number; bidCount: number; leader: PublicUser }>(
      url(),
      'GET',
      `/api/auctions/${auction.id}`,
    );
    assert.deepEqual(
      [read.body.currentPrice, read.body.bidCount, read.body.leader.id],
      [1000, 1, pest.user.id],
      'nothing changed, and the earlier bid stands',
    );
    // Someone else still bids; the blocked user still bids on other sellers' auctions.
    assert.equal((await placeBid(url(), friend.token, auction.id, 1100)).status, 201);
    assert.equal((await placeBid(url(), pest.token, elsewhere.id, 1000)).status, 201);

    // Unblocked: bidding again.
    assert.equal((await unblock(seller, pest.user.id)).status, 204);
    assert.equal((await unblock(seller, pest.user.id)).status, 204, 'unblocking twice is fine');
    assert.deepEqual(await blocked(seller), []);
    assert.equal((await placeBid(url(1), pest.token, auction.id, 1200)).status, 201);
  });

  it('refuses oneself, unknown users, bad ids and anonymous callers', async () => {
    assert.deepEqual(codeOf(await block(seller, seller.user.id)), [400, 'VALIDATION_FAILED']);
    assert.deepEqual(codeOf(await block(seller, 'nobody-at-all')), [404, 'USER_NOT_FOUND']);
    assert.deepEqual(codeOf(await block(seller, 'bad id!')), [400, 'VALIDATION_FAILED']);
    const anonymous = await call<Refusal>(url(), 'PUT', `/api/me/blocked/${pest.user.id}`);
    assert.equal(anonymous.status, 401);
    assert.equal((await call(url(), 'GET', '/api/me/blocked')).status, 401);
    assert.deepEqual(await blocked(seller), []);
  });

  it(`takes at most ${MAX_BLOCKED}`, async () => {
    const [collector] = await registerEach(url(), ['Collector'] as const);
    const client = stack.redis.client();
    const key = redisKeys().userBlocked(collector.user.id);
    await client.sadd(key, ...Array.from({ length: MAX_BLOCKED }, (_, i) => `gone-${i}`));
    assert.deepEqual(codeOf(await block(collector, pest.user.id)), [409, 'TOO_MANY_BLOCKED']);
    assert.equal(await client.sismember(key, pest.user.id), 0);
    assert.deepEqual(await blocked(collector), [], 'accounts that are gone are left out');
    await client.srem(key, 'gone-0');
    assert.equal((await block(collector, pest.user.id)).status, 204);
    client.disconnect();
  });

  it('is in the export, and goes with the account', async () => {
    const [ana] = await registerEach(url(), ['Ana'] as const);
    await block(ana, friend.user.id);
    await block(ana, pest.user.id);
    const exported = await call<AccountExport>(url(), 'GET', '/api/me/export', {
      token: ana.token,
    });
    assert.deepEqual(
      exported.body.blocked.map((user) => user.name),
      ['Ana Friend', 'Zeca Pest'],
      'by name',
    );
    const deleted = await call(url(), 'DELETE', '/api/auth/me', {
      token: ana.token,
      body: { password: 'correct horse battery' },
    });
    assert.equal(deleted.status, 204);
    const client = stack.redis.client();
    assert.equal(await client.exists(redisKeys().userBlocked(ana.user.id)), 0);
    client.disconnect();
  });
});

// GET /api/auctions/:id/contact: the seller and the buyer of a sold auction
// see each other's name and e-mail, nobody else does, and nothing is shown
// before there is a sale. Real Redis, two replicas.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Auction } from '../../core/schemas.ts';
import { call, createAuction, register, type Session } from '../support/api-client.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';
import { startReplicas, type Replica } from '../support/replicas.ts';

let redis: TestRedis;
let replicas: Replica[];
let seller: Session;
let alice: Session;
let bob: Session;

before(async () => {
  redis = await startRedis();
  replicas = await startReplicas(redis, 2);
  const url = replicas[0]!.url;
  [seller, alice, bob] = await Promise.all([
    register(url, 'Seller'),
    register(url, 'Alice'),
    register(url, 'Bob'),
  ]);
});
after(async () => {
  await Promise.all(replicas.map((replica) => replica.close()));
  await redis.stop();
});

const contact = (auctionId: string, who?: Session, replica = 0) =>
  call<{ role: string; name: string; email: string; error?: { code: string } }>(
    replicas[replica]!.url,
    'GET',
    `/api/auctions/${auctionId}/contact`,
    who ? { token: who.token } : {},
  );

describe('the contact between the parties of a sale', () => {
  it('is shown to the seller and the buyer, each the other’s, and to nobody else', async () => {
    const auction = await createAuction(replicas[0]!.url, seller.token, { buyNowPrice: 9_000 });
    const before = await contact(auction.id, seller);
    assert.deepEqual([before.status, before.body.error?.code], [409, 'NOT_SOLD']);

    const bought = await call<{ auction: Auction }>(
      replicas[1]!.url,
      'POST',
      `/api/auctions/${auction.id}/buy-now`,
      { token: alice.token },
    );
    assert.equal(bought.status, 201);

    const toSeller = await contact(auction.id, seller, 1);
    assert.equal(toSeller.status, 200);
    assert.deepEqual(toSeller.body, { role: 'buyer', name: 'Alice', email: alice.user.email });
    const toBuyer = await contact(auction.id, alice);
    assert.deepEqual(toBuyer.body, { role: 'seller', name: 'Seller', email: seller.user.email });

    const outsider = await contact(auction.id, bob);
    assert.deepEqual([outsider.status, outsider.body.error?.code], [403, 'NOT_A_PARTY']);
    assert.equal(JSON.stringify(outsider.body).includes('@'), false);
    assert.equal((await contact(auction.id)).status, 401);
    const missing = await contact('00000000-0000-4000-8000-000000000000', seller);
    assert.deepEqual([missing.status, missing.body.error?.code], [404, 'AUCTION_NOT_FOUND']);
  });

  it('does not exist while bidding goes on, nor for a cancelled auction', async () => {
    const open = await createAuction(replicas[0]!.url, seller.token);
    await call(replicas[0]!.url, 'POST', `/api/auctions/${open.id}/bids`, {
      token: bob.token,
      body: { amount: open.minimumBid },
    });
    const leading = await contact(open.id, seller);
    assert.deepEqual([leading.status, leading.body.error?.code], [409, 'NOT_SOLD']);

    const cancelled = await createAuction(replicas[0]!.url, seller.token);
    await call(replicas[0]!.url, 'POST', `/api/auctions/${cancelled.id}/cancel`, {
      token: seller.token,
    });
    const reply = await contact(cancelled.id, seller);
    assert.deepEqual([reply.status, reply.body.error?.code], [409, 'NOT_SOLD']);
  });
});

// GET /api/auctions/:id/contact: the seller and the buyer of a sold auction
// see each other's name and e-mail, nobody else does, and nothing is shown
// before there is a sale. Real Redis, two replicas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Auction } from '../../core/schemas.ts';
import { call, createAuction, registerEach, type Session } from '../support/api-client.ts';
import { useReplicaStack } from '../support/replica-stack.ts';

let seller: Session;
let alice: Session;
let bob: Session;

const stack = useReplicaStack(2, {
  setup: async () => {
    [seller, alice, bob] = await registerEach(stack.url(0), ['Seller', 'Alice', 'Bob']);
  },
});

const contact = (auctionId: string, who?: Session, replica = 0) =>
  call<{ role: string; name: string; email: string; error?: { code: string } }>(
    stack.replicas[replica]!.url,
    'GET',
    `/api/auctions/${auctionId}/contact`,
    who ? { token: who.token } : {},
  );

describe('the contact between the parties of a sale', () => {
  it('is shown to the seller and the buyer, each the other’s, and to nobody else', async () => {
    const auction = await createAuction(stack.url(0), seller.token, { buyNowPrice: 9_000 });
    const before = await contact(auction.id, seller);
    assert.deepEqual([before.status, before.body.error?.code], [409, 'NOT_SOLD']);

    const bought = await call<{ auction: Auction }>(
      stack.url(1),
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
    const open = await createAuction(stack.url(0), seller.token);
    await call(stack.url(0), 'POST', `/api/auctions/${open.id}/bids`, {
      token: bob.token,
      body: { amount: open.minimumBid },
    });
    const leading = await contact(open.id, seller);
    assert.deepEqual([leading.status, leading.body.error?.code], [409, 'NOT_SOLD']);

    const cancelled = await createAuction(stack.url(0), seller.token);
    await call(stack.url(0), 'POST', `/api/auctions/${cancelled.id}/cancel`, {
      token: seller.token,
    });
    const reply = await contact(cancelled.id, seller);
    assert.deepEqual([reply.status, reply.body.error?.code], [409, 'NOT_SOLD']);
  });
});

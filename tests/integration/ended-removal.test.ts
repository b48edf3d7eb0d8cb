// Taking down an auction that had ended (`POST /api/moderation/auctions/:id/remove`
// on a closed or seller-cancelled one): its result stands — a sale is between
// its parties —, it is marked removed with the reason, its watchers and its
// seller's devices hear it on every replica, it leaves the ended-auctions
// search, no one may report it again, and its seller may appeal; reversed, it
// returns to the search. Real Redis, two replicas.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAuctionStore } from '../../core/redis/auction-store.ts';
import { redisKeys } from '../../core/redis/keys.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import type { Appeal, Auction, GivenFlag } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  eventually,
  placeBid,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { grantModerators } from '../support/moderators.ts';
import { useReplicaStack } from '../support/replica-stack.ts';
import { connectClient, nextEvent as next } from '../support/replicas.ts';

type Refusal = { error?: { code: string } };

let seller: Session;
let buyer: Session;
let reporter: Session;
let mara: Session;
let otto: Session;
const stack = useReplicaStack(2, {
  setup: async () => {
    [seller, buyer, reporter, mara, otto] = await registerEach(stack.url(), [
      'Vendedora',
      'Comprador',
      'Denunciante',
      'Mara',
      'Otto',
    ] as const);
    grantModerators(stack.redis, mara, otto);
  },
});
const { url } = stack;

const as = <T>(who: Session, method: string, path: string, body?: unknown, replica = 0) =>
  call<T & Refusal>(url(replica), method, path, { token: who.token, body });
const remove = (auctionId: string, reason = 'counterfeit', who = mara) =>
  as<{ auction: Auction }>(who, 'POST', `/api/moderation/auctions/${auctionId}/remove`, {
    reason,
  });
const read = async (auctionId: string) =>
  (await call<Auction>(url(1), 'GET', `/api/auctions/${auctionId}`)).body;
const codeOf = (reply: { status: number; body: Refusal }) => [reply.status, reply.body.error?.code];
/** Whether each replica's ended-auctions search finds the title's words. */
const endedSearchFinds = async (words: string, auctionId: string, found: boolean) => {
  for (const replica of [0, 1])
    await eventually(async () => {
      const page = await call<{ items: Auction[] }>(
        url(replica),
        'GET',
        `/api/auctions/search?status=closed&q=${encodeURIComponent(words)}`,
      );
      return page.status === 200 && page.body.items.some((a) => a.id === auctionId) === found;
    });
};

async function soldAuction(title: string): Promise<Auction> {
  const auction = await createAuction(url(), seller.token, { title, durationSeconds: 2 });
  assert.equal((await placeBid(url(), buyer.token, auction.id, auction.startingPrice)).status, 201);
  await eventually(async () => (await read(auction.id)).status === 'closed');
  return read(auction.id);
}

describe('taking down an ended auction', () => {
  it('keeps its sale, marks it removed everywhere and takes it out of the ended search', async () => {
    const sold = await soldAuction('Tênis réplica vendido');
    assert.equal(sold.outcome, 'SOLD');
    const report = await as(reporter, 'POST', `/api/auctions/${sold.id}/flags`, {
      reason: 'counterfeit',
    });
    assert.equal(report.status, 204, 'ended auctions may be reported');
    await endedSearchFinds('tenis replica', sold.id, true);

    const watcher = await connectClient(url(1));
    const sellerDevice = await connectClient(url(0), seller.token);
    stack.sockets.push(watcher, sellerDevice);
    await watcher.emitWithAck('auction:watch', { auctionId: sold.id });
    const heard = next<{ auction: Auction }>(watcher, 'auction:edited');
    const told = next<{ auctionId: string; auction: Auction }>(sellerDevice, 'auction:removed');

    // The worker's report, as it stores it once the auction closed.
    const client = stack.redis.client();
    const storedReport = { auctionId: sold.id, report: 'Vendido.', email: null, post: 'Vendido!' };
    await client.set(
      redisKeys().report(sold.id),
      JSON.stringify({ ...storedReport, generatedBy: 'mock', createdAt: sold.closedAt }),
    );
    const reportOf = () => call<Refusal>(url(1), 'GET', `/api/auctions/${sold.id}/report`);
    assert.equal((await reportOf()).status, 200);

    const removed = await remove(sold.id);
    assert.equal(removed.status, 200);
    assert.deepEqual(codeOf(await reportOf()), [410, 'REPORT_WITHDRAWN'], 'withdrawn with it');
    const shape = (a: Auction) => ({
      status: a.status,
      outcome: a.outcome,
      winner: a.winner?.id,
      finalPrice: a.currentPrice,
      removalReason: a.removalReason,
      seq: a.seq,
    });
    const expected = { ...shape(sold), removalReason: 'counterfeit' };
    assert.deepEqual(shape(removed.body.auction), expected, 'its result stands');
    assert.deepEqual(shape((await heard).auction), expected, 'watchers on the other replica');
    const notice = await told;
    assert.deepEqual([notice.auctionId, notice.auction.removalReason], [sold.id, 'counterfeit']);
    assert.deepEqual(shape(await read(sold.id)), expected);
    await endedSearchFinds('tenis replica', sold.id, false);
    // A replica reading the search afresh leaves it out too.
    const store = createAuctionStore(loadScripts(client), redisKeys());
    assert.ok(!(await store.endedAuctionEntries(90)).some((entry) => entry.id === sold.id));

    // Once: no second removal, no new reports; the reporter reads it removed.
    assert.deepEqual(codeOf(await remove(sold.id, 'fraud', otto)), [409, 'ALREADY_REMOVED']);
    const [other] = await registerEach(url(), ['Outra'] as const);
    assert.deepEqual(
      codeOf(await as(other, 'POST', `/api/auctions/${sold.id}/flags`, { reason: 'fraud' })),
      [409, 'AUCTION_CANCELLED'],
    );
    const mine = await as<{ items: GivenFlag[] }>(reporter, 'GET', '/api/me/flags');
    assert.equal(mine.body.items.find((f) => f.auctionId === sold.id)?.status, 'removed');
    const queue = await as<{ items: { auction: Auction }[] }>(mara, 'GET', '/api/moderation/queue');
    assert.ok(!queue.body.items.some((item) => item.auction.id === sold.id), 'reviewed');

    // The parties still reach each other: the sale is theirs to settle.
    assert.equal((await as(buyer, 'GET', `/api/auctions/${sold.id}/contact`)).status, 200);

    // Its seller appeals the removal, dated when it was removed, not when it closed.
    const lodged = await as<{ appeal: Appeal }>(seller, 'POST', `/api/auctions/${sold.id}/appeal`, {
      text: 'É original.',
    });
    assert.equal(lodged.status, 201);
    const removedAt = Number(await client.hget(redisKeys().auction(sold.id), 'removedAt'));
    assert.equal(Date.parse(lodged.body.appeal.decision.decidedAt), removedAt);
    assert.ok(removedAt > Date.parse(sold.closedAt ?? ''), 'after the close');
    const decided = await as(
      otto,
      'POST',
      `/api/moderation/appeals/${lodged.body.appeal.id}/decide`,
      {
        outcome: 'reversed',
        reply: 'Nota fiscal conferida.',
      },
    );
    assert.equal(decided.status, 200);
    assert.equal((await read(sold.id)).removalReversed, true);
    assert.equal((await reportOf()).status, 200, 'published again with it');
    await endedSearchFinds('tenis replica', sold.id, true);
    assert.ok((await store.endedAuctionEntries(90)).some((entry) => entry.id === sold.id));
    client.disconnect();
  });

  it('takes down one its seller cancelled, which stays cancelled', async () => {
    const cancelled = await createAuction(url(), seller.token, { title: 'Cancelado ofensivo' });
    assert.equal((await as(seller, 'POST', `/api/auctions/${cancelled.id}/cancel`)).status, 200);
    const before = await read(cancelled.id);
    const removed = await remove(cancelled.id, 'offensive');
    assert.equal(removed.status, 200);
    assert.deepEqual(
      [
        removed.body.auction.status,
        removed.body.auction.outcome,
        removed.body.auction.removalReason,
      ],
      [before.status, before.outcome, 'offensive'],
    );
    assert.deepEqual(codeOf(await remove(cancelled.id)), [409, 'ALREADY_REMOVED']);
  });

  it('keeps a removed ended auction’s photos from being published again', async () => {
    const sold = await soldAuction('Foto proibida');
    assert.equal((await remove(sold.id, 'prohibited')).status, 200);
    const relisted = await createAuction(url(), seller.token);
    const copy = await as(seller, 'POST', `/api/auctions/${relisted.id}/photos/copy`, {
      fromAuctionId: sold.id,
    });
    assert.deepEqual(codeOf(copy), [409, 'AUCTION_CANCELLED']);
  });
});

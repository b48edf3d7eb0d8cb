// The seller cancelling a bidder's bids (`POST /api/auctions/:id/bids/cancel`,
// eBay's bid cancellation): every bid of that bidder goes, the auction is
// worked out again without them on every replica, the history marks them,
// watchers, the leader and the bidder hear `bids:cancelled` (reason
// `seller`), the bidder may bid again, and every refusal is a clear 4xx.
// Real Redis, two replicas. (The replay itself is the moderators' bid
// cancellation's, property-tested in cancelled-bids-script.test.ts.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAuctionStore } from '../../core/redis/auction-store.ts';
import { redisKeys } from '../../core/redis/keys.ts';
import { loadScripts } from '../../core/redis/scripts.ts';
import type {
  BidResult,
  BidsCancelled,
  CompactAuction,
  SellerCancelResult,
  StandingBidders,
} from '../../core/schemas.ts';
import {
  call,
  createAuction,
  placeBid,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { useReplicaStack } from '../support/replica-stack.ts';
import { connectClient, nextEvent } from '../support/replicas.ts';
import { historyOf, standing } from '../support/withdrawn-bids.ts';

type Refusal = { error?: { code: string } };

let seller: Session;
let ana: Session;
let bia: Session;
const stack = useReplicaStack(2, {
  setup: async () => {
    [seller, ana, bia] = await registerEach(stack.url(), ['Vera Vendedora', 'Ana', 'Bia'] as const);
  },
});
const { url } = stack;

const cancel = (who: Session | null, auctionId: string, body: unknown, replica = 0) =>
  call<SellerCancelResult & Refusal>(
    url(replica),
    'POST',
    `/api/auctions/${auctionId}/bids/cancel`,
    {
      token: who?.token,
      body,
    },
  );
const history = (auctionId: string) => historyOf(url(1), auctionId);
const bidders = (who: Session | null, auctionId: string, replica = 1) =>
  call<StandingBidders & Refusal>(url(replica), 'GET', `/api/auctions/${auctionId}/bidders`, {
    token: who?.token,
  });
/** A bidder as the list shows them: name, bids standing, the highest, the latest's seq. */
const line = (b: StandingBidders['bidders'][number]) =>
  `${b.name} ${b.standing} ${b.highest} #${b.lastSeq}`;

describe('the seller cancelling a bidder’s bids', () => {
  it('lists to the seller alone every bidder with bids standing, maxima’s answers theirs, the latest first', async () => {
    const auction = await createAuction(url(), seller.token, { title: 'Relógio de bolso' });
    const [caio] = await registerEach(url(), ['Caio']);
    for (const [who, amount] of [
      [ana, 1000],
      [bia, 1100],
      [caio, 1200],
      [ana, 1300],
    ] as const)
      assert.equal((await placeBid(url(0), who.token, auction.id, amount)).status, 201);
    const first = await bidders(seller, auction.id);
    assert.equal(first.status, 200);
    assert.equal(first.body.auctionId, auction.id);
    assert.equal(first.body.seq, 4);
    assert.deepEqual(first.body.bidders.map(line), [
      'Ana 2 1300 #4',
      'Caio 1 1200 #3',
      'Bia 1 1100 #2',
    ]);

    // Bia's maximum answers Ana's next bid: the answer is Bia's.
    const withMaximum = await call(url(1), 'POST', `/api/auctions/${auction.id}/bids`, {
      token: bia.token,
      body: { amount: 1400, maxAmount: 3000 },
    });
    assert.equal(withMaximum.status, 201);
    const answered = await placeBid(url(0), ana.token, auction.id, 1500);
    const answer = (answered.body as BidResult).bids.find((bid) => bid.automatic);
    assert.deepEqual([answer?.bidder.name, answer?.amount, answer?.seq], ['Bia', 1600, 7]);
    // Read again where it was read (the bids since added to the count it kept).
    const again = await bidders(seller, auction.id);
    assert.equal(again.body.seq, 7);
    assert.deepEqual(again.body.bidders.map(line), [
      'Bia 3 1600 #7',
      'Ana 3 1500 #6',
      'Caio 1 1200 #3',
    ]);
    // Caio's bids go: he is not listed, and what stands is counted again.
    assert.equal(
      (await cancel(seller, auction.id, { bidderId: caio?.user.id, reason: 'bidder_request' }))
        .status,
      200,
    );
    // Counted over on both replicas: the one that kept a count starts over.
    for (const replica of [0, 1]) {
      const after = await bidders(seller, auction.id, replica);
      assert.deepEqual(after.body.bidders.map(line), ['Bia 3 1600 #7', 'Ana 3 1500 #6']);
      assert.equal(after.body.seq, 7);
    }

    // Only the seller may read it; every refusal is a clear 4xx.
    const refusal = async (reply: Promise<{ status: number; body: Refusal }>) => {
      const { status, body } = await reply;
      return [status, body.error?.code];
    };
    assert.deepEqual(await refusal(bidders(ana, auction.id)), [403, 'NOT_SELLER']);
    assert.deepEqual(await refusal(bidders(null, auction.id)), [401, 'UNAUTHORIZED']);
    assert.deepEqual(await refusal(bidders(seller, 'missing')), [404, 'AUCTION_NOT_FOUND']);
    assert.deepEqual(await refusal(bidders(seller, 'x'.repeat(300))), [400, 'VALIDATION_FAILED']);
  });

  it('counts the whole history, however long, and says which bid it counted up to', async () => {
    const auction = await createAuction(url(), seller.token, { title: 'Coleção de selos' });
    // 1,201 bids, more than two of the store's pages, placed straight through the store.
    const store = createAuctionStore(loadScripts(stack.redis.client()), redisKeys());
    const [eva] = (await registerEach(url(), ['Eva'])).map((session) => session.user);
    assert.ok(eva);
    await store.placeBid(auction.id, eva, 1000);
    for (let i = 1; i <= 1200; i++)
      await store.placeBid(auction.id, i % 2 ? ana.user : bia.user, 1000 + 100 * i);
    const { body } = await bidders(seller, auction.id);
    assert.equal(body.seq, 1201);
    assert.deepEqual(body.bidders.map(line), [
      'Bia 600 121000 #1201',
      'Ana 600 120900 #1200',
      'Eva 1 1000 #1',
    ]);
  });

  it('withdraws every bid of theirs and the answers they drew, tells everyone concerned, and lets them bid again', async () => {
    const auction = await createAuction(url(), seller.token, { title: 'Violão antigo' });
    // Ana's maximum answers Bia, twice.
    const withMaximum = await call(url(1), 'POST', `/api/auctions/${auction.id}/bids`, {
      token: ana.token,
      body: { amount: 1000, maxAmount: 5000 },
    });
    assert.equal(withMaximum.status, 201);
    assert.equal((await placeBid(url(0), bia.token, auction.id, 1500)).status, 201);
    assert.equal((await placeBid(url(1), bia.token, auction.id, 2000)).status, 201);
    const watcher = await connectClient(url(1), undefined, { compact: true });
    const anaElsewhere = await connectClient(url(1), ana.token);
    const biaElsewhere = await connectClient(url(0), bia.token);
    stack.sockets.push(watcher, anaElsewhere, biaElsewhere);
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    const heard = nextEvent<BidsCancelled<CompactAuction>>(watcher, 'bids:cancelled');
    const anaHeard = nextEvent<BidsCancelled>(anaElsewhere, 'bids:cancelled');
    const biaHeard = nextEvent<BidsCancelled>(biaElsewhere, 'bids:cancelled');

    const answer = await cancel(seller, auction.id, {
      bidderId: ana.user.id,
      reason: 'fraud_concern',
    });
    assert.equal(answer.status, 200);
    // Bia's own bids stand: she leads at her last one.
    const expected = { leader: 'Bia', currentPrice: 2000, bidCount: 2, cancelledBidCount: 3 };
    assert.deepEqual(standing(answer.body.auction), expected);
    const bids = await history(auction.id);
    assert.deepEqual(
      bids.map((bid) => [
        bid.bidder.name,
        bid.amount,
        bid.cancelled ?? false,
        bid.cancelledBySeller ?? false,
        bid.retracted ?? false,
      ]),
      [
        ['Ana', 1000, true, true, false],
        ['Bia', 1500, false, false, false],
        ['Ana', 1600, true, true, false],
        ['Bia', 2000, false, false, false],
        ['Ana', 2100, true, true, false],
      ],
    );
    assert.deepEqual(
      answer.body.cancelledBidIds,
      bids.filter((bid) => bid.cancelled).map((bid) => bid.id),
    );
    const event = await heard;
    assert.deepEqual(
      [event.reason, event.bidderId, event.cancelledBidIds, standing(event.auction)],
      ['seller', ana.user.id, answer.body.cancelledBidIds, expected],
    );
    // The bidder hears it on a device that is not watching; so does the new leader.
    assert.equal((await anaHeard).bidderId, ana.user.id);
    assert.deepEqual(standing((await biaHeard).auction), expected);

    // Not blocked: Ana may bid again, from the price as it stands.
    const again = await placeBid(url(0), ana.token, auction.id, 2100);
    assert.equal(again.status, 201);
    assert.equal(again.body.auction.leader?.name, 'Ana');
  });

  it('refuses with a clear 4xx, and changes nothing', async () => {
    const auction = await createAuction(url(), seller.token);
    assert.equal((await placeBid(url(0), ana.token, auction.id, 1000)).status, 201);
    const body = { bidderId: ana.user.id, reason: 'bidder_request' };
    const refusals: [Session | null, string, unknown, number, string][] = [
      [null, auction.id, body, 401, 'UNAUTHORIZED'],
      [bia, auction.id, body, 403, 'NOT_SELLER'],
      [ana, auction.id, body, 403, 'NOT_SELLER'],
      [seller, 'no-such-auction', body, 404, 'AUCTION_NOT_FOUND'],
      [seller, auction.id, { ...body, bidderId: bia.user.id }, 409, 'NO_BID_TO_CANCEL'],
      [seller, auction.id, { ...body, reason: 'no_reason' }, 400, 'VALIDATION_FAILED'],
      [seller, auction.id, { reason: 'bidder_request' }, 400, 'VALIDATION_FAILED'],
      [seller, auction.id, { ...body, extra: 1 }, 400, 'VALIDATION_FAILED'],
      [seller, auction.id, { ...body, bidderId: '../x' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [who, auctionId, sent, status, code] of refusals) {
      const answer = await cancel(who, auctionId, sent, 1);
      assert.deepEqual([answer.status, answer.body.error?.code], [status, code], code);
    }
    assert.deepEqual(
      (await history(auction.id)).map((bid) => bid.cancelled ?? false),
      [false],
    );

    // Once it has ended, the result stands.
    await stack.redis.client().hset(redisKeys().auction(auction.id), 'endsAt', Date.now() - 1);
    const late = await cancel(seller, auction.id, body);
    assert.deepEqual([late.status, late.body.error?.code], [409, 'AUCTION_CLOSED']);
  });

  it('lets a seller whose item is no longer for sale cancel every bid, then the auction', async () => {
    const auction = await createAuction(url(), seller.token);
    assert.equal((await placeBid(url(0), ana.token, auction.id, 1000)).status, 201);
    assert.equal((await placeBid(url(1), bia.token, auction.id, 1100)).status, 201);
    const cancelAuction = () =>
      call<Refusal>(url(1), 'POST', `/api/auctions/${auction.id}/cancel`, { token: seller.token });
    assert.equal((await cancelAuction()).body.error?.code, 'AUCTION_HAS_BIDS');
    for (const bidder of [bia, ana]) {
      const answer = await cancel(seller, auction.id, {
        bidderId: bidder.user.id,
        reason: 'item_unavailable',
      });
      assert.equal(answer.status, 200);
    }
    const cancelled = await cancelAuction();
    assert.equal(cancelled.status, 200);
  });
});

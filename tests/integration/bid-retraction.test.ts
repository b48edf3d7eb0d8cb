// Taking one's bid back over the API (`POST /api/auctions/:id/bids/retract`):
// the auction is worked out again without it on every replica, watchers and
// the new leader's devices hear `bids:cancelled` (reason `retraction`), the
// history marks the bid, the profile counts it, and the rules' refusals are
// clear 4xx. Real Redis, two replicas. (The rules themselves:
// bid-retraction-script.test.ts.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type {
  Auction,
  BidsCancelled,
  CompactAuction,
  RetractionResult,
  UserProfile,
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
let bia: Session;
let caio: Session;
const stack = useReplicaStack(2, {
  setup: async () => {
    [seller, bia, caio] = await registerEach(stack.url(), [
      'Vera Vendedora',
      'Bia',
      'Caio',
    ] as const);
  },
});
const { url } = stack;

const retract = (who: Session | null, auctionId: string) =>
  call<RetractionResult & Refusal>(url(0), 'POST', `/api/auctions/${auctionId}/bids/retract`, {
    token: who?.token,
  });
const history = (auctionId: string) => historyOf(url(1), auctionId);
const profile = async (who: Session) =>
  (await call<UserProfile>(url(1), 'GET', `/api/users/${who.user.id}`)).body;

describe('retracting a bid', () => {
  it('takes back a mistyped bid: the auction as before it, on every replica, marked in the history and counted on the profile', async () => {
    const auction = await createAuction(url(), seller.token, { title: 'Câmera analógica' });
    const bidWithMaximum = await call<{ auction: Auction }>(
      url(1),
      'POST',
      `/api/auctions/${auction.id}/bids`,
      { token: bia.token, body: { amount: 1000, maxAmount: 1500 } },
    );
    assert.equal(bidWithMaximum.status, 201);
    // Caio meant R$ 20,00 and typed R$ 2.000,00.
    assert.equal((await placeBid(url(1), caio.token, auction.id, 200_000)).status, 201);
    const watcher = await connectClient(url(1), undefined, { compact: true });
    const biaElsewhere = await connectClient(url(1), bia.token);
    stack.sockets.push(watcher, biaElsewhere);
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    const heard = nextEvent<BidsCancelled<CompactAuction>>(watcher, 'bids:cancelled');
    const biaHeard = nextEvent<BidsCancelled>(biaElsewhere, 'bids:cancelled');
    const before = (await profile(caio)).bidRetractions;

    const answer = await retract(caio, auction.id);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.scope, 'latest', 'an auction of a minute is in its last 12 hours');
    const expected = { leader: 'Bia', currentPrice: 1000, bidCount: 1, cancelledBidCount: 1 };
    assert.deepEqual(standing(answer.body.auction), expected);
    const bids = await history(auction.id);
    assert.deepEqual(
      bids.map((bid) => [
        bid.bidder.name,
        bid.amount,
        bid.cancelled ?? false,
        bid.retracted ?? false,
      ]),
      [
        ['Bia', 1000, false, false],
        ['Caio', 200_000, true, true],
      ],
    );
    assert.deepEqual(answer.body.cancelledBidIds, [bids[1]?.id]);
    const event = await heard;
    assert.deepEqual(
      [event.reason, event.cancelledBidIds, standing(event.auction)],
      ['retraction', answer.body.cancelledBidIds, expected],
    );
    assert.deepEqual(standing((await biaHeard).auction), expected);
    assert.equal((await profile(caio)).bidRetractions, before + 1);

    // Her maximum still answers, at the price as it stands now.
    const next = await placeBid(url(0), caio.token, auction.id, 1100);
    assert.deepEqual(standing(next.body.auction), {
      leader: 'Bia',
      currentPrice: 1200,
      bidCount: 3,
      cancelledBidCount: 1,
    });
  });

  it('more than 12 hours before the end takes back every bid of theirs', async () => {
    const auction = await createAuction(url(), seller.token, { durationSeconds: 13 * 3600 });
    await placeBid(url(0), caio.token, auction.id, 1000);
    await placeBid(url(1), bia.token, auction.id, 1100);
    await placeBid(url(0), caio.token, auction.id, 1300);
    const answer = await retract(caio, auction.id);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.scope, 'all');
    assert.deepEqual(standing(answer.body.auction), {
      leader: 'Bia',
      currentPrice: 1100,
      bidCount: 1,
      cancelledBidCount: 2,
    });
  });

  it('over Socket.IO too (`bid:retract`), with the same answer and refusals', async () => {
    const auction = await createAuction(url(), seller.token);
    const socket = await connectClient(url(1), caio.token);
    const anonymous = await connectClient(url(0));
    stack.sockets.push(socket, anonymous);
    type Ack = { ok: boolean; scope?: string; auction?: Auction; error?: { code: string } };
    const retractOver = (on: typeof socket, auctionId: string) =>
      on.emitWithAck('bid:retract', { auctionId }) as Promise<Ack>;
    assert.equal((await retractOver(socket, auction.id)).error?.code, 'NO_BID_TO_RETRACT');
    await placeBid(url(0), bia.token, auction.id, 1000);
    await placeBid(url(0), caio.token, auction.id, 1100);
    const ack = await retractOver(socket, auction.id);
    assert.deepEqual(
      [ack.ok, ack.scope, ack.auction?.leader?.name, ack.auction?.currentPrice],
      [true, 'latest', 'Bia', 1000],
    );
    assert.equal((await retractOver(anonymous, auction.id)).error?.code, 'UNAUTHORIZED');
    const malformed = (await socket.emitWithAck('bid:retract', { auctionId: 'bad id!' })) as Ack;
    assert.equal(malformed.error?.code, 'VALIDATION_FAILED');
  });

  it('refuses in words what the rules do not allow', async () => {
    const auction = await createAuction(url(), seller.token);
    const refused = async (who: Session | null, auctionId: string) => {
      const reply = await retract(who, auctionId);
      return [reply.status, reply.body.error?.code];
    };
    assert.deepEqual(await refused(caio, auction.id), [409, 'NO_BID_TO_RETRACT']);
    assert.deepEqual(await refused(null, auction.id), [401, 'UNAUTHORIZED']);
    assert.deepEqual(await refused(caio, 'no-such-auction'), [404, 'AUCTION_NOT_FOUND']);
    assert.deepEqual(await refused(caio, 'bad id!'), [400, 'VALIDATION_FAILED']);
    await placeBid(url(0), caio.token, auction.id, 1000);
    assert.equal((await retract(caio, auction.id)).status, 200);
    // Taken back already: nothing of his stands.
    assert.deepEqual(await refused(caio, auction.id), [409, 'NO_BID_TO_RETRACT']);
  });
});

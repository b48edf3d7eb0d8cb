// Suspending an account with `cancelBids`: its bids on open auctions are
// cancelled and each auction is worked out again without them, on every
// replica — watchers hear `bids:cancelled`, the history marks the bids, the
// maxima of those who stay keep answering, the log records it. Real Redis,
// two replicas. (The rules themselves: bid-cancellation-script.test.ts.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Auction, BidsCancelled, CompactAuction, ModerationLog } from '../../core/schemas.ts';
import {
  call,
  createAuction,
  placeBid,
  registerEach,
  type Session,
} from '../support/api-client.ts';
import { grantModerators } from '../support/moderators.ts';
import { useReplicaStack } from '../support/replica-stack.ts';
import { connectClient, nextEvent } from '../support/replicas.ts';
import { historyOf, standing } from '../support/withdrawn-bids.ts';

type Refusal = { error?: { code: string } };
type SuspendAnswer = { removed: string[]; bidsCancelledOn: string[] } & Refusal;

let moderator: Session;
let seller: Session;
let bia: Session;
let caio: Session;
const stack = useReplicaStack(2, {
  setup: async () => {
    [moderator, seller, bia, caio] = await registerEach(stack.url(), [
      'Mara Moderadora',
      'Vera Vendedora',
      'Bia',
      'Caio',
    ] as const);
    grantModerators(stack.redis, moderator);
  },
});
const { url } = stack;

const suspend = (userId: string, body: unknown) =>
  call<SuspendAnswer>(url(0), 'POST', `/api/moderation/users/${userId}/suspend`, {
    token: moderator.token,
    body,
  });
const bidWithMaximum = (who: Session, auctionId: string, amount: number, maxAmount: number) =>
  call<{ auction: Auction } & Refusal>(url(1), 'POST', `/api/auctions/${auctionId}/bids`, {
    token: who.token,
    body: { amount, maxAmount },
  });
const read = async (auctionId: string) =>
  (await call<Auction>(url(1), 'GET', `/api/auctions/${auctionId}`)).body;
const history = (auctionId: string) => historyOf(url(0), auctionId);
const standingAt = (auction: CompactAuction) => ({
  ...standing(auction),
  minimumBid: auction.minimumBid,
});

describe('cancelling a suspended account’s bids', () => {
  it('works each open auction out again without them, tells its watchers, and keeps the others’ maxima', async () => {
    const [shill] = await registerEach(url(), ['Sérgio Sombra'] as const);
    const auction = await createAuction(url(), seller.token, { title: 'Vitrola de 1970' });
    assert.equal((await bidWithMaximum(bia, auction.id, 1000, 2000)).status, 201);
    // The shill pushes Bia's maximum to its end: R$ 21,00, one increment above it.
    assert.equal((await bidWithMaximum(shill, auction.id, 1500, 5000)).status, 201);
    assert.deepEqual(standingAt(await read(auction.id)), {
      leader: 'Sérgio Sombra',
      currentPrice: 2100,
      minimumBid: 2200,
      bidCount: 2,
      cancelledBidCount: 0,
    });
    const watcher = await connectClient(url(1), undefined, { compact: true });
    // Bia, on another page: she leads again, wherever she is.
    const biaElsewhere = await connectClient(url(0), bia.token);
    const caioElsewhere = await connectClient(url(0), caio.token);
    stack.sockets.push(watcher, biaElsewhere, caioElsewhere);
    await watcher.emitWithAck('auction:watch', { auctionId: auction.id });
    const heard = nextEvent<BidsCancelled<CompactAuction>>(watcher, 'bids:cancelled');
    const biaHeard = nextEvent<BidsCancelled>(biaElsewhere, 'bids:cancelled');
    const caioHeard: string[] = [];
    caioElsewhere.on('bids:cancelled', ({ auctionId }: BidsCancelled) => caioHeard.push(auctionId));

    const answer = await suspend(shill.user.id, { reason: 'fraud', cancelBids: true });
    assert.deepEqual(
      [answer.status, answer.body.removed, answer.body.bidsCancelledOn],
      [200, [], [auction.id]],
    );

    // Bia leads again at her own bid, as if the shill had never bid.
    const expected = {
      leader: 'Bia',
      currentPrice: 1000,
      minimumBid: 1100,
      bidCount: 1,
      cancelledBidCount: 1,
    };
    const event = await heard;
    const bids = await history(auction.id);
    assert.equal(event.auctionId, auction.id);
    assert.deepEqual(event.cancelledBidIds, [bids[1]?.id]);
    assert.deepEqual(event.bids, []);
    assert.deepEqual(standingAt(event.auction), expected);
    assert.equal('description' in event.auction, false, 'compact, as asked');
    assert.deepEqual(standingAt((await biaHeard).auction), expected);
    assert.deepEqual(standingAt(await read(auction.id)), expected);
    assert.deepEqual(
      bids.map((bid) => [bid.seq, bid.bidder.name, bid.amount, bid.cancelled ?? false]),
      [
        [1, 'Bia', 1000, false],
        [2, 'Sérgio Sombra', 2100, true],
      ],
    );

    assert.deepEqual(caioHeard, [], 'only the leader, of those not watching');
    // Her secret maximum still answers for her.
    const next = await placeBid(url(0), caio.token, auction.id, 1100);
    assert.equal(next.status, 201);
    assert.deepEqual(standingAt(next.body.auction), {
      leader: 'Bia',
      currentPrice: 1200,
      minimumBid: 1300,
      bidCount: 3,
      cancelledBidCount: 1,
    });
    assert.deepEqual(
      (await history(auction.id)).map((bid) => bid.seq),
      [1, 2, 3, 4],
    );

    const log = await call<ModerationLog>(
      url(1),
      'GET',
      `/api/moderation/log?action=bids_cancelled&userId=${shill.user.id}`,
      { token: moderator.token },
    );
    assert.deepEqual(
      log.body.items.map((entry) => [
        entry.action,
        entry.moderator?.id,
        entry.auctionId,
        entry.auctionTitle,
        entry.userName,
        entry.reason,
      ]),
      [
        [
          'bids_cancelled',
          moderator.user.id,
          auction.id,
          'Vitrola de 1970',
          'Sérgio Sombra',
          'fraud',
        ],
      ],
    );
  });

  it('puts the next bidder in the lead at the price their maximum reaches, and nobody when none is left', async () => {
    const [shill] = await registerEach(url(), ['Sílvio Sombra'] as const);
    const contested = await createAuction(url(), seller.token, { title: 'Rádio antigo' });
    const alone = await createAuction(url(), seller.token, {
      title: 'Câmera antiga',
      buyNowPrice: 9000,
    });
    assert.equal((await bidWithMaximum(bia, contested.id, 1000, 1500)).status, 201);
    assert.equal((await bidWithMaximum(shill, contested.id, 1100, 2500)).status, 201);
    // Caio typed R$ 17,00; the shill's maximum made it R$ 26,00.
    assert.equal((await bidWithMaximum(caio, contested.id, 1700, 3000)).status, 201);
    assert.equal((await placeBid(url(0), shill.token, alone.id, 1000)).status, 201);
    const watcher = await connectClient(url(0));
    stack.sockets.push(watcher);
    await watcher.emitWithAck('auction:watch', { auctionId: contested.id });
    const heard = nextEvent<BidsCancelled>(watcher, 'bids:cancelled');

    const answer = await suspend(shill.user.id, { reason: 'fraud', cancelBids: true });
    assert.deepEqual(answer.body.bidsCancelledOn.toSorted(), [contested.id, alone.id].toSorted());

    // Without the shill, Caio's R$ 17,00 beat Bia's maximum: his R$ 26,00 was
    // an answer to the shill and goes too, and one automatic bid puts him
    // at R$ 17,00, a price no bid that stands recorded.
    const event = await heard;
    assert.deepEqual(standingAt(event.auction), {
      leader: 'Caio',
      currentPrice: 1700,
      minimumBid: 1800,
      bidCount: 2,
      cancelledBidCount: 2,
    });
    assert.equal(typeof event.auction.description, 'string', 'whole, as asked');
    assert.equal(event.bids.length, 1);
    assert.deepEqual(
      [event.bids[0]?.bidder.name, event.bids[0]?.amount, event.bids[0]?.automatic],
      ['Caio', 1700, true],
    );
    const bids = await history(contested.id);
    assert.equal(bids.at(-1)?.id, event.bids[0]?.id);
    assert.deepEqual(
      bids.map((bid) => [bid.seq, bid.bidder.name, bid.amount, bid.cancelled ?? false]),
      [
        [1, 'Bia', 1000, false],
        [2, 'Sílvio Sombra', 1600, true],
        [3, 'Caio', 2600, true],
        [4, 'Caio', 1700, false],
      ],
    );

    const left = await read(alone.id);
    assert.deepEqual(
      [left.leader, left.currentPrice, left.minimumBid, left.bidCount, left.buyNowAvailable],
      [null, 1000, 1000, 0, true],
    );
  });

  it('leaves the bids standing unless asked, and refuses a malformed request', async () => {
    const [suspect] = await registerEach(url(), ['Suzana'] as const);
    const auction = await createAuction(url(), seller.token, { title: 'Luminária' });
    assert.equal((await placeBid(url(0), suspect.token, auction.id, 1000)).status, 201);
    for (const cancelBids of ['yes', 1, null]) {
      const refused = await suspend(suspect.user.id, { reason: 'fraud', cancelBids });
      assert.deepEqual([refused.status, refused.body.error?.code], [400, 'VALIDATION_FAILED']);
    }
    const answer = await suspend(suspect.user.id, { reason: 'fraud' });
    assert.deepEqual([answer.status, answer.body.bidsCancelledOn], [200, []]);
    const after = await read(auction.id);
    assert.deepEqual(
      [after.leader?.name, after.bidCount, after.cancelledBidCount],
      ['Suzana', 1, 0],
    );
  });
});

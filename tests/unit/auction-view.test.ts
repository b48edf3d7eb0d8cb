import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Value } from 'typebox/value';
import {
  auctionAfterBids,
  hashToRecord,
  toAuction,
  type FlatHash,
  type StoredBid,
} from '../../core/auction-view.ts';
import { FinishedAuction } from '../../core/schemas.ts';

let next = 0;

/** The flat hash and the bid one placeBid call returns, with a fresh bid id. */
function afterABid(price: number): { state: FlatHash; bids: StoredBid[] } {
  next += 1;
  const bid: StoredBid = {
    id: `bid-${next}`,
    auctionId: 'a1',
    seq: next,
    amount: price,
    bidderId: 'u1',
    bidderName: 'Ana',
    placedAt: 1_700_000_000_000 + next,
  };
  const state = [
    ...['id', 'a1', 'title', 'Relógio', 'description', 'Prata', 'sellerId', 's1'],
    ...['sellerName', 'Sil', 'status', 'open', 'startingPrice', '1000'],
    ...['currentPrice', String(price), 'softCloseSeconds', '30', 'bidCount', String(next)],
    ...['leaderId', 'u1', 'leaderName', 'Ana', 'createdAt', '1700000000000'],
    ...['endsAt', '1700003600000', 'seq', String(next)],
  ];
  return { state, bids: [bid] };
}

describe('auctionAfterBids', () => {
  it('is the public view of the state, the same as toAuction', () => {
    const { state, bids } = afterABid(1500);
    const fields = Object.fromEntries(
      Array.from({ length: state.length / 2 }, (_, i) => [state[2 * i], state[2 * i + 1]]),
    );
    assert.deepEqual(auctionAfterBids(state, bids), toAuction(fields));
  });

  it('builds the view once for the reply and the event of one bid', () => {
    const { state, bids } = afterABid(1600);
    const fromReply = auctionAfterBids(state, bids);
    const fromEvent = auctionAfterBids([...state], structuredClone(bids));
    assert.equal(fromEvent, fromReply, 'the second path gets the first one’s view');
    assert.notEqual(auctionAfterBids(state, bids), fromReply, 'a third ask builds it again');
  });

  it('never hands one bid’s view to another', () => {
    const first = afterABid(1700);
    const second = afterABid(1800);
    auctionAfterBids(first.state, first.bids);
    assert.equal(auctionAfterBids(second.state, second.bids).currentPrice, 1800);
  });

  it('never hands a Buy It Now’s reply the open auction its event carried, nor the reverse', () => {
    // Buy It Now publishes its bid while the auction is open, then closes it and answers.
    const { state, bids } = afterABid(2100);
    const closed = state.map((value, i) => (state[i - 1] === 'status' ? 'closed' : value));
    assert.equal(auctionAfterBids(state, bids).status, 'open');
    assert.equal(auctionAfterBids(closed, bids).status, 'closed');
    assert.equal(auctionAfterBids(closed, bids).status, 'closed');
    assert.equal(auctionAfterBids(state, bids).status, 'open');
  });

  it('builds without keeping when no bid was placed', () => {
    const { state } = afterABid(1900);
    assert.notEqual(auctionAfterBids(state, []), auctionAfterBids(state, []));
  });

  it('keeps a bounded number of views: the oldest unclaimed ones go first', () => {
    const oldest = afterABid(2000);
    const kept = auctionAfterBids(oldest.state, oldest.bids);
    for (let i = 0; i < 1_000; i++) {
      const other = afterABid(2001 + i);
      auctionAfterBids(other.state, other.bids);
    }
    assert.notEqual(auctionAfterBids(oldest.state, oldest.bids), kept);
  });
});

describe('the finished-auction message', () => {
  const { state } = afterABid(1500);
  const auction = { ...toAuction(hashToRecord(state)), status: 'closed' as const };
  const message = { auction, winner: auction.leader, finalPrice: 1500, bidCount: 1 };

  it('carries the photos, and stays readable from before auctions had them', () => {
    assert.ok(Value.Check(FinishedAuction, message));
    const { photos: _left, ...older } = auction;
    assert.ok(Value.Check(FinishedAuction, { ...message, auction: older }));
  });

  it('refuses a photo list cjson encoded as an object', () => {
    assert.equal(
      Value.Check(FinishedAuction, { ...message, auction: { ...auction, photos: {} } }),
      false,
    );
  });
});

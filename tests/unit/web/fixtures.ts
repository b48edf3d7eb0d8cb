// Contract-shaped auctions and bids for the UI's unit tests.
import type { Auction, Bid, Feedback } from '../../../core/schemas.ts';
import { formatMoney } from '../../../web/src/format.ts';

export const person = (id: string) => ({ id, name: id.toUpperCase() });

export function auctionFixture(overrides: Partial<Auction> = {}): Auction {
  return {
    id: 'a1',
    title: 'Lote',
    description: '',
    seller: person('seller'),
    status: 'open',
    startingPrice: 1000,
    currentPrice: 1000,
    minimumBid: 1000,
    minIncrement: 100,
    softCloseSeconds: 0,
    bidCount: 0,
    cancelledBidCount: 0,
    leader: null,
    startsAt: '2029-12-31T00:00:00.000Z',
    endsAt: '2030-01-01T00:00:00.000Z',
    originalEndsAt: '2030-01-01T00:00:00.000Z',
    maxEndsAt: null,
    createdAt: '2029-12-31T00:00:00.000Z',
    closedAt: null,
    winner: null,
    hasReserve: false,
    reserveMet: null,
    buyNowPrice: null,
    buyNowAvailable: false,
    outcome: null,
    seq: 0,
    category: 'other',
    photos: [],
    ...overrides,
  };
}

export function bidFixture(seq: number, bidderId: string): Bid {
  return {
    id: `b${seq}`,
    auctionId: 'a1',
    seq,
    amount: 1000 + seq * 100,
    bidder: person(bidderId),
    placedAt: '2030-01-01T00:00:00.000Z',
    automatic: false,
    buyNow: false,
  };
}

/** The auction after `bidCount` bids, the last by `leaderId`. */
export function auctionAfterBids(bidCount: number, leaderId: string | null): Auction {
  return auctionFixture({
    currentPrice: 1000 + bidCount * 100,
    minimumBid: 1100 + bidCount * 100,
    bidCount,
    leader: leaderId ? person(leaderId) : null,
    seq: bidCount,
  });
}

/** Money as the pt-BR UI shows it, for expected strings. */
/** The auction at `seq` (its last bid's), with `cancelled` of its bids cancelled. */
export const auctionWithCancelled = (
  seq: number,
  cancelled: number,
  leaderId: string | null,
  overrides: Partial<Auction> = {},
): Auction =>
  auctionFixture({
    seq,
    bidCount: seq - cancelled,
    cancelledBidCount: cancelled,
    leader: leaderId ? person(leaderId) : null,
    ...overrides,
  });

export const brl = (cents: number) => formatMoney(cents, 'pt-BR');

/** A positive rating left by the `role` party of sale `auctionId` on the other, without an answer. */
export function feedbackFixture(
  role: Feedback['role'],
  overrides: Partial<Feedback> = {},
): Feedback {
  return {
    auctionId: 'a1',
    auctionTitle: 'Lote',
    role,
    from: role === 'buyer' ? person('buyer') : person('seller'),
    to: role === 'buyer' ? person('seller') : person('buyer'),
    rating: 'positive',
    comment: '',
    createdAt: '2030-01-02T00:00:00.000Z',
    reply: null,
    ...overrides,
  };
}

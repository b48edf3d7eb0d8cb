// *Mais deste vendedor*: from the seller's listings, their other open
// auctions only — never the one on the page, nor a finished one — soonest
// ending first, at most a handful.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CompactAuction } from '../../../core/schemas.ts';
import { otherOpenAuctions, SELLER_ITEMS_SHOWN } from '../../../web/src/live/seller-items.ts';
import { auctionFixture } from './fixtures.ts';

const listing = (id: string, endsAt: string, status: CompactAuction['status'] = 'open') =>
  auctionFixture({ id, endsAt, status });

test('the seller’s other open auctions, soonest ending first, at most a handful', () => {
  const listed = [
    listing('new', '2030-01-05T00:00:00.000Z'),
    listing('current', '2030-01-01T00:00:00.000Z'),
    listing('sold', '2030-01-01T00:00:00.000Z', 'closed'),
    listing('cancelled', '2030-01-02T00:00:00.000Z', 'cancelled'),
    listing('soon', '2030-01-03T00:00:00.000Z'),
    listing('tie-b', '2030-01-04T00:00:00.000Z'),
    listing('tie-a', '2030-01-04T00:00:00.000Z'),
  ];
  assert.deepEqual(
    otherOpenAuctions(listed, 'current').map((auction) => auction.id),
    ['soon', 'tie-a', 'tie-b', 'new'],
  );
  assert.deepEqual(
    otherOpenAuctions(listed, 'current', 2).map((auction) => auction.id),
    ['soon', 'tie-a'],
  );
  assert.deepEqual(otherOpenAuctions([listing('current', listed[1]!.endsAt)], 'current'), []);
  assert.deepEqual(otherOpenAuctions([], 'current'), []);
  assert.equal(listed[0]?.id, 'new', 'the listings themselves are left as they were');
});

test('a seller with many open auctions shows only the first few', () => {
  const many = Array.from({ length: 12 }, (_, n) =>
    listing(
      `a${String(n).padStart(2, '0')}`,
      `2030-01-${String(n + 2).padStart(2, '0')}T00:00:00.000Z`,
    ),
  );
  const shown = otherOpenAuctions(many, 'a00');
  assert.equal(shown.length, SELLER_ITEMS_SHOWN);
  assert.deepEqual(
    shown.map((auction) => auction.id),
    ['a01', 'a02', 'a03', 'a04'],
  );
  assert.ok(SELLER_ITEMS_SHOWN >= 4 && SELLER_ITEMS_SHOWN <= 6);
});

// The ended-auctions search as pure rules: what a close adds (a sale or not,
// never a cancellation), latest ended first, a page at a time, and a close
// that races a reading.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEndedAuctionsIndex } from '../../../app/search/ended-auctions-index.ts';
import type { StoreEvent } from '../../../core/auction-view.ts';
import type { EndedAuctionEntry } from '../../../core/redis/search-entries.ts';

const ended = (id: string, title: string, closedAt: number): EndedAuctionEntry => ({
  id,
  title,
  closedAt,
  category: 'other',
});
const closing = (id: string, title: string, closedAt: number, status = 'closed'): StoreEvent => ({
  type: 'auction:closed',
  state: [
    'id',
    id,
    'title',
    title,
    'status',
    status,
    'closedAt',
    String(closedAt),
    'category',
    'music',
  ],
});

test('closes join it, latest first; cancellations and other events do not', async () => {
  let release: () => void = () => {};
  const index = createEndedAuctionsIndex(
    () => new Promise((resolve) => (release = () => resolve([ended('old', 'Gramofone', 10)]))),
  );
  const reading = index.rebuild();
  // Closed while the reading was in flight: applied again on top of it.
  index.apply(closing('racing', 'Gramofone portátil', 30));
  release();
  await reading;
  index.apply(closing('new', 'Gramofone de corneta', 20));
  index.apply(closing('gone', 'Gramofone cancelado', 40, 'cancelled'));
  index.apply({
    type: 'auction:created',
    state: ['id', 'open', 'title', 'Gramofone', 'status', 'open'],
  });
  const search = (q: string, limit = 10, after?: { score: number; id: string }) =>
    index.search({ q }, limit, after);
  assert.deepEqual(search('gramofone').ids, ['racing', 'new', 'old']);
  assert.deepEqual(index.search({ category: 'music' }, 10).ids, ['racing', 'new']);
  const first = search('gramofone', 2);
  assert.deepEqual(first.ids, ['racing', 'new']);
  assert.deepEqual(search('gramofone', 2, first.next ?? undefined).ids, ['old']);
});

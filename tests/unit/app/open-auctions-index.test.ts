// The replica's search index as pure rules: matching, order, and events that
// race a reading of the open auctions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoreEvent } from '../../../core/auction-view.ts';
import {
  createOpenAuctionsIndex,
  type OpenAuctionEntry,
} from '../../../app/search/open-auctions-index.ts';
import { queryTerms, titleMatches } from '../../../core/search-text.ts';

const created = (id: string, title: string, endsAt: number): StoreEvent => ({
  type: 'auction:created',
  state: ['id', id, 'title', title, 'endsAt', String(endsAt)],
});
const closed = (id: string): StoreEvent => ({ type: 'auction:closed', state: ['id', id] });
const extended = (id: string, endsAt: number): StoreEvent => ({
  type: 'bids:placed',
  state: ['id', id, 'endsAt', String(endsAt)],
  bids: [],
  extended: true,
  outbidUserIds: [],
});

/** A reading that waits until the test lets it finish. */
function heldReading(entries: OpenAuctionEntry[]) {
  let release: () => void = () => {};
  const load = () =>
    new Promise<OpenAuctionEntry[]>((resolve) => (release = () => resolve(entries)));
  return { load, release: () => release() };
}

test('words, case and accents', () => {
  assert.deepEqual(queryTerms('  Relógio   SUÍÇO '), ['relogio', 'suico']);
  assert.deepEqual(queryTerms(' \t '), []);
  assert.equal(titleMatches('Relógio de bolso suíço', queryTerms('suico RELOGIO')), true);
  assert.equal(titleMatches('Relógio de parede', queryTerms('relogio bolso')), false);
  assert.equal(titleMatches('Relógio', []), false);
});

test('every word must be in the title; soonest-ending first; at most `limit`', async () => {
  const index = createOpenAuctionsIndex(async () => [
    { id: 'a', title: 'Relógio de parede', endsAt: 300 },
    { id: 'b', title: 'Relógio de bolso', endsAt: 100 },
    { id: 'c', title: 'Bicicleta', endsAt: 200 },
  ]);
  assert.equal(index.ready, false);
  await index.rebuild();
  assert.equal(index.ready, true);
  assert.deepEqual(index.search('relogio', 10), ['b', 'a']);
  assert.deepEqual(index.search('relogio', 1), ['b']);
  assert.deepEqual(index.search('de bolso', 10), ['b']);
  assert.deepEqual(index.search('   ', 10), []);
  index.apply(extended('b', 400));
  assert.deepEqual(index.search('relogio', 10), ['a', 'b'], 'an extension moves it');
  index.apply(closed('a'));
  assert.deepEqual(index.search('relogio', 10), ['b']);
});

test('events that arrive during a reading are applied again on top of it', async () => {
  // The reading was taken before "x" closed and before "y" was created.
  const reading = heldReading([{ id: 'x', title: 'Vitrola', endsAt: 1 }]);
  const index = createOpenAuctionsIndex(reading.load);
  const done = index.rebuild();
  index.apply(closed('x'));
  index.apply(created('y', 'Vitrola nova', 2));
  reading.release();
  await done;
  assert.deepEqual(index.search('vitrola', 10), ['y']);
});

test('asked to read again while reading, it reads once more afterwards', async () => {
  let titles = [{ id: 'old', title: 'Lampião', endsAt: 1 }];
  let reads = 0;
  let release: () => void = () => {};
  const index = createOpenAuctionsIndex(() => {
    reads++;
    const snapshot = titles;
    return new Promise((resolve) => (release = () => resolve(snapshot)));
  });
  const first = index.rebuild();
  titles = [{ id: 'new', title: 'Lampião novo', endsAt: 1 }];
  const second = index.rebuild();
  const third = index.rebuild();
  release();
  await new Promise((resolve) => setImmediate(resolve));
  release();
  await Promise.all([first, second, third]);
  assert.equal(reads, 2, 'two requests during one reading make one more reading');
  assert.deepEqual(index.search('lampiao', 10), ['new']);
});

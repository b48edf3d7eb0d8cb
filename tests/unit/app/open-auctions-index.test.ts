// The replica's search index as pure rules: matching, categories, both
// orders, paging, and events that race a reading of the open auctions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoreEvent } from '../../../core/auction-view.ts';
import {
  createOpenAuctionsIndex,
  type OpenAuctionEntry,
  type SearchFilter,
  type SearchPosition,
} from '../../../app/search/open-auctions-index.ts';
import type { AuctionCategory } from '../../../core/schemas.ts';
import { queryTerms, titleMatches } from '../../../core/search-text.ts';

const created = (
  id: string,
  title: string,
  endsAt: number,
  category: AuctionCategory | '' = '',
): StoreEvent => ({
  type: 'auction:created',
  state: [
    'id',
    id,
    'title',
    title,
    'endsAt',
    String(endsAt),
    'createdAt',
    '5',
    'category',
    category,
  ],
});
const edited = (
  id: string,
  title: string,
  category: AuctionCategory,
  status = 'open',
): StoreEvent => ({
  type: 'auction:edited',
  state: [
    'id',
    id,
    'title',
    title,
    'endsAt',
    '9',
    'createdAt',
    '5',
    'category',
    category,
    'status',
    status,
  ],
});
/** An open auction as the index reads it; listed at 0, in `other`, unless told. */
const entry = (
  id: string,
  title: string,
  endsAt: number,
  more: Partial<OpenAuctionEntry> = {},
): OpenAuctionEntry => ({ id, title, endsAt, createdAt: 0, category: 'other', ...more });
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
    entry('a', 'Relógio de parede', 300),
    entry('b', 'Relógio de bolso', 100),
    entry('c', 'Bicicleta', 200),
  ]);
  const search = (q: string, limit: number) => index.search({ q }, limit).ids;
  assert.equal(index.ready, false);
  await index.rebuild();
  assert.equal(index.ready, true);
  assert.deepEqual(search('relogio', 10), ['b', 'a']);
  assert.deepEqual(search('relogio', 1), ['b']);
  assert.deepEqual(search('de bolso', 10), ['b']);
  assert.deepEqual(search('   ', 10), []);
  assert.deepEqual(index.search({}, 10).ids, [], 'neither words nor a category: nothing');
  index.apply(extended('b', 400));
  assert.deepEqual(search('relogio', 10), ['a', 'b'], 'an extension moves it');
  index.apply(closed('a'));
  assert.deepEqual(search('relogio', 10), ['b']);
});

test('events that arrive during a reading are applied again on top of it', async () => {
  // The reading was taken before "x" closed and before "y" was created.
  const reading = heldReading([entry('x', 'Vitrola', 1)]);
  const index = createOpenAuctionsIndex(reading.load);
  const done = index.rebuild();
  index.apply(closed('x'));
  index.apply(created('y', 'Vitrola nova', 2));
  reading.release();
  await done;
  assert.deepEqual(index.search({ q: 'vitrola' }, 10).ids, ['y']);
});

test('asked to read again while reading, it reads once more afterwards', async () => {
  let titles = [entry('old', 'Lampião', 1)];
  let reads = 0;
  let release: () => void = () => {};
  const index = createOpenAuctionsIndex(() => {
    reads++;
    const snapshot = titles;
    return new Promise((resolve) => (release = () => resolve(snapshot)));
  });
  const first = index.rebuild();
  titles = [entry('new', 'Lampião novo', 1)];
  const second = index.rebuild();
  const third = index.rebuild();
  release();
  await new Promise((resolve) => setImmediate(resolve));
  release();
  await Promise.all([first, second, third]);
  assert.equal(reads, 2, 'two requests during one reading make one more reading');
  assert.deepEqual(index.search({ q: 'lampiao' }, 10).ids, ['new']);
});

test('a category, alone or with words; events keep it, and older auctions are `other`', async () => {
  const index = createOpenAuctionsIndex(async () => [
    entry('guitar', 'Violão Giannini', 30, { category: 'music' }),
    entry('piano', 'Piano digital', 10, { category: 'music' }),
    entry('radio', 'Rádio antigo', 20, { category: 'electronics' }),
    entry('lamp', 'Lampião', 40),
  ]);
  await index.rebuild();
  const ids = (filter: SearchFilter) => index.search(filter, 10).ids;
  assert.deepEqual(ids({ category: 'music' }), ['piano', 'guitar']);
  assert.deepEqual(ids({ category: 'music', q: 'violao' }), ['guitar']);
  assert.deepEqual(ids({ category: 'electronics', q: 'violao' }), []);
  assert.deepEqual(ids({ category: 'other' }), ['lamp']);
  index.apply(created('drum', 'Bateria', 5, 'music'));
  index.apply(created('old', 'Sem categoria', 6));
  assert.deepEqual(ids({ category: 'music' }), ['drum', 'piano', 'guitar']);
  assert.deepEqual(ids({ category: 'other' }), ['old', 'lamp']);
  index.apply(edited('radio', 'Rádio antigo', 'antiques'));
  assert.deepEqual(ids({ category: 'antiques' }), ['radio'], 'a correction moves it');
  assert.deepEqual(ids({ category: 'electronics' }), []);
  index.apply(closed('radio'));
  index.apply(edited('radio', 'Rádio antigo', 'antiques', 'cancelled'));
  assert.deepEqual(ids({ category: 'antiques' }), [], 'an ended auction edited stays out');
});

test('pages follow each other without repeats or gaps, in both orders', async () => {
  // Equal keys on purpose: the id breaks ties, so every auction has one place.
  const all = Array.from({ length: 23 }, (_, i) =>
    entry(`a${String(i).padStart(2, '0')}`, 'Lote', 100 + (i % 5), {
      createdAt: 50 - (i % 7),
      category: 'art',
    }),
  );
  const index = createOpenAuctionsIndex(async () => all);
  await index.rebuild();
  for (const sort of ['ending', 'newest'] as const) {
    const seen: string[] = [];
    let after: SearchPosition | undefined;
    for (;;) {
      const page = index.search({ category: 'art', sort }, 4, after);
      seen.push(...page.ids);
      if (!page.next) break;
      assert.equal(page.ids.length, 4);
      after = page.next;
    }
    const whole = index.search({ category: 'art', sort }, 50).ids;
    assert.equal(whole.length, 23);
    assert.deepEqual(seen, whole, sort);
    const key = (id: string) => {
      const found = all.find((e) => e.id === id)!;
      return sort === 'ending' ? found.endsAt : -found.createdAt;
    };
    for (let i = 1; i < whole.length; i++)
      assert.ok(key(whole[i - 1]!) <= key(whole[i]!), `${sort} order at ${i}`);
  }
});

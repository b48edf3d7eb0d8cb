// Browsing a category in the lobby: the address ↔ the filter, which live
// auctions belong to the results and where, and how a correction of the
// category or a close moves an auction out of (or into) them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Auction, CompactAuction } from '../../../core/schemas.ts';
import { upsertListed } from '../../../web/src/live/auction-list-state.ts';
import {
  isFiltered,
  joinsResults,
  lobbyFilterOf,
  matchesFilter,
  resultsKey,
  shownResults,
  type LobbyFilter,
} from '../../../web/src/live/lobby-filter.ts';
import { supersedes } from '../../../web/src/live/supersedes.ts';
import { lobbyPathFrom } from '../../../web/src/routing/router.ts';
import { auctionFixture } from './fixtures.ts';

const minute = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2030, 0, 1) + minutes * minute).toISOString();

/** An open auction ending in `endsIn` minutes, listed `listed` minutes after the epoch. */
function lot(id: string, overrides: Partial<Auction> & { endsIn?: number; listed?: number } = {}) {
  const { endsIn = 10, listed = 0, ...rest } = overrides;
  return auctionFixture({
    id,
    title: id,
    category: 'music',
    endsAt: at(endsIn),
    createdAt: at(listed),
    ...rest,
  });
}

/** As an event from a replica older than categories carries it: without the field. */
function withoutCategory(auction: Auction): CompactAuction {
  const { category: _dropped, ...older } = auction;
  return older as unknown as CompactAuction;
}

const ids = (list: readonly CompactAuction[]) => list.map((auction) => auction.id);
const music: LobbyFilter = { q: '', category: 'music' };

test('the address says the filter; an unknown category is none', () => {
  assert.deepEqual(lobbyFilterOf(''), { q: '', category: null });
  assert.deepEqual(lobbyFilterOf('category=music'), music);
  assert.deepEqual(lobbyFilterOf('q=viol%C3%A3o&category=music&sort=newest'), {
    q: 'violão',
    category: 'music',
  });
  assert.deepEqual(lobbyFilterOf('category=spaceships&q=x'), { q: 'x', category: null });
  assert.equal(isFiltered(lobbyFilterOf('')), false);
  assert.equal(isFiltered(lobbyFilterOf('q=%20%20')), false, 'blank words are no search');
  assert.equal(isFiltered(lobbyFilterOf('sort=newest')), false);
  assert.equal(isFiltered(music), true);
  assert.equal(isFiltered({ q: 'relógio', category: null }), true);
});

test('the filter goes to the address beside the words and the order, and leaves it', () => {
  assert.equal(lobbyPathFrom('', { category: 'music' }), '/?category=music');
  assert.equal(
    lobbyPathFrom('?q=viol%C3%A3o&sort=newest', { category: 'music' }),
    '/?q=viol%C3%A3o&sort=newest&category=music',
  );
  assert.equal(lobbyPathFrom('?category=music&q=x', { category: '' }), '/?q=x');
  assert.equal(
    lobbyPathFrom('?category=music&q=x&sort=newest', { q: '', category: '' }),
    '/?sort=newest',
  );
  assert.equal(lobbyPathFrom('?category=music', { category: '' }), '/');
  // What goes in comes back out.
  const path = lobbyPathFrom('?sort=newest', { category: 'home', q: 'mesa de jantar' });
  assert.deepEqual(lobbyFilterOf(path.split('?')[1] ?? ''), {
    q: 'mesa de jantar',
    category: 'home',
  });
});

test('a new filter or order reads afresh; spacing or case in the words does not', () => {
  assert.equal(
    resultsKey({ q: ' Relógio  bolso', category: null }, 'ending'),
    resultsKey({ q: 'relogio bolso', category: null }, 'ending'),
  );
  assert.notEqual(resultsKey(music, 'ending'), resultsKey(music, 'newest'));
  assert.notEqual(resultsKey(music, 'ending'), resultsKey({ q: '', category: 'art' }, 'ending'));
  assert.notEqual(
    resultsKey(music, 'ending'),
    resultsKey({ q: 'violão', category: 'music' }, 'ending'),
  );
});

test('an auction matches when open, in the category and with every word', () => {
  const guitar = lot('g', { title: 'Violão Giannini' });
  assert.equal(matchesFilter(guitar, music), true);
  assert.equal(matchesFilter(guitar, { q: 'violao', category: 'music' }), true, 'accents ignored');
  assert.equal(matchesFilter(guitar, { q: 'violão', category: null }), true, 'words alone');
  assert.equal(matchesFilter(guitar, { q: 'violão tampo', category: 'music' }), false);
  assert.equal(matchesFilter(guitar, { q: '', category: 'art' }), false);
  assert.equal(matchesFilter(guitar, { q: '', category: null }), false, 'no filter: no results');
  assert.equal(matchesFilter({ ...guitar, status: 'closed' }, music), false);
  assert.equal(matchesFilter({ ...guitar, status: 'cancelled' }, music), false);
  // An event from a replica older than categories: Outros.
  const older = withoutCategory(lot('o'));
  assert.equal(matchesFilter(older, music), false);
  assert.equal(matchesFilter(older, { q: '', category: 'other' }), true);
});

test('results come in the lobby’s order, the ones that no longer match left out', () => {
  const items = [
    lot('late', { endsIn: 30, listed: 1 }),
    lot('soon', { endsIn: 5, listed: 2 }),
    lot('closed', { endsIn: 1, status: 'closed' }),
    lot('art', { endsIn: 2, category: 'art' }),
    lot('mid', { endsIn: 10, listed: 3 }),
  ];
  assert.deepEqual(ids(shownResults(items, music, 'ending')), ['soon', 'mid', 'late']);
  assert.deepEqual(ids(shownResults(items, music, 'newest')), ['mid', 'soon', 'late']);
});

test('a newcomer joins where it sorts; past the last one shown it waits for its page', () => {
  const shown = [lot('a', { endsIn: 5, listed: 1 }), lot('b', { endsIn: 10, listed: 2 })];
  const sooner = lot('sooner', { endsIn: 7, listed: 3 });
  const later = lot('later', { endsIn: 60, listed: 3 });
  assert.equal(joinsResults(sooner, music, 'ending', shown, true), true);
  assert.equal(joinsResults(later, music, 'ending', shown, true), false, 'its page will bring it');
  assert.equal(joinsResults(later, music, 'ending', shown, false), true, 'every page shown');
  assert.equal(joinsResults(lot('art', { category: 'art' }), music, 'ending', shown, false), false);
  // Newest first: a new listing sorts first, at once, even while pages remain.
  assert.equal(joinsResults(later, music, 'newest', shown, true), true);
});

test('corrected out of the category it leaves; corrected back it returns; a close removes it', () => {
  const admit = (items: CompactAuction[]) => (auction: CompactAuction) =>
    joinsResults(auction, music, 'ending', shownResults(items, music, 'ending'), false);
  const guitar = lot('guitar', { endsIn: 10 });
  let items: CompactAuction[] = [lot('piano', { endsIn: 20 })];
  items = upsertListed(items, guitar, admit(items));
  assert.deepEqual(ids(shownResults(items, music, 'ending')), ['guitar', 'piano'], 'listed live');
  items = upsertListed(items, lot('vase', { category: 'home' }), admit(items));
  assert.deepEqual(ids(shownResults(items, music, 'ending')), ['guitar', 'piano'], 'not music');

  // A correction keeps the seq: the changed category is what makes it the later version.
  const moved = { ...guitar, category: 'collectibles' as const };
  assert.equal(supersedes(guitar, moved), true);
  items = upsertListed(items, moved, admit(items));
  assert.deepEqual(ids(shownResults(items, music, 'ending')), ['piano']);
  items = upsertListed(items, guitar, admit(items));
  assert.deepEqual(ids(shownResults(items, music, 'ending')), ['guitar', 'piano']);

  // A repeat of the same version changes nothing; a missing category is `other`, not a change.
  const uncategorised = withoutCategory(lot('x', { category: 'other' }));
  assert.equal(supersedes(lot('x', { category: 'other' }), uncategorised), false);

  items = upsertListed(items, { ...guitar, seq: 1, status: 'closed' }, admit(items));
  assert.deepEqual(ids(shownResults(items, music, 'ending')), ['piano']);
});

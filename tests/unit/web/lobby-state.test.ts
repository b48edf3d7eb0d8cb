// The lobby's lists: open auctions soonest-ending first (or newest listed
// first), closed ones newest first, and late or repeated updates change nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Auction, CompactAuction } from '../../../core/schemas.ts';
import {
  CLOSED_SHOWN,
  initialLobbyState,
  lobbyReducer,
} from '../../../web/src/live/lobby-state.ts';
import { auctionFixture } from './fixtures.ts';

function auction(
  id: string,
  endsInMinutes: number,
  seq = 0,
  status: 'open' | 'closed' = 'open',
): Auction {
  const endsAt = new Date(Date.UTC(2030, 0, 1) + endsInMinutes * 60_000).toISOString();
  const closedAt = status === 'closed' ? endsAt : null;
  return auctionFixture({ id, title: id, status, endsAt, closedAt, seq });
}

const ids = (list: CompactAuction[]) => list.map((a) => a.id);

test('new auctions slot in by end time', () => {
  let state = lobbyReducer(initialLobbyState, {
    type: 'loaded',
    open: [auction('b', 20), auction('a', 10)],
    closed: [],
  });
  assert.deepEqual(ids(state.open), ['a', 'b']);
  state = lobbyReducer(state, { type: 'upsert', auction: auction('c', 15) });
  assert.deepEqual(ids(state.open), ['a', 'c', 'b']);
});

test('a soft-close extension re-sorts; a stale update is ignored', () => {
  let state = lobbyReducer(initialLobbyState, {
    type: 'loaded',
    open: [auction('a', 10), auction('b', 20)],
    closed: [],
  });
  state = lobbyReducer(state, { type: 'upsert', auction: auction('a', 30, 2) });
  assert.deepEqual(ids(state.open), ['b', 'a']);
  const before = state;
  state = lobbyReducer(state, { type: 'upsert', auction: auction('a', 10, 1) });
  assert.equal(state, before);
});

test('a closing auction moves to the closed list, newest first, capped', () => {
  const closed = Array.from({ length: CLOSED_SHOWN }, (_, i) =>
    auction(`old${i}`, -100 - i, 1, 'closed'),
  );
  let state = lobbyReducer(initialLobbyState, { type: 'loaded', open: [auction('a', 10)], closed });
  state = lobbyReducer(state, { type: 'upsert', auction: auction('a', 0, 3, 'closed') });
  assert.deepEqual(ids(state.open), []);
  assert.equal(state.closed[0]?.id, 'a');
  assert.equal(state.closed.length, CLOSED_SHOWN);
});

test('open auctions come a page at a time; one beyond the last shown waits for its page', () => {
  let state = lobbyReducer(initialLobbyState, {
    type: 'loaded',
    open: [auction('a', 10), auction('b', 20)],
    closed: [],
    openCursor: 'after-b',
  });
  // Ends after b: somewhere in the pages not loaded yet, so not shown after a gap.
  state = lobbyReducer(state, { type: 'upsert', auction: auction('late', 90) });
  assert.deepEqual(ids(state.open), ['a', 'b']);
  // Ends before b: its place is among those shown.
  state = lobbyReducer(state, { type: 'upsert', auction: auction('soon', 15) });
  assert.deepEqual(ids(state.open), ['a', 'soon', 'b']);

  state = lobbyReducer(state, {
    type: 'moreOpen',
    open: [auction('c', 30), auction('late', 90)],
    openCursor: null,
  });
  assert.deepEqual(ids(state.open), ['a', 'soon', 'b', 'c', 'late']);
  assert.equal(state.openCursor, null);
  // Everything is shown now: a new auction appears wherever it ends.
  state = lobbyReducer(state, { type: 'upsert', auction: auction('later', 200) });
  assert.deepEqual(ids(state.open).at(-1), 'later');
});

test('a shown auction moved past the last one by an extension stays', () => {
  let state = lobbyReducer(initialLobbyState, {
    type: 'loaded',
    open: [auction('a', 10), auction('b', 20)],
    closed: [],
    openCursor: 'after-b',
  });
  state = lobbyReducer(state, { type: 'upsert', auction: auction('a', 60, 3) });
  assert.deepEqual(ids(state.open), ['b', 'a']);
});

test('a corrected title (same seq: before any bid) replaces the card; a repeat changes nothing', () => {
  let state = lobbyReducer(initialLobbyState, {
    type: 'loaded',
    open: [auction('a', 10), auction('b', 20)],
    closed: [],
  });
  const corrected = { ...auction('a', 10), title: 'Relógio suíço' };
  state = lobbyReducer(state, { type: 'upsert', auction: corrected });
  assert.equal(state.open[0]?.title, 'Relógio suíço');
  const before = state;
  state = lobbyReducer(state, { type: 'upsert', auction: { ...corrected } });
  assert.equal(state, before);
});

/** An open auction listed `minutesAgo` minutes before 2030, ending in an hour. */
function listed(id: string, minutesAgo: number, seq = 0): Auction {
  const createdAt = new Date(Date.UTC(2030, 0, 1) - minutesAgo * 60_000).toISOString();
  return { ...auction(id, 60, seq), createdAt };
}

test('newest listed first: as loaded, a new auction on top, an update keeps its place', () => {
  let state = lobbyReducer(initialLobbyState, {
    type: 'loaded',
    order: 'newest',
    open: [listed('old', 30), listed('new', 5), listed('mid', 10)],
    closed: [],
  });
  assert.equal(state.order, 'newest');
  assert.deepEqual(ids(state.open), ['new', 'mid', 'old']);
  state = lobbyReducer(state, { type: 'upsert', auction: listed('newer', 1) });
  assert.deepEqual(ids(state.open), ['newer', 'new', 'mid', 'old']);
  // A bid that extends the end does not move it in this order.
  const extended = {
    ...listed('old', 30, 1),
    endsAt: new Date(Date.UTC(2030, 0, 2)).toISOString(),
  };
  state = lobbyReducer(state, { type: 'upsert', auction: extended });
  assert.deepEqual(ids(state.open), ['newer', 'new', 'mid', 'old']);
  // Listed in the same millisecond: the greater id first, as the API pages them.
  state = lobbyReducer(state, { type: 'upsert', auction: listed('mie', 10) });
  assert.deepEqual(ids(state.open), ['newer', 'new', 'mie', 'mid', 'old']);
});

test('newest listed first, a page at a time: a new auction shows at once, an older one waits', () => {
  let state = lobbyReducer(initialLobbyState, {
    type: 'loaded',
    order: 'newest',
    open: [listed('b', 10), listed('a', 5)],
    closed: [],
    openCursor: 'next',
  });
  state = lobbyReducer(state, { type: 'upsert', auction: listed('fresh', 0) });
  state = lobbyReducer(state, { type: 'upsert', auction: listed('older', 60) });
  assert.deepEqual(ids(state.open), ['fresh', 'a', 'b']);
  state = lobbyReducer(state, {
    type: 'moreOpen',
    open: [listed('older', 60), listed('c', 20)],
    openCursor: null,
  });
  assert.deepEqual(ids(state.open), ['fresh', 'a', 'b', 'c', 'older']);
});

test('loading the other order replaces the lists and their order', () => {
  const newest = lobbyReducer(initialLobbyState, {
    type: 'loaded',
    order: 'newest',
    open: [listed('x', 10)],
    closed: [],
  });
  const ending = lobbyReducer(newest, {
    type: 'loaded',
    open: [auction('late', 30), auction('soon', 10)],
    closed: [],
  });
  assert.equal(ending.order, 'ending');
  assert.deepEqual(ids(ending.open), ['soon', 'late']);
});

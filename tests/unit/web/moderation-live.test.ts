// The moderators' queue kept live, its pure rules: a reading of the queue
// updates the listed items in place, takes out those decided elsewhere (not
// one being decided here), never inserts nor reorders, and raises the notice
// only for auctions that wait unlisted — never for the echo of one's own
// decision; the pages read again; bursts of events gathered into one call;
// the item holding the focus; the sentences in both languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AuctionFlag, FlaggedAuction, ModerationQueue } from '../../../core/schemas.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { collectBursts } from '../../../web/src/live/burst.ts';
import {
  focusedAuction,
  mergeReading,
  readQueuePages,
  type QueueContext,
} from '../../../web/src/live/moderation-live.ts';
import { auctionFixture, person } from './fixtures.ts';

const report = (reporter: string): AuctionFlag => ({
  reporter: person(reporter),
  reason: 'fraud',
  details: null,
  flaggedAt: '2030-01-01T00:00:00.000Z',
});
/** Auction `id` waiting with `reports` reports. */
const item = (id: string, reports = 1): FlaggedAuction => ({
  auction: auctionFixture({ id, title: `Lote ${id}` }),
  flags: Array.from({ length: reports }, (_, n) => report(`r${n}`)),
  firstFlaggedAt: '2030-01-01T00:00:00.000Z',
  sellerSuspended: false,
});
const ids = (items: readonly FlaggedAuction[]) => items.map(({ auction }) => auction.id);
const context = (overrides: Partial<QueueContext> = {}): QueueContext => ({
  listComplete: true,
  decidedHere: new Set(),
  deciding: new Set(),
  ...overrides,
});
const changed = (...list: string[]) => new Set(list);

test('new reports on a listed auction update its item in place, in the list’s order', () => {
  const listed = [item('a'), item('b'), item('c')];
  // The reading lists them in another order, and one more at the end.
  const reading = { items: [item('c'), item('b', 3), item('a'), item('d')], complete: true };
  const merged = mergeReading(listed, reading, changed('b'), context({ listComplete: false }));
  assert.deepEqual(ids(merged.items), ['a', 'b', 'c'], 'nothing inserted, nothing moved');
  assert.equal(merged.items[1]?.flags.length, 3);
  assert.deepEqual(ids(merged.reported), ['b']);
  assert.deepEqual(merged.left, []);
  assert.equal(merged.news, false, 'd may be the next page’s: no news for it');
});

test('a listed auction no longer waiting leaves, unless a decision on it is under way here', () => {
  const listed = [item('a'), item('b'), item('c')];
  const reading = { items: [item('a')], complete: true };
  const merged = mergeReading(listed, reading, changed('b', 'c'), context());
  assert.deepEqual(ids(merged.items), ['a']);
  assert.deepEqual(ids(merged.left), ['b', 'c']);
  assert.equal(merged.news, false);

  const busy = mergeReading(listed, reading, changed('b'), context({ deciding: new Set(['b']) }));
  assert.deepEqual(ids(busy.items), ['a', 'b'], 'b waits for its own decision’s answer');
  assert.deepEqual(ids(busy.left), ['c']);
});

test('an auction waiting unlisted raises the notice; not listing it is the notice’s job', () => {
  const listed = [item('a')];
  const withIt = { items: [item('a'), item('n')], complete: true };
  const merged = mergeReading(listed, withIt, changed('n'), context());
  assert.equal(merged.news, true);
  assert.deepEqual(ids(merged.items), ['a']);

  // Past the pages read (there are more): a new report sorts last, so it may be there.
  const partial = { items: [item('a')], complete: false };
  assert.equal(mergeReading(listed, partial, changed('n'), context()).news, true);
  // Read to the end and not there: decided elsewhere before this page listed it.
  const whole = { items: [item('a')], complete: true };
  assert.equal(mergeReading(listed, whole, changed('n'), context()).news, false);
});

test('one’s own decision comes back as an event: no notice, unless it was reported again', () => {
  const listed = [item('a')];
  const decidedHere = new Set(['k']);
  for (const complete of [true, false]) {
    const reading = { items: [item('a')], complete };
    assert.equal(
      mergeReading(listed, reading, changed('k'), context({ decidedHere })).news,
      false,
      `reading complete: ${complete}`,
    );
  }
  const reportedAgain = { items: [item('a'), item('k')], complete: true };
  assert.equal(
    mergeReading(listed, reportedAgain, changed('k'), context({ decidedHere })).news,
    true,
  );
});

test('after a reconnection (events missed), an unlisted auction is news only if the list was whole', () => {
  const listed = [item('a'), item('b')];
  const reading = { items: [item('b', 2), item('c')], complete: true };
  const whole = mergeReading(listed, reading, 'all', context());
  assert.deepEqual(ids(whole.items), ['b']);
  assert.deepEqual(ids(whole.left), ['a']);
  assert.deepEqual(ids(whole.reported), ['b']);
  assert.equal(whole.news, true);
  // With pages left, c is the next page's first item, not news.
  assert.equal(mergeReading(listed, reading, 'all', context({ listComplete: false })).news, false);
  // Decided here, then reported again while the socket was away: news.
  const decidedHere = new Set(['k']);
  const again = { items: [item('a'), item('b'), item('k')], complete: true };
  assert.equal(mergeReading(listed, again, 'all', context({ decidedHere })).news, true);
  const unchanged = { items: [item('a'), item('b')], complete: true };
  assert.equal(mergeReading(listed, unchanged, 'all', context({ decidedHere })).news, false);
});

/** A queue of `count` auctions served `size` at a time, counting the reads. */
function pagedQueue(count: number, size = 20) {
  const all = Array.from({ length: count }, (_, n) => item(`q${n}`));
  const cursors: (string | undefined)[] = [];
  const read = async (cursor?: string): Promise<ModerationQueue> => {
    cursors.push(cursor);
    const from = cursor === undefined ? 0 : Number(cursor);
    const to = from + size;
    return { items: all.slice(from, to), nextCursor: to < all.length ? String(to) : null };
  };
  return { read, cursors };
}

test('a reading reads as many pages as are shown, and says whether it reached the end', async () => {
  const queue = pagedQueue(45);
  const two = await readQueuePages(queue.read, 2);
  assert.equal(two.items.length, 40);
  assert.equal(two.complete, false);
  assert.deepEqual(queue.cursors, [undefined, '20']);

  const five = await readQueuePages(pagedQueue(45).read, 5);
  assert.equal(five.items.length, 45, 'stops at the end');
  assert.equal(five.complete, true);

  // An auction listed again on a later page (its place changed meanwhile) counts once.
  const twice = async (cursor?: string): Promise<ModerationQueue> =>
    cursor === undefined
      ? { items: [item('a'), item('b')], nextCursor: 'x' }
      : { items: [item('b'), item('c')], nextCursor: null };
  assert.deepEqual(ids((await readQueuePages(twice, 2)).items), ['a', 'b', 'c']);
});

test('a burst of ids makes one call, after a quiet moment, with all of them', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const calls: string[][] = [];
  const burst = collectBursts((gathered) => calls.push([...gathered]), {
    quietMs: 300,
    maxWaitMs: 1500,
  });
  for (const id of ['a', 'b', 'a', 'c']) {
    burst.add(id);
    t.mock.timers.tick(100);
  }
  assert.deepEqual(calls, [], 'still coming');
  t.mock.timers.tick(300);
  assert.deepEqual(calls, [['a', 'b', 'c']]);
  t.mock.timers.tick(5000);
  assert.equal(calls.length, 1, 'nothing more');
});

test('a steady stream is still read at most maxWait after its first id; stop drops what waits', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const calls: string[][] = [];
  const burst = collectBursts((gathered) => calls.push([...gathered]), {
    quietMs: 300,
    maxWaitMs: 1000,
  });
  for (let n = 0; n < 12; n++) {
    burst.add(`s${n}`);
    t.mock.timers.tick(200);
  }
  assert.equal(calls.length, 2, 'at 1000 ms and 2000 ms');
  assert.equal(calls[0]?.length, 5);
  burst.stop();
  t.mock.timers.tick(5000);
  assert.equal(calls.length, 2);
});

test('the focus is in a listed item when an element inside it holds it', () => {
  const inside = {
    closest: () => ({ dataset: { auctionId: 'a' } }),
  } as unknown as Element;
  const outside = { closest: () => null } as unknown as Element;
  assert.equal(focusedAuction(inside), 'a');
  assert.equal(focusedAuction(outside), null);
  assert.equal(focusedAuction(null), null);
});

test('the live sentences, in both languages', () => {
  assert.equal(
    ptBR.moderation.decidedElsewhere(['Vitrola']),
    'Outra sessão de moderação já decidiu sobre “Vitrola”: o anúncio saiu da fila.',
  );
  assert.equal(
    ptBR.moderation.decidedElsewhere(['Vitrola', 'Relógio', 'Câmera']),
    'Outra sessão de moderação já decidiu sobre “Vitrola”, “Relógio” e “Câmera”: os anúncios saíram da fila.',
  );
  assert.equal(
    en.moderation.decidedElsewhere(['Record player', 'Watch']),
    'Another moderation session already decided on “Record player” and “Watch”: they have left the queue.',
  );
  assert.equal(
    ptBR.moderation.reportedAgain(['Vitrola']),
    'Chegaram denúncias novas para “Vitrola”.',
  );
  assert.equal(en.moderation.reportedAgain(['Watch']), 'New reports arrived for “Watch”.');
  assert.equal(ptBR.moderation.news, 'Novas denúncias — atualizar a fila');
  assert.equal(en.moderation.news, 'New reports — refresh the queue');
});

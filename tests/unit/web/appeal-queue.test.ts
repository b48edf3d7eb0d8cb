// The moderators' list of appeals kept live, its pure rules: the pages a
// reading covers, each appeal once; a reading keeps the listed appeals still
// open where they are, takes out those decided elsewhere (not one being
// decided here), and adds at the end those not listed (not one decided here);
// where the focus goes when an item leaves, and which item holds it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AppealQueue } from '../../../core/schemas.ts';
import {
  focusedAppeal,
  mergeAppeals,
  neighbourAppeal,
  readAppealPages,
  uniqueAppeals,
} from '../../../web/src/live/appeal-queue.ts';
import { appealIds as ids, appealToReview as appeal } from './appeal-fixtures.ts';

const list = (...names: string[]) => names.map(appeal);
const none = new Set<string>();
const context = (done: string[] = [], deciding: string[] = []) => ({
  done: new Set(done),
  deciding: new Set(deciding),
});

/** A list of `count` appeals served `size` at a time, counting the reads. */
function pagedAppeals(count: number, size = 20) {
  const all = Array.from({ length: count }, (_, n) => appeal(`p${n}`));
  const cursors: (string | undefined)[] = [];
  const read = async (cursor?: string): Promise<AppealQueue> => {
    cursors.push(cursor);
    const from = cursor === undefined ? 0 : Number(cursor);
    const to = from + size;
    return { items: all.slice(from, to), nextCursor: to < all.length ? String(to) : null };
  };
  return { read, cursors };
}

test('a reading reads as many pages as are shown, and keeps where the next one starts', async () => {
  const queue = pagedAppeals(45);
  const two = await readAppealPages(queue.read, 2);
  assert.equal(two.items.length, 40);
  assert.deepEqual(ids(two.items).slice(18, 22), ['p18', 'p19', 'p20', 'p21'], 'in order');
  assert.equal(two.nextCursor, '40');
  assert.deepEqual(queue.cursors, [undefined, '20']);

  const one = pagedAppeals(45);
  assert.equal((await readAppealPages(one.read, 1)).nextCursor, '20');
  assert.deepEqual(one.cursors, [undefined], 'the first page only');

  const five = pagedAppeals(45);
  const all = await readAppealPages(five.read, 5);
  assert.equal(all.items.length, 45, 'stops at the end');
  assert.equal(all.nextCursor, null);
  assert.deepEqual(five.cursors, [undefined, '20', '40']);
});

test('an empty list is one read, with nothing after it', async () => {
  const empty = pagedAppeals(0);
  assert.deepEqual(await readAppealPages(empty.read, 3), { items: [], nextCursor: null });
  assert.deepEqual(empty.cursors, [undefined]);
});

test('an appeal listed again on a later page (the list changed meanwhile) counts once', async () => {
  const twice = async (cursor?: string): Promise<AppealQueue> =>
    cursor === undefined
      ? { items: list('a', 'b'), nextCursor: 'x' }
      : { items: list('b', 'c'), nextCursor: null };
  assert.deepEqual(ids((await readAppealPages(twice, 2)).items), ['a', 'b', 'c']);
});

test('each appeal once, and none decided here', () => {
  const items = list('a', 'b', 'c', 'b');
  assert.deepEqual(ids(uniqueAppeals(items, none)), ['a', 'b', 'c']);
  assert.deepEqual(ids(uniqueAppeals(items, new Set(['b']))), ['a', 'c']);
  assert.deepEqual(ids(uniqueAppeals(items, new Set(['a', 'b', 'c']))), []);
  assert.deepEqual(uniqueAppeals([], new Set(['a'])), []);
});

test('a listed appeal still open stays where it is, whatever the reading’s order', () => {
  const merged = mergeAppeals(list('a', 'b', 'c'), list('c', 'a', 'b'), context());
  assert.deepEqual(ids(merged.items), ['a', 'b', 'c']);
  assert.deepEqual(merged.left, []);
  assert.deepEqual(merged.arrived, []);
});

test('a listed appeal no longer open leaves, unless a decision on it is under way here', () => {
  const listed = list('a', 'b', 'c');
  const merged = mergeAppeals(listed, list('b'), context());
  assert.deepEqual(ids(merged.items), ['b']);
  assert.deepEqual(ids(merged.left), ['a', 'c']);
  assert.deepEqual(merged.arrived, []);

  const busy = mergeAppeals(listed, list('b'), context([], ['c']));
  assert.deepEqual(ids(busy.items), ['b', 'c'], 'c waits for its own decision’s answer');
  assert.deepEqual(ids(busy.left), ['a']);
});

test('an appeal read but not listed joins at the end, unless it was decided here', () => {
  const listed = list('a', 'b');
  const merged = mergeAppeals(listed, list('n', 'a', 'b', 'm'), context());
  assert.deepEqual(ids(merged.items), ['a', 'b', 'n', 'm'], 'nothing above them moves');
  assert.deepEqual(ids(merged.arrived), ['n', 'm']);
  assert.deepEqual(merged.left, []);

  // Decided here a moment ago: a reading begun before the answer still lists it.
  const echo = mergeAppeals(listed, list('a', 'b', 'k'), context(['k']));
  assert.deepEqual(ids(echo.items), ['a', 'b']);
  assert.deepEqual(echo.arrived, []);
});

test('leaving and arriving in one reading; from and to an empty list', () => {
  const both = mergeAppeals(list('a', 'b'), list('b', 'n'), context());
  assert.deepEqual(ids(both.items), ['b', 'n']);
  assert.deepEqual(ids(both.left), ['a']);
  assert.deepEqual(ids(both.arrived), ['n']);

  const fromEmpty = mergeAppeals([], list('a', 'b'), context());
  assert.deepEqual(ids(fromEmpty.items), ['a', 'b']);
  assert.deepEqual(ids(fromEmpty.arrived), ['a', 'b']);

  const toEmpty = mergeAppeals(list('a', 'b'), [], context());
  assert.deepEqual(toEmpty.items, []);
  assert.deepEqual(ids(toEmpty.left), ['a', 'b']);

  assert.deepEqual(mergeAppeals([], [], context()), { items: [], left: [], arrived: [] });
});

test('the focus goes to the next item, else the one before, else the section', () => {
  const items = list('a', 'b', 'c');
  assert.equal(neighbourAppeal(items, 'a'), 'b');
  assert.equal(neighbourAppeal(items, 'b'), 'c');
  assert.equal(neighbourAppeal(items, 'c'), 'b', 'the last item: the one before');
  assert.equal(neighbourAppeal(list('a'), 'a'), null, 'the only item');
  assert.equal(neighbourAppeal(items, 'x'), null, 'not listed');
  assert.equal(neighbourAppeal([], 'a'), null, 'an empty list');
});

test('the focus is in a listed appeal when an element inside its item holds it', () => {
  // An element whose closest item (by its data-appeal-id) is appeal `id`'s.
  const inside = (id: string) =>
    ({
      closest: (selector: string) =>
        selector === '[data-appeal-id]' ? { dataset: { appealId: id } } : null,
    }) as unknown as Element;
  const outside = { closest: () => null } as unknown as Element;
  assert.equal(focusedAppeal(inside('p7')), 'p7');
  assert.equal(focusedAppeal(outside), null);
  assert.equal(focusedAppeal(null), null, 'nothing focused');
});

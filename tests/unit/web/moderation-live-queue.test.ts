// The moderators' queue as the page holds it (moderation-queue-store.ts),
// driven by events against an in-memory queue: a burst of events makes one
// reading; events during a reading make one more after it; one's own
// decision leaves at once and its echo raises no notice; a reading begun
// before a decision here is read again; the notice's reading starts the list
// over, bringing back an auction kept here and reported again.
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { FlaggedAuction, ModerationQueue } from '../../../core/schemas.ts';
import {
  createModerationQueue,
  type QueueApi,
  type QueueChanges,
} from '../../../web/src/live/moderation-queue-store.ts';
import { auctionFixture, person } from './fixtures.ts';

const waiting = (id: string, reports = 1): FlaggedAuction => ({
  auction: auctionFixture({ id, title: `Lote ${id}` }),
  flags: Array.from({ length: reports }, (_, n) => ({
    reporter: person(`r${n}`),
    reason: 'fraud' as const,
    details: null,
    flaggedAt: '2030-01-01T00:00:00.000Z',
  })),
  firstFlaggedAt: '2030-01-01T00:00:00.000Z',
  sellerSuspended: false,
});

/** The API's queue, 20 a page; `hold()` keeps the next read from answering until released. */
function fakeApi(...ids: string[]) {
  let queue = ids.map((id) => waiting(id));
  let held: Promise<void> | null = null;
  const reads: (string | undefined)[] = [];
  const api = {
    async moderationQueue(cursor?: string): Promise<ModerationQueue> {
      reads.push(cursor);
      const page = (from: number) => ({
        items: queue.slice(from, from + 20),
        nextCursor: from + 20 < queue.length ? String(from + 20) : null,
      });
      const from = cursor === undefined ? 0 : Number(cursor);
      const answer = page(from); // as the queue stood when the read reached the API
      if (held) await held;
      return answer;
    },
    async dismissFlags(id: string) {
      queue = queue.filter(({ auction }) => auction.id !== id);
      return null;
    },
  } as unknown as QueueApi;
  return {
    api,
    reads,
    report(id: string) {
      const at = queue.findIndex(({ auction }) => auction.id === id);
      if (at === -1) queue.push(waiting(id));
      else queue[at] = waiting(id, (queue[at]?.flags.length ?? 0) + 1);
    },
    decide(id: string) {
      queue = queue.filter(({ auction }) => auction.id !== id);
    },
    hold(): () => void {
      let release = () => {};
      held = new Promise((resolve) => (release = resolve));
      return () => {
        held = null;
        release();
      };
    },
  };
}

/** Lets pending promises settle (setImmediate is not mocked). */
const settled = async () => {
  for (let n = 0; n < 10; n++) await new Promise((resolve) => setImmediate(resolve));
};

async function openQueue(t: TestContext, ...ids: string[]) {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const server = fakeApi(...ids);
  const told: QueueChanges[] = [];
  const queue = createModerationQueue(server.api, {
    onChanges: (changes) => told.push(changes),
    quietMs: 300,
    maxWaitMs: 1500,
  });
  t.after(queue.start());
  await settled();
  const listed = () => queue.view.get().items.map(({ auction }) => auction.id);
  /** Events arrive for `heard`, then the burst ends. */
  const hear = async (...heard: string[]) => {
    for (const id of heard) queue.heard(id);
    t.mock.timers.tick(300);
    await settled();
  };
  return { server, queue, told, listed, hear };
}

test('a burst of reports makes one reading; the listed item gets them in place', async (t) => {
  const { server, queue, told, listed, hear } = await openQueue(t, 'a', 'b');
  assert.deepEqual(server.reads, [undefined], 'the first page');
  for (let n = 0; n < 5; n++) server.report('b');
  await hear('b', 'b', 'b', 'b', 'b');
  assert.equal(server.reads.length, 2, 'one reading for the five');
  assert.deepEqual(listed(), ['a', 'b']);
  assert.equal(queue.view.get().items[1]?.flags.length, 6);
  assert.deepEqual(
    told.map(({ reported }) => reported.map(({ auction }) => auction.id)),
    [['b']],
  );
  assert.equal(queue.view.get().news, false);
});

test('an auction not listed raises the notice; its reading starts the list over', async (t) => {
  const { server, queue, listed, hear } = await openQueue(t, 'a');
  server.report('n');
  await hear('n');
  assert.deepEqual(listed(), ['a'], 'the list did not move');
  assert.equal(queue.view.get().news, true);
  await queue.refresh();
  assert.deepEqual(listed(), ['a', 'n']);
  assert.equal(queue.view.get().news, false);
});

test('decided elsewhere, a listed item leaves and the page is told which', async (t) => {
  const { server, told, listed, hear } = await openQueue(t, 'a', 'b', 'c');
  server.decide('b');
  server.decide('c');
  await hear('b', 'c');
  assert.deepEqual(listed(), ['a']);
  assert.deepEqual(
    told.map(({ left }) => left.map(({ auction }) => auction.id)),
    [['b', 'c']],
  );
});

test('one’s own decision leaves at once, and its echo raises no notice', async (t) => {
  const { queue, told, listed, hear } = await openQueue(t, 'a', 'b');
  await queue.keep('a');
  assert.deepEqual(listed(), ['b']);
  await hear('a');
  assert.equal(queue.view.get().news, false);
  assert.deepEqual(told, [], 'not said to be decided elsewhere');
});

test('kept here and reported again: the notice, then the item again', async (t) => {
  const { server, queue, listed, hear } = await openQueue(t, 'a', 'b');
  await queue.keep('a');
  server.report('a');
  await hear('a');
  assert.equal(queue.view.get().news, true);
  await queue.refresh();
  assert.deepEqual(listed(), ['b', 'a']);
});

test('events during a reading make one more reading after it, with them all', async (t) => {
  const { server, queue, listed, hear } = await openQueue(t, 'a');
  const release = server.hold();
  server.report('a');
  await hear('a');
  assert.equal(server.reads.length, 2, 'reading, held');
  server.report('a');
  server.report('n');
  await hear('a');
  await hear('n');
  assert.equal(server.reads.length, 2, 'waiting for the one under way');
  release();
  await settled();
  assert.equal(server.reads.length, 3, 'one more for both');
  assert.equal(queue.view.get().items[0]?.flags.length, 3);
  assert.deepEqual(listed(), ['a']);
  assert.equal(queue.view.get().news, true);
});

test('a reading begun before a decision here is read again, so it never undoes it', async (t) => {
  const { server, queue, told, listed, hear } = await openQueue(t, 'a', 'b');
  const release = server.hold();
  server.report('b');
  await hear('b'); // the reading, held, still lists a
  await queue.keep('a');
  release();
  await settled();
  assert.equal(server.reads.length, 3, 'the stale reading was read again');
  assert.deepEqual(listed(), ['b']);
  assert.equal(queue.view.get().news, false, 'a, kept here, is no news');
  assert.deepEqual(
    told.map(({ reported }) => reported.map(({ auction }) => auction.id)),
    [['b']],
  );
});

test('after a reconnection the pages shown are read again; one decided meanwhile leaves', async (t) => {
  const { server, queue, told, listed } = await openQueue(t, 'a', 'b');
  server.decide('a');
  server.report('n');
  queue.caughtUp();
  await settled();
  assert.deepEqual(listed(), ['b']);
  assert.deepEqual(
    told.map(({ left }) => left.map(({ auction }) => auction.id)),
    [['a']],
  );
  assert.equal(queue.view.get().news, true, 'the whole queue was listed: n is new');
});

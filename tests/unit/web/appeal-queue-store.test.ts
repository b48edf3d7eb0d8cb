// The moderators' list of appeals as the page holds it (appeal-queue-store.ts),
// driven by events against an in-memory list: the first page, then the next
// ones; a burst of events makes one reading of the pages shown; events during
// a reading make one more after it; one's own decision leaves at once and its
// echo says nothing; a decision refused as decided elsewhere (APPEAL_DECIDED,
// APPEAL_NOT_FOUND) makes a reading; a reading begun before the page changed
// its own list is read again, and a page read before a reading is dropped.
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { AppealQueue, AppealToReview } from '../../../core/schemas.ts';
import { ApiError } from '../../../web/src/api/http.ts';
import {
  createAppealQueue,
  type AppealChanges,
  type AppealQueueApi,
} from '../../../web/src/live/appeal-queue-store.ts';
import { appealIds as ids, appealToReview } from './appeal-fixtures.ts';

const names = (count: number, from = 0) => Array.from({ length: count }, (_, n) => `p${from + n}`);

/**
 * The API's list of open appeals, the longest waiting first, 20 a page; as
 * the API's, a cursor is the last appeal's place in the list (so a page read
 * after an appeal above it left starts where the last one ended). `hold()`
 * keeps the next read from answering until released, `holdDecisions()` each
 * decision's answer (taken at once); `refuse(code)` makes the next decision fail so.
 */
function fakeApi(...appealIds: string[]) {
  let lodged = 0;
  const place = new Map<string, number>();
  let open: AppealToReview[] = [];
  const lodge = (id: string) => {
    place.set(id, lodged++);
    open.push(appealToReview(id));
  };
  appealIds.forEach(lodge);
  let held: Promise<void> | null = null;
  let decisionsHeld: Promise<void> | null = null;
  let refusal: ApiError | null = null;
  let failReads = 0;
  const reads: (string | undefined)[] = [];
  const decisions: string[] = [];
  const api: AppealQueueApi = {
    async appealQueue(cursor?: string): Promise<AppealQueue> {
      reads.push(cursor);
      const wait = held;
      held = null;
      if (failReads > 0) {
        failReads -= 1;
        throw new ApiError(0, 'NETWORK', 'offline');
      }
      const after = cursor === undefined ? -1 : Number(cursor);
      const rest = open.filter(({ id }) => (place.get(id) ?? -1) > after);
      const items = rest.slice(0, 20);
      const last = items.at(-1);
      // As the list stood when the read reached the API.
      const answer = {
        items,
        nextCursor: rest.length > 20 && last ? String(place.get(last.id)) : null,
      };
      if (wait) await wait;
      return answer;
    },
    async decideAppeal(id, body) {
      decisions.push(id);
      if (refusal) {
        const error = refusal;
        refusal = null;
        throw error;
      }
      const found = open.find((appeal) => appeal.id === id);
      if (!found) throw new ApiError(404, 'APPEAL_NOT_FOUND', 'gone');
      open = open.filter((appeal) => appeal.id !== id);
      if (decisionsHeld) await decisionsHeld;
      return {
        appeal: {
          ...found,
          status: body.outcome,
          review: { reply: body.reply, reviewedAt: '2030-01-03T00:00:00.000Z' },
        },
      };
    },
  };
  return {
    api,
    reads,
    decisions,
    lodge,
    /** Decided in another session. */
    decide(id: string) {
      open = open.filter((appeal) => appeal.id !== id);
    },
    refuse(status: number, code: string) {
      refusal = new ApiError(status, code, code);
    },
    failNextReads(count: number) {
      failReads = count;
    },
    hold(): () => void {
      let release = () => {};
      held = new Promise((resolve) => (release = resolve));
      return release;
    },
    holdDecisions(): () => void {
      let release = () => {};
      decisionsHeld = new Promise((resolve) => (release = resolve));
      return () => {
        decisionsHeld = null;
        release();
      };
    },
  };
}

/** Lets pending promises settle (setImmediate is not mocked). */
const settled = async () => {
  for (let n = 0; n < 10; n++) await new Promise((resolve) => setImmediate(resolve));
};

async function openAppeals(t: TestContext, ...appealIds: string[]) {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const server = fakeApi(...appealIds);
  const told: AppealChanges[] = [];
  const queue = createAppealQueue(server.api, {
    onChanges: (changes) => told.push(changes),
    quietMs: 300,
    maxWaitMs: 1500,
  });
  const stop = queue.start();
  t.after(stop);
  await settled();
  const listed = () => ids(queue.view.get().items);
  /** Events arrive for `heard`, then the burst ends. */
  const hear = async (...heard: string[]) => {
    for (const id of heard) queue.heard(id);
    t.mock.timers.tick(300);
    await settled();
  };
  /** What each reading said had left and arrived. */
  const changes = () =>
    told.map(({ left, arrived }) => ({ left: ids(left), arrived: ids(arrived) }));
  return { server, queue, told, changes, listed, hear, stop };
}

const reversal = { outcome: 'reversed' as const, reply: 'A nota fiscal confere.' };

test('the first page, then the next ones a page at a time, until the last', async (t) => {
  const { server, queue, listed } = await openAppeals(t, ...names(45));
  assert.equal(queue.view.get().status, 'ready');
  assert.deepEqual(listed(), names(20));
  assert.equal(queue.view.get().nextCursor, '19');

  await queue.loadMore();
  assert.deepEqual(server.reads, [undefined, '19']);
  assert.deepEqual(listed(), names(40));
  assert.equal(queue.view.get().loadingMore, false);

  await queue.loadMore();
  assert.deepEqual(listed(), names(45));
  assert.equal(queue.view.get().nextCursor, null);
  await queue.loadMore();
  assert.equal(server.reads.length, 3, 'no page after the last');
});

test('the first page unread: failed, with why; a next page unread: said, and tried again', async (t) => {
  const broken = fakeApi('a');
  broken.failNextReads(1);
  const first = createAppealQueue(broken.api, { onChanges: () => {} });
  t.after(first.start());
  await settled();
  assert.equal(first.view.get().status, 'failed');
  assert.equal((first.view.get().failure as ApiError).code, 'NETWORK');

  const { server, queue, listed } = await openAppeals(t, ...names(25));
  server.failNextReads(1);
  await queue.loadMore();
  assert.equal(queue.view.get().loadMoreFailed, true);
  assert.equal(queue.view.get().loadingMore, false);
  assert.equal(listed().length, 20);
  await queue.loadMore();
  assert.equal(queue.view.get().loadMoreFailed, false);
  assert.equal(listed().length, 25);
});

test('a page asked for while one is being read is not read twice', async (t) => {
  const { server, queue, listed } = await openAppeals(t, ...names(25));
  const release = server.hold();
  const one = queue.loadMore();
  const two = queue.loadMore();
  release();
  await Promise.all([one, two]);
  assert.deepEqual(server.reads, [undefined, '19']);
  assert.equal(listed().length, 25);
});

test('a burst of events makes one reading of as many pages as are shown', async (t) => {
  const { server, queue, changes, listed, hear } = await openAppeals(t, ...names(30));
  await queue.loadMore();
  server.decide('p1');
  server.decide('p22');
  server.lodge('n');
  await hear('p1', 'p22', 'n');
  assert.deepEqual(server.reads, [undefined, '19', undefined, '20'], 'one reading, two pages');
  assert.deepEqual(listed(), [...names(30).filter((id) => id !== 'p1' && id !== 'p22'), 'n']);
  assert.deepEqual(changes(), [{ left: ['p1', 'p22'], arrived: ['n'] }]);
});

test('a reading that changes nothing says nothing', async (t) => {
  const { server, told, listed, hear } = await openAppeals(t, 'a', 'b');
  await hear('x'); // lodged and decided elsewhere before the reading
  assert.equal(server.reads.length, 2);
  assert.deepEqual(listed(), ['a', 'b']);
  assert.deepEqual(told, []);
});

test('events during a reading make one more reading after it, with them all', async (t) => {
  const { server, changes, listed, hear } = await openAppeals(t, 'a', 'b');
  const release = server.hold();
  server.lodge('n');
  await hear('n');
  assert.equal(server.reads.length, 2, 'reading, held');
  server.decide('a');
  server.lodge('m');
  await hear('a');
  await hear('m');
  assert.equal(server.reads.length, 2, 'waiting for the one under way');
  release();
  await settled();
  assert.equal(server.reads.length, 3, 'one more for both');
  assert.deepEqual(listed(), ['b', 'n', 'm']);
  assert.deepEqual(changes(), [
    { left: [], arrived: ['n'] },
    { left: ['a'], arrived: ['m'] },
  ]);
});

test('one’s own decision leaves at once, and its echo says nothing', async (t) => {
  const { server, queue, told, listed, hear } = await openAppeals(t, 'a', 'b');
  const appeal = await queue.decide('a', reversal);
  assert.equal(appeal.status, 'reversed');
  assert.deepEqual(server.decisions, ['a']);
  assert.deepEqual(listed(), ['b']);
  await hear('a');
  assert.deepEqual(listed(), ['b']);
  assert.deepEqual(told, [], 'not said to be decided elsewhere');
});

for (const [status, code] of [
  [409, 'APPEAL_DECIDED'],
  [404, 'APPEAL_NOT_FOUND'],
] as const)
  test(`a decision refused with ${code} makes a reading, and the appeal leaves`, async (t) => {
    const { server, queue, changes, listed } = await openAppeals(t, 'a', 'b');
    server.decide('a'); // another moderator was first
    server.refuse(status, code);
    await assert.rejects(queue.decide('a', reversal), { code });
    await settled();
    assert.equal(server.reads.length, 2, 'read again without waiting for the event');
    assert.deepEqual(listed(), ['b']);
    assert.deepEqual(changes(), [{ left: ['a'], arrived: [] }]);
  });

test('another refusal leaves the list as it is, for another try', async (t) => {
  const { server, queue, listed } = await openAppeals(t, 'a', 'b');
  server.refuse(0, 'NETWORK');
  await assert.rejects(queue.decide('a', reversal), { code: 'NETWORK' });
  await settled();
  assert.equal(server.reads.length, 1, 'no reading');
  assert.deepEqual(listed(), ['a', 'b']);
  await queue.decide('a', reversal);
  assert.deepEqual(listed(), ['b']);
});

test('an appeal being decided here stays through a reading until its answer', async (t) => {
  const { server, queue, told, listed, hear } = await openAppeals(t, 'a', 'b');
  const release = server.holdDecisions();
  const deciding = queue.decide('a', reversal); // taken; its answer on its way
  await hear('a'); // the event's reading comes first: a is no longer open
  assert.deepEqual(listed(), ['a', 'b'], 'still listed while its decision is under way');
  assert.deepEqual(told, [], 'not said to be decided elsewhere');
  release();
  await deciding;
  assert.deepEqual(listed(), ['b']);
  assert.deepEqual(told, []);
});

test('a reading begun before a decision here is read again, so it never undoes it', async (t) => {
  const { server, queue, changes, listed, hear } = await openAppeals(t, 'a', 'b');
  const release = server.hold();
  server.lodge('n');
  await hear('n'); // the reading, held, still lists a
  await queue.decide('a', reversal);
  release();
  await settled();
  assert.equal(server.reads.length, 3, 'the stale reading was read again');
  assert.deepEqual(listed(), ['b', 'n']);
  assert.deepEqual(changes(), [{ left: [], arrived: ['n'] }], 'a is not said to have left');
});

test('a next page read before a reading replaced the list is dropped', async (t) => {
  const { server, queue, listed, hear } = await openAppeals(t, ...names(25));
  const release = server.hold();
  const more = queue.loadMore(); // p20…p24, held
  const gone = [...names(6), 'p22'];
  for (const id of gone) server.decide(id);
  await hear(...gone); // one page now: p6…p24 but p22, nothing after it
  const read = names(19, 6).filter((id) => id !== 'p22');
  assert.deepEqual(listed(), read);
  release();
  await more;
  assert.deepEqual(listed(), read, 'p22, decided elsewhere, does not come back');
  assert.equal(queue.view.get().loadingMore, false);
});

test('after a reconnection the pages shown are read again', async (t) => {
  const { server, queue, changes, listed } = await openAppeals(t, 'a', 'b');
  server.decide('a');
  server.lodge('n');
  queue.caughtUp();
  await settled();
  assert.deepEqual(listed(), ['b', 'n']);
  assert.deepEqual(changes(), [{ left: ['a'], arrived: ['n'] }]);
});

test('stopped, it reads nothing more; started again, it does not read the first page twice', async (t) => {
  const { server, queue, stop, listed } = await openAppeals(t, 'a');
  stop();
  server.lodge('n');
  queue.heard('n');
  t.mock.timers.tick(5000);
  queue.caughtUp();
  await settled();
  assert.equal(server.reads.length, 1);
  t.after(queue.start());
  await settled();
  assert.equal(server.reads.length, 1);
  queue.caughtUp();
  await settled();
  assert.deepEqual(listed(), ['a', 'n']);
});

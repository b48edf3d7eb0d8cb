// A reporter's appeal against a moderator's keep, in *Minhas denúncias*
// (web/src/live/my-reports-state.ts): who may appeal and until when, on the
// server's clock and the API's window; the list once the appeal is made and
// once it is decided (reversed: the auction was taken down); and a reading
// that began before either never takes them back — a property test over any
// order of events and stale readings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Value } from 'typebox/value';
import { GivenFlag } from '../../../core/schemas.ts';
import {
  isListed,
  keepAppealDeadline,
  mayAppealKeep,
  mergeRead,
  withAppealDecided,
  withAppealLodged,
} from '../../../web/src/live/my-reports-state.ts';

const KEPT_AT = '2030-01-10T12:00:00.000Z';
// 183 days later, to the millisecond.
const DEADLINE = '2030-07-12T12:00:00.000Z';

function report(auctionId: string, overrides: Partial<GivenFlag> = {}): GivenFlag {
  return {
    auctionId,
    auctionTitle: `Lote ${auctionId}`,
    reason: 'counterfeit',
    details: null,
    flaggedAt: '2030-01-09T00:00:00.000Z',
    status: 'kept',
    keptAt: KEPT_AT,
    appeal: null,
    ...overrides,
  };
}

test('the fixtures are reports the API may send', () => {
  for (const each of [
    report('a1'),
    report('a2', { status: 'pending', keptAt: null }),
    report('a3', { appeal: { id: 'p1', status: 'open' } }),
    report('a4', { status: 'removed', keptAt: null, appeal: { id: 'p2', status: 'reversed' } }),
  ])
    assert.ok(Value.Check(GivenFlag, each), each.auctionId);
});

test('a kept report may be appealed until 183 days after the keep, on the server’s clock', () => {
  const kept = report('a1');
  assert.equal(keepAppealDeadline(kept), DEADLINE);
  assert.equal(mayAppealKeep(kept, Date.parse(KEPT_AT)), true, 'at once');
  assert.equal(mayAppealKeep(kept, Date.parse(DEADLINE)), true, 'the last moment, as the API');
  assert.equal(mayAppealKeep(kept, Date.parse(DEADLINE) + 1), false, 'a moment later');
});

test('nothing to appeal: not reviewed, removed, appealed already, or no date of the keep', () => {
  const none: [string, GivenFlag][] = [
    ['pending', report('a1', { status: 'pending', keptAt: null })],
    ['removed', report('a1', { status: 'removed', keptAt: null })],
    ['appealed', report('a1', { appeal: { id: 'p1', status: 'open' } })],
    ['upheld', report('a1', { appeal: { id: 'p1', status: 'upheld' } })],
    ['kept without its date', report('a1', { keptAt: null })],
  ];
  for (const [what, each] of none) {
    assert.equal(keepAppealDeadline(each), null, what);
    assert.equal(mayAppealKeep(each, Date.parse(KEPT_AT)), false, what);
  }
});

test('made: the report holds the open appeal, and the others are left alone', () => {
  const items = [report('a1'), report('a2')];
  const after = withAppealLodged(items, 'a2', { id: 'p9', status: 'open' });
  assert.deepEqual(after, [items[0], { ...items[1], appeal: { id: 'p9', status: 'open' } }]);
  assert.equal(mayAppealKeep(after[1] as GivenFlag, Date.parse(KEPT_AT)), false, 'once');
});

test('decided: upheld, the auction stays; reversed, it was taken down', () => {
  const items = [report('a1', { appeal: { id: 'p1', status: 'open' } }), report('a2')];
  const upheld = withAppealDecided(items, { appealId: 'p1', auctionId: 'a1', status: 'upheld' });
  assert.deepEqual(upheld[0], { ...items[0], appeal: { id: 'p1', status: 'upheld' } });
  const reversed = withAppealDecided(items, {
    appealId: 'p1',
    auctionId: 'a1',
    status: 'reversed',
  });
  assert.deepEqual(reversed[0], {
    ...items[0],
    status: 'removed',
    keptAt: null,
    appeal: { id: 'p1', status: 'reversed' },
  });
  assert.ok(Value.Check(GivenFlag, reversed[0]), 'as the API then sends it');
  for (const after of [upheld, reversed]) assert.equal(after[1], items[1], 'the other untouched');
  // Appealed on another device: the decision still lands on its report.
  const elsewhere = withAppealDecided([report('a2')], {
    appealId: 'p7',
    auctionId: 'a2',
    status: 'upheld',
  });
  assert.deepEqual(elsewhere[0]?.appeal, { id: 'p7', status: 'upheld' });
});

test('a decision about an auction not on the list says to read it again', () => {
  const items = [report('a1')];
  assert.equal(isListed(items, 'a1'), true);
  assert.equal(isListed(items, 'a2'), false);
  assert.equal(isListed(items, null), false, 'a suspension’s appeal');
});

test('a fresh reading takes what it brings, but never an appeal further back than held', () => {
  const held = [
    report('a1', { appeal: { id: 'p1', status: 'open' } }),
    report('a2', { status: 'removed', keptAt: null, appeal: { id: 'p2', status: 'reversed' } }),
  ];
  // Begun before the appeal and the decision: it lacks both.
  const stale = [
    report('a1'),
    report('a2', { appeal: { id: 'p2', status: 'open' } }),
    report('a3'),
  ];
  assert.deepEqual(mergeRead(held, stale), [held[0], held[1], stale[2]]);
  // Further along than held: the reading wins.
  const fresh = [report('a1', { appeal: { id: 'p1', status: 'upheld' } })];
  assert.deepEqual(mergeRead(held, fresh), fresh);
  // A report no longer on the reading stays gone.
  assert.deepEqual(mergeRead(held, []), []);
});

/** What can happen to one kept report: made, decided, or a reading of the API at some moment. */
type Step =
  | { kind: 'lodge' }
  | { kind: 'decide'; status: 'upheld' | 'reversed' }
  | { kind: 'read'; at: number };

const progress = (each: GivenFlag) =>
  each.appeal === null ? 0 : each.appeal.status === 'open' ? 1 : 2;

test('property: in any order of events and readings, old or new, the appeal never goes back', () => {
  const step = fc.oneof(
    fc.constant<Step>({ kind: 'lodge' }),
    fc.constantFrom<Step>(
      { kind: 'decide', status: 'upheld' },
      { kind: 'decide', status: 'reversed' },
    ),
    fc.nat({ max: 20 }).map((at): Step => ({ kind: 'read', at })),
  );
  fc.assert(
    fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
      // The API's truth after each step, so a reading may be of any moment so far.
      const truths: GivenFlag[] = [report('a1')];
      let shown = [report('a1')];
      for (const each of steps) {
        const truth = truths.at(-1) as GivenFlag;
        if (each.kind === 'lodge' && truth.appeal === null) {
          const [next] = withAppealLodged([truth], 'a1', { id: 'p1', status: 'open' });
          truths.push(next as GivenFlag);
          shown = withAppealLodged(shown, 'a1', { id: 'p1', status: 'open' });
        } else if (each.kind === 'decide' && truth.appeal?.status === 'open') {
          const decided = { appealId: 'p1', auctionId: 'a1', status: each.status } as const;
          truths.push(withAppealDecided([truth], decided)[0] as GivenFlag);
          shown = withAppealDecided(shown, decided);
        } else if (each.kind === 'read') {
          const before = progress(shown[0] as GivenFlag);
          const moment = truths[Math.min(each.at, truths.length - 1)] as GivenFlag;
          shown = mergeRead(shown, [moment]);
          assert.ok(progress(shown[0] as GivenFlag) >= before, 'never back');
        }
      }
      // A reading of now agrees with the truth.
      assert.deepEqual(mergeRead(shown, [truths.at(-1) as GivenFlag]), [truths.at(-1)]);
    }),
  );
});

// A moderator's decision on one's report, heard live (`report:decided`):
// *Minhas denúncias* moves the report to kept — with the keep's date, so it
// may be appealed at once — or removed (web/src/live/my-reports-state.ts),
// never back, whatever a reading begun before says; a property test over any
// order of reviews, appeals and stale readings. And its alert: kept across
// reloads when well formed, one per auction, in words in both languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Value } from 'typebox/value';
import { GivenFlag } from '../../../core/schemas.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { addAlert, parseStoredAlerts, type Alert } from '../../../web/src/live/alert-list.ts';
import {
  keepAppealDeadline,
  mayAppealKeep,
  mergeRead,
  withAppealDecided,
  withAppealLodged,
  withReportDecided,
  type ReportDecided,
} from '../../../web/src/live/my-reports-state.ts';

const KEPT_AT = '2030-01-10T12:00:00.000Z';

function report(auctionId: string, overrides: Partial<GivenFlag> = {}): GivenFlag {
  return {
    auctionId,
    auctionTitle: `Lote ${auctionId}`,
    reason: 'counterfeit',
    details: null,
    flaggedAt: '2030-01-09T00:00:00.000Z',
    status: 'pending',
    keptAt: null,
    appeal: null,
    ...overrides,
  };
}

const kept = (auctionId: string): ReportDecided => ({
  auctionId,
  auctionTitle: `Lote ${auctionId}`,
  status: 'kept',
  keptAt: KEPT_AT,
  decidedAt: KEPT_AT,
});
const removed = (auctionId: string): ReportDecided => ({
  ...kept(auctionId),
  status: 'removed',
  keptAt: null,
});

test('kept: the report says so with the keep’s date, and may be appealed at once', () => {
  const items = [report('a1'), report('a2')];
  const after = withReportDecided(items, kept('a1'));
  assert.deepEqual(after[0], { ...items[0], status: 'kept', keptAt: KEPT_AT });
  assert.ok(Value.Check(GivenFlag, after[0]), 'as the API then sends it');
  assert.equal(keepAppealDeadline(after[0] as GivenFlag), '2030-07-12T12:00:00.000Z');
  assert.equal(mayAppealKeep(after[0] as GivenFlag, Date.parse(KEPT_AT)), true);
  assert.equal(after[1], items[1], 'the other untouched');
});

test('removed: the report says so, with nothing to appeal', () => {
  const [after] = withReportDecided([report('a1')], removed('a1'));
  assert.deepEqual(after, { ...report('a1'), status: 'removed', keptAt: null });
  assert.ok(Value.Check(GivenFlag, after));
  assert.equal(keepAppealDeadline(after as GivenFlag), null);
});

test('a decision never moves a report back: a removal is final, a keep comes once', () => {
  const gone = report('a1', { status: 'removed', appeal: { id: 'p1', status: 'reversed' } });
  assert.equal(withReportDecided([gone], kept('a1'))[0], gone, 'a keep heard after the removal');
  const held = report('a1', {
    status: 'kept',
    keptAt: KEPT_AT,
    appeal: { id: 'p1', status: 'open' },
  });
  assert.equal(withReportDecided([held], kept('a1'))[0], held, 'the keep heard twice');
  // A later review (or a keep reversed) removes what was kept; the appeal stays as it was.
  assert.deepEqual(withReportDecided([held], removed('a1'))[0], {
    ...held,
    status: 'removed',
    keptAt: null,
  });
});

test('a status this build does not know is neither moved nor taken back', () => {
  const newer = report('a1', { status: 'escalated' as GivenFlag['status'] });
  assert.equal(withReportDecided([newer], kept('a1'))[0], newer, 'by an event');
  const held = report('a1', { status: 'kept', keptAt: KEPT_AT });
  assert.deepEqual(mergeRead([held], [newer]), [newer], 'by a reading');
});

test('a reading begun before the decision does not take it back; a fresh one moves on', () => {
  const decided = [
    report('a1', { status: 'kept', keptAt: KEPT_AT }),
    report('a2', { status: 'removed' }),
  ];
  const stale = [report('a1'), report('a2', { status: 'kept', keptAt: KEPT_AT }), report('a3')];
  assert.deepEqual(mergeRead(decided, stale), [decided[0], decided[1], stale[2]]);
  // A later review removed the Lote a1 kept for this reporter: only a reading says so.
  const fresh = [report('a1', { status: 'removed', appeal: { id: 'p1', status: 'upheld' } })];
  assert.deepEqual(mergeRead(decided, fresh), fresh);
  // The status and the appeal held are each kept when further along than the reading's.
  const reversed = report('a1', { status: 'removed', appeal: { id: 'p1', status: 'reversed' } });
  const appealed = report('a1', {
    status: 'kept',
    keptAt: KEPT_AT,
    appeal: { id: 'p1', status: 'open' },
  });
  assert.deepEqual(mergeRead([reversed], [appealed]), [reversed]);
  assert.deepEqual(mergeRead([report('a1', { status: 'removed' })], [appealed]), [
    { ...appealed, status: 'removed', keptAt: null },
  ]);
});

/** What can happen to one report: a review, an appeal and its decision, or a reading of some moment. */
type Step =
  | { kind: 'review'; decision: 'kept' | 'removed' }
  | { kind: 'lodge' }
  | { kind: 'decide'; status: 'upheld' | 'reversed' }
  | { kind: 'read'; at: number };

const STATUSES = ['pending', 'kept', 'removed'];
/** How far along the report's status and its appeal are, each on its own. */
const progress = ({ status, appeal }: GivenFlag) => [
  STATUSES.indexOf(status),
  appeal === null ? 0 : appeal.status === 'open' ? 1 : 2,
];

test('property: in any order of decisions and readings, old or new, nothing goes back', () => {
  const step = fc.oneof(
    fc.constantFrom<Step>(
      { kind: 'review', decision: 'kept' },
      { kind: 'review', decision: 'removed' },
      { kind: 'lodge' },
      { kind: 'decide', status: 'upheld' },
      { kind: 'decide', status: 'reversed' },
    ),
    fc.nat({ max: 20 }).map((at): Step => ({ kind: 'read', at })),
  );
  fc.assert(
    fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
      // The API's truth after each step, so a reading may be of any moment so far.
      const truths: GivenFlag[] = [report('a1')];
      let shown = [report('a1')];
      const move = (next: GivenFlag) => truths.push(next);
      for (const each of steps) {
        const truth = truths.at(-1) as GivenFlag;
        const before = progress(shown[0] as GivenFlag);
        if (each.kind === 'review' && truth.status === 'pending') {
          // The review of this report: its author hears it.
          const decided = each.decision === 'kept' ? kept('a1') : removed('a1');
          move(withReportDecided([truth], decided)[0] as GivenFlag);
          shown = withReportDecided(shown, decided);
        } else if (
          each.kind === 'review' &&
          each.decision === 'removed' &&
          truth.status === 'kept'
        ) {
          // A later review, of others' reports: this author hears nothing.
          move({ ...truth, status: 'removed', keptAt: null });
        } else if (each.kind === 'lodge' && truth.status === 'kept' && truth.appeal === null) {
          move(withAppealLodged([truth], 'a1', { id: 'p1', status: 'open' })[0] as GivenFlag);
          shown = withAppealLodged(shown, 'a1', { id: 'p1', status: 'open' });
        } else if (each.kind === 'decide' && truth.appeal?.status === 'open') {
          const decided = { appealId: 'p1', auctionId: 'a1', status: each.status } as const;
          move(withAppealDecided([truth], decided)[0] as GivenFlag);
          shown = withAppealDecided(shown, decided);
        } else if (each.kind === 'read') {
          shown = mergeRead(shown, [truths[Math.min(each.at, truths.length - 1)] as GivenFlag]);
        }
        const after = progress(shown[0] as GivenFlag);
        assert.ok(
          after.every((each, i) => each >= (before[i] as number)),
          'never back',
        );
        assert.ok(Value.Check(GivenFlag, shown[0]), 'a report the API may send');
      }
      // A reading of now agrees with the truth.
      assert.deepEqual(mergeRead(shown, [truths.at(-1) as GivenFlag]), [truths.at(-1)]);
    }),
  );
});

const keptAlert: Alert = {
  id: 7,
  kind: 'reportDecided',
  auctionId: 'a1',
  title: 'Rolex',
  decision: 'kept',
};

test('the alert: kept across reloads when well formed, one per auction', () => {
  const untitled: Alert = { ...keptAlert, id: 8, auctionId: 'a2', title: '', decision: 'removed' };
  assert.deepEqual(parseStoredAlerts(JSON.stringify([keptAlert, untitled])), [keptAlert, untitled]);
  const malformed = [
    { ...keptAlert, decision: 'pending' },
    { ...keptAlert, title: null },
  ];
  assert.deepEqual(parseStoredAlerts(JSON.stringify(malformed)), []);
  const later: Alert = { ...keptAlert, id: 9, decision: 'removed' };
  assert.deepEqual(addAlert([keptAlert], later), [later]);
});

test('the alert in words: kept, with where to appeal; removed; in both languages', () => {
  assert.equal(
    ptBR.alerts.reportDecided('Rolex', true),
    'Sua denúncia sobre “Rolex” foi analisada: o anúncio foi mantido. Se discordar, você pode recorrer em Minha atividade.',
  );
  assert.equal(
    ptBR.alerts.reportDecided('Rolex', false),
    'Sua denúncia sobre “Rolex” foi analisada: o anúncio foi removido.',
  );
  assert.equal(
    ptBR.alerts.reportDecided('', false),
    'Sua denúncia foi analisada: o anúncio foi removido.',
  );
  assert.equal(
    en.alerts.reportDecided('Rolex', true),
    'Your report about “Rolex” was reviewed: the listing was kept. If you disagree, you can appeal in My activity.',
  );
  assert.equal(
    en.alerts.reportDecided('Rolex', false),
    'Your report about “Rolex” was reviewed: the listing was removed.',
  );
  assert.equal(ptBR.alerts.seeReports, 'Ver minhas denúncias');
  assert.equal(en.alerts.seeReports, 'See my reports');
});

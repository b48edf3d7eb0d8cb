// The transparency report's period and words (web/src/forms/report-period.ts,
// web/src/i18n/transparency-text.ts, web/src/transparency-report-file.ts):
// the default period, the checks before asking, the heading in UTC days, the
// sentences of a period counted in part, the removals of unknown origin, the
// refusals in words and the downloaded file's name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TransparencyReport } from '../../../core/schemas.ts';
import { ApiError } from '../../../web/src/api/http.ts';
import { defaultPeriod, periodProblem } from '../../../web/src/forms/report-period.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { transparencyMessages } from '../../../web/src/i18n/transparency-messages.ts';
import {
  countedFromNotes,
  dayText,
  periodText,
  transparencyErrorMessage,
  unsourcedRemovalsText,
} from '../../../web/src/i18n/transparency-text.ts';
import { transparencyFileName } from '../../../web/src/transparency-report-file.ts';

const pt = transparencyMessages['pt-BR'];
const inEnglish = transparencyMessages.en;

test('by default, from the first day of the year to today, in UTC', () => {
  assert.deepEqual(defaultPeriod(new Date('2026-11-30T12:00:00Z')), {
    from: '2026-01-01',
    to: '2026-11-30',
  });
  // 22:30 in São Paulo on 31 December is already 1 January in UTC, as the API counts.
  assert.deepEqual(defaultPeriod(new Date('2027-01-01T01:30:00Z')), {
    from: '2027-01-01',
    to: '2027-01-01',
  });
});

test('a period is asked for only when both days are whole and in order', () => {
  assert.equal(periodProblem({ from: '2026-01-01', to: '2026-11-30' }), null);
  assert.equal(periodProblem({ from: '2026-11-30', to: '2026-11-30' }), null, 'one day');
  assert.deepEqual(periodProblem({ from: '2026-11-30', to: '2026-11-29' }), {
    field: 'to',
    problem: 'toBeforeFrom',
  });
  assert.deepEqual(periodProblem({ from: '', to: '' }), { field: 'from', problem: 'missing' });
  assert.deepEqual(periodProblem({ from: '2026-01-01', to: '' }), {
    field: 'to',
    problem: 'missing',
  });
  // A date input accepts years past 9999, which the API refuses.
  assert.deepEqual(periodProblem({ from: '2026-01-01', to: '20260-01-01' }), {
    field: 'to',
    problem: 'missing',
  });
});

test('the heading says the period in UTC days, the year once when shared', () => {
  const said = (from: string, to: string) => periodText({ from, to }, pt, 'pt-BR');
  assert.equal(said('2026-01-01', '2026-11-30'), 'De 1 de janeiro a 30 de novembro de 2026');
  assert.equal(
    said('2025-12-01', '2026-11-30'),
    'De 1 de dezembro de 2025 a 30 de novembro de 2026',
  );
  assert.equal(said('2026-11-30', '2026-11-30'), '30 de novembro de 2026');
  assert.equal(
    periodText({ from: '2026-01-01', to: '2026-11-30' }, inEnglish, 'en'),
    'From January 1 to November 30, 2026',
  );
  // Not the viewer's zone: in São Paulo, 1 January at 00:00 UTC is 31 December.
  const zone = process.env.TZ;
  process.env.TZ = 'America/Sao_Paulo';
  try {
    assert.equal(dayText('2026-01-01', 'pt-BR'), '1 de janeiro de 2026');
  } finally {
    process.env.TZ = zone;
  }
});

const recorded = (decisions: string | null, received: string | null) => ({
  from: '2026-01-01',
  recordedSince: { decisions, received },
});

test('a period counted only in part says from when, for decisions and for what was received', () => {
  const notes = (report: ReturnType<typeof recorded>) => countedFromNotes(report, pt, 'pt-BR');
  assert.deepEqual(notes(recorded('2026-11-30T15:00:00.000Z', '2026-11-29T10:00:00.000Z')), [
    'Decisões contadas a partir de 30 de novembro de 2026.',
    'Denúncias e recursos recebidos contados a partir de 29 de novembro de 2026.',
  ]);
  assert.deepEqual(notes(recorded('2026-11-30T15:00:00.000Z', '2026-11-30T09:00:00.000Z')), [
    'Decisões, denúncias e recursos contados a partir de 30 de novembro de 2026.',
  ]);
  assert.deepEqual(notes(recorded(null, '2026-11-30T09:00:00.000Z')), [
    'Denúncias e recursos recebidos contados a partir de 30 de novembro de 2026.',
  ]);
  // Counted since the period's first day, or before it, or nothing recorded: nothing to say.
  assert.deepEqual(notes(recorded('2026-01-01T23:59:00.000Z', '2025-06-01T00:00:00.000Z')), []);
  assert.deepEqual(notes(recorded(null, null)), []);
  assert.deepEqual(countedFromNotes(recorded('2026-11-30T15:00:00.000Z', null), inEnglish, 'en'), [
    'Decisions counted from November 30, 2026.',
  ]);
});

test('removals logged before their origin was counted are said apart', () => {
  const removals = (total: number, onNotice: number, ownInitiative: number, onAppeal = 0) => ({
    total,
    onNotice,
    onAppeal,
    ownInitiative,
    byReason: { prohibited: 0, counterfeit: 0, fraud: 0, offensive: 0, misleading: 0, other: 0 },
  });
  assert.equal(unsourcedRemovalsText(removals(3, 2, 1), pt, 'pt-BR'), null);
  assert.equal(
    unsourcedRemovalsText(removals(4, 2, 1), pt, 'pt-BR'),
    '1 remoção registrada antes desta contagem não diz se veio de denúncia.',
  );
  // A keep reversed on a reporter's appeal has its origin: it is not unsourced.
  assert.equal(unsourcedRemovalsText(removals(4, 2, 1, 1), pt, 'pt-BR'), null);
  assert.equal(
    unsourcedRemovalsText(removals(6, 2, 1, 1), pt, 'pt-BR'),
    '2 remoções registradas antes desta contagem não dizem se vieram de denúncia.',
  );
  assert.equal(
    unsourcedRemovalsText(removals(1502, 0, 0), pt, 'pt-BR'),
    '1.502 remoções registradas antes desta contagem não dizem se vieram de denúncia.',
  );
});

test('refusals in words: the period for VALIDATION_FAILED, the general sentence otherwise', () => {
  const said = (error: unknown) => transparencyErrorMessage(error, pt, ptBR, 'pt-BR');
  assert.equal(
    said(new ApiError(400, 'VALIDATION_FAILED', '`to` cannot be before `from`.')),
    'As datas não foram aceitas. Confira o período e tente de novo.',
  );
  assert.equal(said(new ApiError(403, 'NOT_A_MODERATOR', 'no')), ptBR.errors.NOT_A_MODERATOR);
  assert.equal(said(new ApiError(0, 'NETWORK', 'TypeError')), ptBR.errors.NETWORK);
  assert.equal(said(new Error('boom')), ptBR.errors.UNKNOWN);
  assert.equal(
    transparencyErrorMessage(new ApiError(400, 'VALIDATION_FAILED', ''), inEnglish, en, 'en'),
    'The dates were not accepted. Check the period and try again.',
  );
});

test('the file is named after the period', () => {
  const report: Pick<TransparencyReport, 'from' | 'to'> = { from: '2026-01-01', to: '2026-11-30' };
  assert.equal(transparencyFileName(report), 'relatorio-transparencia-2026-01-01-2026-11-30.json');
});

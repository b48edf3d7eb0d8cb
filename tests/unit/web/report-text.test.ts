// What *Minhas denúncias* says of a report (web/src/i18n/report-text.ts): the
// UI knows the API's statuses, each has its own words in both languages, and
// a reason or status from a newer replica is left unsaid, not shown as a key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GivenFlag } from '../../../core/schemas.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import {
  REPORT_STATUSES,
  isReportStatus,
  reportReasonText,
  reportStatusText,
} from '../../../web/src/i18n/report-text.ts';

const API_STATUSES = GivenFlag.properties.status.anyOf.map((literal) => literal.const);

test('the UI’s statuses are the API’s: one added there and not here fails', () => {
  assert.deepEqual([...REPORT_STATUSES].sort(), [...API_STATUSES].sort());
  for (const notOne of ['', 'dismissed', 'toString', '__proto__', 'Kept', null, 1])
    assert.equal(isReportStatus(notOne), false, String(notOne));
});

test('every status has its own words, in Portuguese and in English', () => {
  for (const [language, t] of [
    ['pt-BR', ptBR],
    ['en', en],
  ] as const) {
    const words = API_STATUSES.map((status) => reportStatusText(status, t));
    for (const [i, text] of words.entries())
      assert.match(text ?? '', /\S/, `${language}: ${API_STATUSES[i]}`);
    assert.equal(new Set(words).size, API_STATUSES.length, `${language}: distinct`);
  }
  assert.equal(reportStatusText('pending', ptBR), 'Aguardando análise');
  assert.equal(reportStatusText('kept', ptBR), 'Analisada: o anúncio foi mantido');
  assert.equal(reportStatusText('removed', ptBR), 'O anúncio foi removido pela moderação');
  assert.equal(reportStatusText('kept', en), 'Reviewed: the listing was kept');
});

test('the reason reads as the report form names it', () => {
  assert.equal(reportReasonText('counterfeit', ptBR), 'Motivo: Falsificação');
  assert.equal(reportReasonText('fraud', en), 'Reason: Fraud or scam');
});

test('a status or reason this build does not know is left unsaid', () => {
  for (const unknown of ['appealed', '', 'toString'])
    assert.equal(reportStatusText(unknown, ptBR), null, unknown);
  for (const unknown of ['spaceships', '', '__proto__'])
    assert.equal(reportReasonText(unknown, en), null, unknown);
});

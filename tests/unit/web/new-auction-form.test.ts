// The create-auction form's rules: amounts in reais parsed exactly, each
// problem reported on its own field, and the API's 400s mapped to fields.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  buildCreateAuctionBody,
  emptyNewAuction,
  fieldOfApiError,
  type NewAuctionValues,
} from '../../../web/src/forms/new-auction-form.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';

const now = Date.UTC(2030, 0, 1, 12);
const build = (values: Partial<NewAuctionValues>) =>
  buildCreateAuctionBody(
    { ...emptyNewAuction, title: 'Lote', startingPrice: '10', ...values },
    ptBR,
    now,
  );

test('Brazilian and international notations give the same centavos', () => {
  for (const text of ['1.234,56', '1234,56', '1234.56', '1,234.56', 'R$ 1.234,56']) {
    const result = build({ startingPrice: text });
    assert.ok('body' in result, text);
    assert.equal(result.body.startingPrice, 123_456, text);
  }
});

test('"12,345" is refused as ambiguous, in the viewer’s language', () => {
  const result = build({ startingPrice: '12,345' });
  assert.ok('errors' in result);
  assert.match(result.errors.startingPrice ?? '', /ambíguo/);
  const english = buildCreateAuctionBody(
    { ...emptyNewAuction, title: 'x', startingPrice: '12,345' },
    en,
    now,
  );
  assert.ok('errors' in english);
  assert.match(english.errors.startingPrice ?? '', /ambiguous/);
});

test('every bad field gets its own message', () => {
  const result = build({
    title: '  ',
    startingPrice: '0',
    duration: '31',
    durationUnit: 'days',
    minIncrement: 'abc',
    softCloseSeconds: '3601',
  });
  assert.ok('errors' in result);
  assert.deepEqual(Object.keys(result.errors).sort(), [
    'duration',
    'minIncrement',
    'softCloseSeconds',
    'startingPrice',
    'title',
  ]);
});

test('a duration or an end time becomes the API’s field', () => {
  const byDuration = build({
    duration: '2',
    durationUnit: 'hours',
    minIncrement: '5,00',
    softCloseSeconds: '30',
  });
  assert.ok('body' in byDuration);
  assert.deepEqual(byDuration.body, {
    title: 'Lote',
    description: '',
    startingPrice: 1000,
    durationSeconds: 7200,
    minIncrement: 500,
    softCloseSeconds: 30,
  });
  const endsAt = new Date(now + 3_600_000);
  const local = new Date(endsAt.getTime() - endsAt.getTimezoneOffset() * 60_000)
    .toISOString()
    .slice(0, 16);
  const byTime = build({ endMode: 'endTime', endsAt: local });
  assert.ok('body' in byTime);
  assert.equal(byTime.body.endsAt, endsAt.toISOString());
  const past = build({ endMode: 'endTime', endsAt: '2000-01-01T00:00' });
  assert.ok('errors' in past);
  assert.equal(past.errors.endsAt, ptBR.field.endsAtPast);
});

test('API validation errors are traced to their field', () => {
  assert.equal(
    fieldOfApiError({}, 'Invalid body: body/title must NOT have more than 120 characters'),
    'title',
  );
  assert.equal(
    fieldOfApiError({}, "Invalid body: body must have required property 'startingPrice'"),
    'startingPrice',
  );
  assert.equal(fieldOfApiError({}, 'Invalid body: body/durationSeconds must be >= 1'), 'duration');
  assert.equal(
    fieldOfApiError({ field: 'endsAt' }, 'The auction must end in the future.'),
    'endsAt',
  );
  assert.equal(fieldOfApiError({}, 'Invalid body: body must NOT have additional properties'), null);
});

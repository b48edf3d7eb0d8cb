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
    category: 'other',
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

/** A moment `ms` after `now` as a datetime-local value in this machine's time zone. */
const localAt = (ms: number) => {
  const at = new Date(now + ms);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const HOUR = 3_600_000;

test('reserve and Buy It Now: optional, secret reserve at least the start, Buy It Now above both', () => {
  const plain = build({});
  assert.ok('body' in plain);
  assert.equal(plain.body.reservePrice, undefined);
  assert.equal(plain.body.buyNowPrice, undefined);
  assert.equal(plain.body.minIncrement, undefined, 'empty increment: the default table');
  assert.equal(plain.body.softCloseSeconds, 120, 'two minutes of anti-sniping by default');

  const full = build({ reservePrice: '50', buyNowPrice: '80,50' });
  assert.ok('body' in full);
  assert.equal(full.body.reservePrice, 5_000);
  assert.equal(full.body.buyNowPrice, 8_050);

  const wrong = build({ reservePrice: '5', buyNowPrice: '10' });
  assert.ok('errors' in wrong);
  assert.equal(wrong.errors.reservePrice, ptBR.field.reserveBelowStart);
  assert.equal(wrong.errors.buyNowPrice, ptBR.field.buyNowTooLow);
  const belowReserve = build({ reservePrice: '50', buyNowPrice: '50' });
  assert.ok('errors' in belowReserve);
  assert.deepEqual(Object.keys(belowReserve.errors), ['buyNowPrice']);
  const unreadable = build({ buyNowPrice: '12,345' });
  assert.ok('errors' in unreadable);
  assert.match(unreadable.errors.buyNowPrice ?? '', /ambíguo/);
});

test('a scheduled start: in the future, within 30 days; the end after it', () => {
  const later = build({
    startMode: 'later',
    startsAt: localAt(2 * HOUR),
    duration: '1',
    durationUnit: 'hours',
  });
  assert.ok('body' in later);
  assert.equal(later.body.startsAt, new Date(now + 2 * HOUR).toISOString());
  assert.equal(later.body.durationSeconds, 3600, 'a duration counts from the start');

  const cases: [Partial<NewAuctionValues>, string, string][] = [
    [{ startMode: 'later', startsAt: '' }, 'startsAt', ptBR.field.required],
    [{ startMode: 'later', startsAt: localAt(-HOUR) }, 'startsAt', ptBR.field.startsAtPast],
    [
      { startMode: 'later', startsAt: localAt(31 * 24 * HOUR) },
      'startsAt',
      ptBR.field.startsAtTooFar,
    ],
    [
      {
        startMode: 'later',
        startsAt: localAt(3 * HOUR),
        endMode: 'endTime',
        endsAt: localAt(2 * HOUR),
      },
      'endsAt',
      ptBR.field.endsBeforeStart,
    ],
  ];
  for (const [values, field, message] of cases) {
    const result = build(values);
    assert.ok('errors' in result, JSON.stringify(values));
    assert.deepEqual(result.errors, { [field]: message }, JSON.stringify(values));
  }
  // The start is ignored unless chosen.
  const startingNow = build({ startMode: 'now', startsAt: localAt(-HOUR) });
  assert.ok('body' in startingNow);
  assert.equal(startingNow.body.startsAt, undefined);
});

test('the hard deadline: not before the end, and only with an anti-sniping window', () => {
  const withDeadline = build({
    duration: '1',
    durationUnit: 'hours',
    maxEndsAt: localAt(2 * HOUR),
  });
  assert.ok('body' in withDeadline);
  assert.equal(withDeadline.body.maxEndsAt, new Date(now + 2 * HOUR).toISOString());

  const early = build({ duration: '3', durationUnit: 'hours', maxEndsAt: localAt(2 * HOUR) });
  assert.ok('errors' in early);
  assert.deepEqual(early.errors, { maxEndsAt: ptBR.field.deadlineBeforeEnd });

  const noWindow = build({ softCloseSeconds: '0', maxEndsAt: localAt(2 * HOUR) });
  assert.ok('body' in noWindow);
  assert.equal(noWindow.body.softCloseSeconds, 0);
  assert.equal(noWindow.body.maxEndsAt, undefined);
});

test('the API’s field names for the new fields map back to them', () => {
  for (const field of ['startsAt', 'maxEndsAt', 'reservePrice', 'buyNowPrice'] as const)
    assert.equal(fieldOfApiError({}, `Invalid body: body/${field} must be string`), field);
});

// Appeals' forms: the UI's limits and window are the API's (copied, to keep
// TypeBox out of the bundle), and the appeal an ALREADY_APPEALED refusal
// carries — of any kind the API has — is shown only when it reads as one;
// anything else in the error's loose details is left alone and the form stays.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Value } from 'typebox/value';
import {
  Appeal,
  APPEAL_WINDOW_DAYS as API_WINDOW_DAYS,
  AppealBody,
  DecideAppealBody,
  SuspensionAppealBody,
} from '../../../core/schemas.ts';
import {
  APPEAL_MAX_LENGTH,
  APPEAL_REPLY_MAX_LENGTH,
  APPEAL_WINDOW_DAYS,
  appealDeadline,
  appealIn,
} from '../../../web/src/forms/appeal.ts';
import { appealFixture } from './appeal-fixtures.ts';

const maxLength = (schema: object) => (schema as { maxLength?: number }).maxLength;

test('the appeal’s and the reply’s limits are the API’s', () => {
  assert.equal(APPEAL_MAX_LENGTH, maxLength(AppealBody.properties.text));
  assert.equal(APPEAL_MAX_LENGTH, maxLength(SuspensionAppealBody.properties.text));
  assert.equal(APPEAL_REPLY_MAX_LENGTH, maxLength(DecideAppealBody.properties.reply));
});

test('the window to appeal is the API’s, counted from the decision to the millisecond', () => {
  assert.equal(APPEAL_WINDOW_DAYS, API_WINDOW_DAYS);
  assert.equal(appealDeadline('2030-01-10T12:00:00.000Z'), '2030-07-12T12:00:00.000Z');
});

const open = appealFixture({ kind: 'suspension', auctionId: null });
const decided = appealFixture({
  status: 'upheld',
  review: { reply: 'A réplica foi confirmada.', reviewedAt: '2030-01-05T00:00:00.000Z' },
});
const reversed = appealFixture({
  status: 'reversed',
  review: { reply: 'A nota fiscal confere.', reviewedAt: '2030-01-05T00:00:00.000Z' },
});

const keep = appealFixture({
  kind: 'keep',
  status: 'reversed',
  review: { reply: 'É falsificação: removido.', reviewedAt: '2030-01-05T00:00:00.000Z' },
});

test('an appeal as the API sends it is taken, of any kind, open or decided', () => {
  const kinds = Appeal.properties.kind.anyOf.map((literal) => literal.const);
  for (const kind of kinds)
    assert.ok(appealIn({ appeal: appealFixture({ kind }) }), `the API's kind ${kind}`);
  for (const appeal of [open, decided, reversed, keep]) {
    assert.ok(Value.Check(Appeal, appeal), 'the fixture is one the API may send');
    // As ApiError's details: the error's fields but code and message.
    assert.equal(appealIn({ appealId: appeal.id, appeal }), appeal, appeal.status);
  }
});

test('no appeal, or one malformed in any way, is none', () => {
  assert.equal(appealIn({}), null, 'no appeal in the details');
  assert.equal(appealIn({ appealId: 'p1' }), null, 'only its id');
  for (const found of [null, 'p1', 42, true])
    assert.equal(appealIn({ appeal: found }), null, JSON.stringify(found));

  const malformed: [string, Record<string, unknown>][] = [
    ['no id', { id: undefined }],
    ['an id not a string', { id: 7 }],
    ['an unknown kind', { kind: 'ban' }],
    ['no kind', { kind: undefined }],
    // With a review, so that only the status is wrong.
    ['an unknown status', { status: 'pending', review: decided.review }],
    ['no status', { status: undefined, review: decided.review }],
    ['no text', { text: undefined }],
    ['a text not a string', { text: ['why'] }],
    ['no createdAt', { createdAt: undefined }],
    ['a createdAt not a string', { createdAt: 1_893_456_000_000 }],
    ['decided without its review', { status: 'upheld', review: null }],
    ['reversed without its review', { status: 'reversed', review: undefined }],
    ['a review not an object', { status: 'upheld', review: 'Mantida.' }],
  ];
  for (const [what, change] of malformed)
    assert.equal(appealIn({ appeal: { ...open, ...change } }), null, what);
});

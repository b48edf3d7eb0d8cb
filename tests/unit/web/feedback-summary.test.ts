// The feedback summary beside a name: the share of positive ratings among
// the positive and negative ones (neutral ones left out of the share, as
// marketplaces do), never a spotless 100 % with a negative nor 0 % with a
// positive; and since when a profile's owner is a member.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { feedbackSummary } from '../../../core/feedback-summary.ts';
import { formatMonthYear } from '../../../web/src/format.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';

const counts = (positive: number, neutral: number, negative: number) => ({
  positive,
  neutral,
  negative,
});

test('the share of positive ratings leaves neutral ones out; the total counts them', () => {
  assert.deepEqual(feedbackSummary(counts(49, 0, 1)), { total: 50, percentPositive: 98 });
  assert.deepEqual(feedbackSummary(counts(49, 10, 1)), { total: 60, percentPositive: 98 });
  assert.deepEqual(feedbackSummary(counts(3, 0, 0)), { total: 3, percentPositive: 100 });
  assert.deepEqual(feedbackSummary(counts(0, 0, 2)), { total: 2, percentPositive: 0 });
  assert.deepEqual(feedbackSummary(counts(1, 0, 1)), { total: 2, percentPositive: 50 });
  assert.deepEqual(feedbackSummary(counts(2, 0, 1)), { total: 3, percentPositive: 67 });
  assert.deepEqual(feedbackSummary(counts(1, 0, 2)), { total: 3, percentPositive: 33 });
});

test('no share without a positive or negative rating; nothing at all without ratings', () => {
  assert.deepEqual(feedbackSummary(counts(0, 4, 0)), { total: 4, percentPositive: null });
  assert.deepEqual(feedbackSummary(counts(0, 0, 0)), { total: 0, percentPositive: null });
});

test('one negative among many never reads 100 %, one positive among many never 0 %', () => {
  assert.equal(feedbackSummary(counts(999, 0, 1)).percentPositive, 99);
  assert.equal(feedbackSummary(counts(1, 0, 999)).percentPositive, 1);
  assert.equal(feedbackSummary(counts(995, 0, 5)).percentPositive, 99);
});

test('for any counts: within a point of the exact share, 100 and 0 only when true', () => {
  const count = fc.integer({ min: 0, max: 1_000_000 });
  fc.assert(
    fc.property(count, count, count, (positive, neutral, negative) => {
      const { total, percentPositive } = feedbackSummary(counts(positive, neutral, negative));
      assert.equal(total, positive + neutral + negative);
      if (positive + negative === 0) return assert.equal(percentPositive, null);
      assert.ok(percentPositive !== null && Number.isInteger(percentPositive));
      const exact = (positive * 100) / (positive + negative);
      assert.ok(Math.abs(percentPositive - exact) <= 1, `${percentPositive} vs ${exact}`);
      assert.equal(percentPositive === 100, negative === 0);
      assert.equal(percentPositive === 0, positive === 0);
    }),
  );
});

test('the summary in words, in both languages', () => {
  assert.equal(ptBR.feedback.percent(98), '98% positivas');
  assert.equal(ptBR.feedback.total(50), '50 avaliações');
  assert.equal(ptBR.feedback.total(1), '1 avaliação');
  assert.equal(en.feedback.total(1), '1 rating');
  assert.equal(en.feedback.percent(98), '98% positive');
});

test('member since: the month and year in the chosen language', () => {
  const since = '2025-03-15T12:00:00.000Z';
  assert.equal(
    ptBR.profile.memberSince(formatMonthYear(since, 'pt-BR')),
    'Membro desde março de 2025',
  );
  assert.equal(en.profile.memberSince(formatMonthYear(since, 'en')), 'Member since March 2025');
});

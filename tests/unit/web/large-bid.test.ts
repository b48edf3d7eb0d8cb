// The bid form's typo guard (web/src/forms/large-bid.ts and its question,
// i18n/large-bid-text.ts): from five times the minimum bid on — the amount,
// or the secret maximum when it says more — the form asks first, naming the
// amount in reais and how many times the minimum it is; below that it sends
// at once, as it always did.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LARGE_BID_FACTOR, largeAmounts, timesMinimum } from '../../../web/src/forms/large-bid.ts';
import { formatMoney } from '../../../web/src/format.ts';
import { largeBidQuestion } from '../../../web/src/i18n/large-bid-text.ts';
import { en } from '../../../web/src/i18n/messages-en.ts';
import { ptBR } from '../../../web/src/i18n/messages-pt-br.ts';
import { brl } from './fixtures.ts';

test('the threshold is five times the minimum bid, reached or passed', () => {
  assert.equal(LARGE_BID_FACTOR, 5);
  assert.deepEqual(largeAmounts(2_000, null, 2_000), [], 'the minimum itself');
  assert.deepEqual(largeAmounts(9_999, null, 2_000), [], 'just under five times');
  assert.deepEqual(largeAmounts(10_000, null, 2_000), [
    { field: 'amount', cents: 10_000, times: 5 },
  ]);
  assert.deepEqual(largeAmounts(200_000, null, 2_000), [
    { field: 'amount', cents: 200_000, times: 100 },
  ]);
});

test('the secret maximum is asked about too, when it says more than the amount', () => {
  assert.deepEqual(largeAmounts(2_000, 9_000, 2_000), [], 'a maximum under five times');
  assert.deepEqual(largeAmounts(2_000, 20_000, 2_000), [
    { field: 'max', cents: 20_000, times: 10 },
  ]);
  assert.deepEqual(largeAmounts(200_000, 500_000, 2_000), [
    { field: 'amount', cents: 200_000, times: 100 },
    { field: 'max', cents: 500_000, times: 250 },
  ]);
  assert.deepEqual(
    largeAmounts(200_000, 200_000, 2_000),
    [{ field: 'amount', cents: 200_000, times: 100 }],
    'a maximum equal to the amount adds nothing',
  );
});

test('no minimum to compare with asks nothing', () => {
  assert.deepEqual(largeAmounts(200_000, null, 0), []);
  assert.deepEqual(largeAmounts(200_000, null, Number.NaN), []);
});

test('how many times: rounded down to one decimal, never overstated', () => {
  assert.equal(timesMinimum(200_000, 2_000), 100);
  assert.equal(timesMinimum(10_999, 2_000), 5.4);
  assert.equal(timesMinimum(12_345, 1_000), 12.3);
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 10_000_000 }),
      fc.integer({ min: 1, max: 10_000_000 }),
      (cents, minimum) => {
        const times = timesMinimum(cents, minimum);
        assert.ok(Math.round(times * 10) === times * 10, 'one decimal at most');
        assert.ok(times * minimum <= cents + 1e-6, 'never more than it is');
        assert.ok(cents < (times + 0.1) * minimum + 1e-6, 'less than a tenth short');
      },
    ),
  );
});

test('asked exactly when the amount, or a larger maximum, reaches five times the minimum', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.integer({ min: 1, max: 100_000_000 }),
      fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null }),
      (minimum, amount, extra) => {
        const max = extra === null ? null : amount + extra;
        const asked = largeAmounts(amount, max, minimum).length > 0;
        const large = (cents: number) => cents >= 5 * minimum;
        assert.equal(asked, large(amount) || (max !== null && large(max)));
      },
    ),
  );
});

test('the question in reais, with how many times the minimum, in both languages', () => {
  const typo = largeAmounts(200_000, null, 2_000);
  assert.equal(
    largeBidQuestion(typo, 2_000, ptBR, 'pt-BR'),
    `Você vai dar um lance de ${brl(200_000)} — 100 vezes o lance mínimo (${brl(2_000)}). Confirmar?`,
  );
  assert.equal(
    largeBidQuestion(typo, 2_000, en, 'en'),
    `You are about to bid ${formatMoney(200_000, 'en')} — 100 times the minimum bid (${formatMoney(2_000, 'en')}). Confirm?`,
  );
  assert.equal(
    largeBidQuestion(largeAmounts(2_000, 1_234_500, 2_000), 2_000, ptBR, 'pt-BR'),
    `Seu lance máximo (automático) será de ${brl(1_234_500)} — 617,2 vezes o lance mínimo (${brl(2_000)}). Confirmar?`,
    'the maximum alone, a fraction in the locale’s way',
  );
  assert.equal(
    largeBidQuestion(largeAmounts(20_000, 100_000, 2_000), 2_000, en, 'en'),
    `You are about to bid ${formatMoney(20_000, 'en')} — 10 times the minimum bid (${formatMoney(2_000, 'en')}). Your maximum (automatic) bid will be ${formatMoney(100_000, 'en')} — 50 times the minimum bid (${formatMoney(2_000, 'en')}). Confirm?`,
    'both, the amount first',
  );
  for (const t of [ptBR, en]) assert.ok(t.bidForm.largeConfirm && t.confirm.back);
});

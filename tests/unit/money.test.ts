import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidAmount, MAX_AMOUNT, parseReais } from '../../core/money.ts';

describe('parseReais', () => {
  const accepted: [string, number][] = [
    ['1.234,56', 123456],
    ['1234.56', 123456],
    ['1234,56', 123456],
    ['1,234.56', 123456],
    ['R$ 1.234,56', 123456],
    ['10', 1000],
    ['0,01', 1],
    ['0.1', 10],
    ['12,3', 1230],
    ['1.234.567', 123456700],
    ['1.234.567,89', 123456789],
    ['  99,90 ', 9990],
  ];
  for (const [text, cents] of accepted) {
    it(`reads "${text}" as ${cents} centavos`, () =>
      assert.deepEqual(parseReais(text), { ok: true, cents }));
  }

  const refused: [string, string][] = [
    ['12,345', 'AMBIGUOUS'],
    ['1.234', 'AMBIGUOUS'],
    ['', 'EMPTY'],
    ['abc', 'INVALID'],
    ['-5', 'INVALID'],
    ['1,2,3', 'INVALID'],
    ['1.23,4.5', 'INVALID'],
    ['12,', 'INVALID'],
    ['1e5', 'INVALID'],
    ['1,999', 'AMBIGUOUS'],
    ['0,001', 'AMBIGUOUS'],
    ['1.234,567', 'TOO_MANY_DECIMALS'],
    ['0', 'OUT_OF_RANGE'],
    ['99999999999999', 'OUT_OF_RANGE'],
  ];
  for (const [text, reason] of refused) {
    it(`refuses "${text}" (${reason})`, () =>
      assert.deepEqual(parseReais(text), { ok: false, reason }));
  }

  it('is exact where floats are not (0,29 is 29 centavos)', () => {
    assert.deepEqual(parseReais('0,29'), { ok: true, cents: 29 });
    assert.deepEqual(parseReais('1.005,07'), { ok: true, cents: 100507 });
  });
});

describe('isValidAmount', () => {
  it('accepts positive safe integers up to the maximum', () => {
    assert.equal(isValidAmount(1), true);
    assert.equal(isValidAmount(MAX_AMOUNT), true);
  });
  it('refuses fractions, zero, negatives, non-numbers and absurd amounts', () => {
    for (const value of [0, -1, 1.5, NaN, Infinity, '100', null, MAX_AMOUNT + 1, 2 ** 60]) {
      assert.equal(isValidAmount(value), false, String(value));
    }
  });
});

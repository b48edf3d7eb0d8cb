// Money and time as people read them; the bid form's pre-filled text always
// parses back to the same centavos.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MAX_AMOUNT, parseReais } from '../../../core/money.ts';
import { formatCountdown, formatMoney, formatMoneyInput } from '../../../web/src/format.ts';
import { estimateOffset } from '../../../web/src/live/server-clock.ts';

test('BRL in both languages', () => {
  assert.equal(formatMoney(123_456, 'pt-BR'), 'R$\u00a01.234,56');
  assert.equal(formatMoney(123_456, 'en'), 'R$1,234.56');
});

test('the pre-filled bid parses back exactly, in both languages', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: MAX_AMOUNT }),
      fc.constantFrom('pt-BR' as const, 'en' as const),
      (cents, locale) => {
        assert.deepEqual(parseReais(formatMoneyInput(cents, locale)), { ok: true, cents });
      },
    ),
  );
});

test('countdowns', () => {
  assert.equal(formatCountdown(-5), '00:00');
  assert.equal(formatCountdown(65_000), '01:05');
  assert.equal(formatCountdown(3_600_000 + 61_000), '01:01:01');
  assert.equal(formatCountdown(2 * 86_400_000 + 3 * 3_600_000 + 4 * 60_000), '2d 03h 04m');
});

test('the server clock offset comes from the sample with the shortest round trip', () => {
  const offset = estimateOffset([
    { sentAt: 1000, receivedAt: 1400, serverNow: 6000 },
    { sentAt: 2000, receivedAt: 2020, serverNow: 7010 },
  ]);
  assert.equal(offset, 5000);
  assert.equal(estimateOffset([]), 0);
});

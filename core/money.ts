// Money is always an integer number of minor units (centavos). Floats never
// carry an amount: R$ 0,10 + R$ 0,20 must be exactly R$ 0,30.

/** Largest amount accepted anywhere: R$ 1.000.000.000,00. It keeps every
 *  amount exact in a JS number and in Redis Lua (doubles, %.14g in cjson). */
export const MAX_AMOUNT = 100_000_000_000;

export function isValidAmount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= MAX_AMOUNT;
}

export type ReaisParseResult =
  | { ok: true; cents: number }
  | { ok: false; reason: 'EMPTY' | 'INVALID' | 'AMBIGUOUS' | 'TOO_MANY_DECIMALS' | 'OUT_OF_RANGE' };

/**
 * Parses an amount typed by a person in reais into centavos, exactly.
 * Accepts Brazilian ("1.234,56") and international ("1234.56", "1,234.56")
 * notation. A single separator followed by exactly three digits ("12,345",
 * "1.234") could mean either thousands or decimals, so it is refused as
 * AMBIGUOUS rather than guessed.
 */
export function parseReais(input: string): ReaisParseResult {
  const text = input
    .trim()
    .replace(/^R\$\s*/i, '')
    .replace(/\s/g, '');
  if (text === '') return { ok: false, reason: 'EMPTY' };
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return { ok: false, reason: 'INVALID' };

  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let integerPart = text;
  let fraction = '';

  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the later one is the decimal separator, the other groups thousands.
    const decimalAt = Math.max(lastDot, lastComma);
    const grouping = decimalAt === lastDot ? ',' : '.';
    integerPart = text.slice(0, decimalAt);
    fraction = text.slice(decimalAt + 1);
    if (/[.,]/.test(fraction)) return { ok: false, reason: 'INVALID' };
    if (!isGrouped(integerPart, grouping)) return { ok: false, reason: 'INVALID' };
    integerPart = integerPart.split(grouping).join('');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? '.' : ',';
    const parts = text.split(separator);
    if (parts.length > 2) {
      if (!isGrouped(text, separator)) return { ok: false, reason: 'INVALID' };
      integerPart = parts.join('');
    } else {
      const after = parts[1] ?? '';
      if (after.length === 3) return { ok: false, reason: 'AMBIGUOUS' };
      integerPart = parts[0] ?? '';
      fraction = after;
    }
  }

  if (fraction.length > 2) return { ok: false, reason: 'TOO_MANY_DECIMALS' };
  const cents = Number(integerPart) * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (!isValidAmount(cents)) return { ok: false, reason: 'OUT_OF_RANGE' };
  return { ok: true, cents };
}

/** "1.234.567" with separator "." — first group 1–3 digits, the rest exactly 3. */
function isGrouped(text: string, separator: string): boolean {
  const groups = text.split(separator);
  if (groups.length === 1) return /^\d+$/.test(text);
  const [first, ...rest] = groups;
  return /^\d{1,3}$/.test(first ?? '') && rest.every((group) => /^\d{3}$/.test(group));
}

// Reads an amount typed in reais (parseReais, exact to the centavo) and says
// what is wrong with it in the person's language.
import { parseReais } from '../../../core/money.ts';
import type { Messages } from '../i18n/messages-pt-br.ts';

export type MoneyReading =
  { cents: number; error?: undefined } | { cents?: undefined; error: string };

export function readMoney(text: string, t: Messages): MoneyReading {
  const parsed = parseReais(text);
  if (parsed.ok) return { cents: parsed.cents };
  switch (parsed.reason) {
    case 'EMPTY':
      return { error: t.field.moneyEmpty };
    case 'AMBIGUOUS':
      return { error: t.field.moneyAmbiguous(text.trim()) };
    case 'TOO_MANY_DECIMALS':
      return { error: t.field.moneyDecimals };
    case 'OUT_OF_RANGE':
      return { error: t.field.moneyRange };
    default:
      return { error: t.field.moneyInvalid };
  }
}

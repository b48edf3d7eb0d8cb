// The typo guard's question (forms/large-bid.ts): each large amount in reais
// with how many times the minimum bid it is, then *Confirmar?* — "Você vai
// dar um lance de R$ 2.000,00 — 100 vezes o lance mínimo (R$ 20,00). Confirmar?"
import { formatCount, formatMoney, type Locale } from '../format.ts';
import type { LargeAmount } from '../forms/large-bid.ts';
import type { Messages } from './messages-pt-br.ts';

export function largeBidQuestion(
  amounts: readonly LargeAmount[],
  minimum: number,
  t: Messages,
  locale: Locale,
): string {
  const least = formatMoney(minimum, locale);
  const sentences = amounts.map(({ field, cents, times }) =>
    (field === 'amount' ? t.bidForm.largeAmount : t.bidForm.largeMax)(
      formatMoney(cents, locale),
      formatCount(times, locale),
      least,
    ),
  );
  return [...sentences, t.bidForm.largeConfirmQuestion].join(' ');
}

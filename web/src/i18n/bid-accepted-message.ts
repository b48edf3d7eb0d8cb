// What to tell a bidder whose bid was accepted, from the API's answer: the
// amount their bid really stands at (a maximum may have raised it) and
// whether they lead — by themselves, by their maximum, or not at all because
// someone's automatic bid answered at once.
import type { BidResult } from '../../../core/schemas.ts';
import { formatMoney, type Locale } from '../format.ts';
import type { Messages } from './messages-pt-br.ts';

export function bidAcceptedMessage(
  result: BidResult,
  bidderId: string,
  maxAmount: number | null,
  t: Messages,
  locale: Locale,
): string {
  const own = result.bids.filter((bid) => bid.bidder.id === bidderId).at(-1) ?? result.bid;
  const amount = formatMoney(own.amount, locale);
  if (!result.leading) return t.bidForm.toppedByAutomatic(amount);
  if (maxAmount === null) return t.bidForm.accepted(amount);
  return t.bidForm.leadingWithMax(amount, formatMoney(maxAmount, locale));
}

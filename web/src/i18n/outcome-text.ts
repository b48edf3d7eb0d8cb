// One sentence for how a finished auction ended, from its `outcome`.
import type { CompactAuction } from '../../../core/schemas.ts';
import { formatMoney, type Locale } from '../format.ts';
import type { Messages } from './messages-pt-br.ts';
import { removedText } from './removal-text.ts';

export function outcomeText(
  auction: CompactAuction,
  viewerId: string | null,
  t: Messages,
  locale: Locale,
): string {
  const price = formatMoney(auction.currentPrice, locale);
  const winner = auction.winner;
  const mine = winner !== null && winner.id === viewerId;
  switch (auction.outcome) {
    case 'CANCELLED':
      return t.auction.cancelledBySeller;
    case 'REMOVED':
      return removedText(auction, t);
    case 'RESERVE_NOT_MET':
      return t.auction.reserveNotMet;
    case 'BOUGHT_NOW':
      if (winner)
        return mine ? t.auction.youBoughtNow(price) : t.auction.boughtNowBy(winner.name, price);
      break;
    default:
      if (winner) return mine ? t.auction.youWon(price) : t.auction.wonBy(winner.name, price);
  }
  return t.auction.closedNoBids;
}

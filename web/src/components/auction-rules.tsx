// The rules of a running auction, made visible: the increment now, the
// anti-sniping window ("lances nos últimos 2 minutos prorrogam o leilão")
// and the hard deadline no extension passes.
import type { Auction } from '../../../core/schemas.ts';
import { formatDateTime, formatMoney } from '../format.ts';
import { formatWindow } from '../i18n/format-window.ts';
import { useI18n } from '../i18n/i18n.ts';

export function AuctionRules({ auction }: { auction: Auction }) {
  const { t, locale } = useI18n();
  return (
    <ul className="price-board__rules" data-testid="auction-rules">
      <li>{t.auction.minIncrement(formatMoney(auction.minIncrement, locale))}</li>
      {auction.softCloseSeconds > 0 ? (
        <li>{t.auction.softClose(formatWindow(auction.softCloseSeconds, t))}</li>
      ) : null}
      {auction.softCloseSeconds > 0 && auction.maxEndsAt ? (
        <li>{t.auction.hardDeadline(formatDateTime(auction.maxEndsAt, locale))}</li>
      ) : null}
    </ul>
  );
}

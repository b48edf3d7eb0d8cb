// What the viewer needs to know about the auction's outcome or their standing.
import type { Auction, Bid } from '../../../core/schemas.ts';
import { formatMoney } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';

export function AuctionResult({
  auction,
  viewerId,
}: {
  auction: Auction;
  viewerId: string | null;
}) {
  const { t, locale } = useI18n();
  const price = formatMoney(auction.currentPrice, locale);
  let text = t.auction.closedNoBids;
  if (auction.winner && auction.winner.id === viewerId) text = t.auction.youWon(price);
  else if (auction.winner) text = t.auction.wonBy(auction.winner.name, price);
  return (
    <p className="result-banner" data-testid="auction-result">
      <strong>{t.auction.closed}.</strong> {text}
    </p>
  );
}

export function OutbidNotice({ bid, onDismiss }: { bid: Bid; onDismiss(): void }) {
  const { t, locale } = useI18n();
  return (
    <div className="outbid" role="alert" data-testid="outbid-notice">
      <p>{t.auction.outbid(bid.bidder.name, formatMoney(bid.amount, locale))}</p>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        OK
      </button>
    </div>
  );
}

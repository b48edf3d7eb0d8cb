// What the viewer needs to know about the auction's outcome or their standing.
// A moderator's removal names its reason, and that nothing was sold; and,
// when the seller's appeal reversed it, says so (the auction stays ended).
import type { Auction, Bid } from '../../../core/schemas.ts';
import { isRemoved } from '../flag-reasons.ts';
import { formatMoney } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { outcomeText } from '../i18n/outcome-text.ts';
import { finishedLabel, removedText } from '../i18n/removal-text.ts';

export function AuctionResult({
  auction,
  viewerId,
}: {
  auction: Auction;
  viewerId: string | null;
}) {
  const { t, locale } = useI18n();
  if (isRemoved(auction))
    return (
      <p className="result-banner result-banner--removed" data-testid="auction-result">
        <strong>{removedText(auction, t)}</strong> {t.auction.removedNoSale}
        {auction.removalReversed ? (
          <span className="result-banner__reversed" data-testid="removal-reversed">
            {t.appeals.reversedNote}
          </span>
        ) : null}
      </p>
    );
  return (
    <p className="result-banner" data-testid="auction-result">
      <strong>{finishedLabel(auction, t)}.</strong> {outcomeText(auction, viewerId, t, locale)}
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

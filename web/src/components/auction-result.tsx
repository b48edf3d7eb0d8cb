// What the viewer needs to know about the auction's outcome or their standing.
// A removal while open names its reason, and that nothing was sold; one after
// the end names it above the result, which stands (a sale between its
// parties). Either says so when the seller's appeal reversed it (the auction
// stays ended).
import type { ReactNode } from 'react';
import type { Auction, Bid } from '../../../core/schemas.ts';
import { endedByRemoval, isRemovedAfterEnd } from '../flag-reasons.ts';
import { formatMoney } from '../format.ts';
import { isSold } from '../forms/sale-feedback.ts';
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
  if (endedByRemoval(auction))
    return (
      <RemovalBanner auction={auction} testId="auction-result">
        {t.auction.removedNoSale}
      </RemovalBanner>
    );
  return (
    <>
      {isRemovedAfterEnd(auction) ? (
        <RemovalBanner auction={auction} testId="removal-banner">
          {auction.removalReversed
            ? null
            : isSold(auction)
              ? t.auction.removedAfterSale
              : t.auction.removedAfterEnd}
        </RemovalBanner>
      ) : null}
      <p className="result-banner" data-testid="auction-result">
        <strong>{finishedLabel(auction, t)}.</strong> {outcomeText(auction, viewerId, t, locale)}
      </p>
    </>
  );
}

/** The removal and its reason in bold, what it means after, and its reversal if any. */
function RemovalBanner({
  auction,
  testId,
  children,
}: {
  auction: Auction;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <p className="result-banner result-banner--removed" data-testid={testId}>
      <strong>{removedText(auction, t)}</strong> {children}
      {auction.removalReversed ? (
        <span className="result-banner__reversed" data-testid="removal-reversed">
          {t.appeals.reversedNote}
        </span>
      ) : null}
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

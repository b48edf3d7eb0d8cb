// Bid history, newest first. One row per seq (the state guarantees it);
// bids placed by someone's maximum and Buy It Now purchases are marked. A bid
// that no longer counts keeps its row: its amount struck through and, in
// words (heard by screen readers, which say nothing of a strike), why —
// *Lance retirado* when its bidder took it back, *Cancelado pelo vendedor*
// when the seller cancelled its bidder's bids (or it answered such a bid),
// *Cancelado pela moderação* otherwise —, and the newest bid that stands, at
// the current price, is the one set apart.
import type { Bid } from '../../../core/schemas.ts';
import { formatMoney, formatTime } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { withdrawnBidLabel } from '../i18n/retraction-text.ts';

interface BidHistoryProps {
  bids: Bid[];
  /** Finished auctions invite no first bid. */
  finished: boolean;
  /** Every bid's row, the cancelled ones included (bid-numbering.ts's lastBidSeq). */
  total: number;
  /** How many of them no longer count (the moderators or the seller cancelled them, or their bidders retracted them). */
  cancelled: number;
  viewerId: string | null;
  onLoadOlder(): void;
}

export function BidHistory(props: BidHistoryProps) {
  const { bids, finished, total, cancelled, viewerId, onLoadOlder } = props;
  const { t, locale } = useI18n();
  const hasOlder = (bids.at(-1)?.seq ?? 1) > 1;
  const topSeq = bids.find((bid) => !bid.cancelled)?.seq;
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">{t.auction.history}</h2>
      {bids.length === 0 ? (
        <p className="empty">
          {finished ? t.auction.historyEmptyFinished : t.auction.historyEmpty}
        </p>
      ) : null}
      <ol className="bid-history" data-testid="bid-history">
        {bids.map((bid) => (
          <li
            key={bid.seq}
            className={rowClass(bid, topSeq)}
            data-testid="bid-row"
            data-seq={bid.seq}
            data-cancelled={bid.cancelled ? 'true' : undefined}
            data-retracted={bid.retracted ? 'true' : undefined}
            data-cancelled-by-seller={bid.cancelledBySeller ? 'true' : undefined}
          >
            <span className="bid-row__amount">
              {bid.cancelled ? (
                <s>{formatMoney(bid.amount, locale)}</s>
              ) : (
                formatMoney(bid.amount, locale)
              )}
            </span>
            <span className="bid-row__bidder">
              {bid.bidder.name}
              {bid.bidder.id === viewerId ? (
                <span className="badge badge--you">{t.auction.you}</span>
              ) : null}
              {bid.automatic ? (
                <span className="badge badge--auto" data-testid="bid-automatic">
                  {t.auction.automaticBid}
                </span>
              ) : null}
              {bid.buyNow ? (
                <span className="badge badge--buy-now" data-testid="bid-buy-now">
                  {t.auction.buyNowBid}
                </span>
              ) : null}
              {bid.cancelled ? (
                <span className="badge badge--cancelled" data-testid={withdrawnTestId(bid)}>
                  {withdrawnBidLabel(bid, t)}
                </span>
              ) : null}
            </span>
            <time className="bid-row__time" dateTime={bid.placedAt}>
              {formatTime(bid.placedAt, locale)}
            </time>
          </li>
        ))}
      </ol>
      {hasOlder ? (
        <div className="bid-history__more">
          <p>
            {t.auction.historyShowing(
              bids.length,
              total,
              cancelled,
              bids.some((bid) => bid.retracted || bid.cancelledBySeller),
            )}
          </p>
          <button type="button" className="button button--quiet" onClick={onLoadOlder}>
            {t.auction.loadOlder}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function withdrawnTestId(bid: Bid): string {
  if (bid.cancelledBySeller) return 'bid-cancelled-by-seller';
  return bid.retracted ? 'bid-retracted' : 'bid-cancelled';
}

function rowClass(bid: Bid, topSeq: number | undefined): string {
  if (bid.cancelled) return 'bid-row bid-row--cancelled';
  return bid.seq === topSeq ? 'bid-row bid-row--top' : 'bid-row';
}

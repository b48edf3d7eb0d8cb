// Bid history, newest first. One row per seq (the state guarantees it);
// bids placed by someone's maximum and Buy It Now purchases are marked.
import type { Bid } from '../../../core/schemas.ts';
import { formatMoney, formatTime } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';

interface BidHistoryProps {
  bids: Bid[];
  /** Finished auctions invite no first bid. */
  finished: boolean;
  total: number;
  viewerId: string | null;
  onLoadOlder(): void;
}

export function BidHistory({ bids, finished, total, viewerId, onLoadOlder }: BidHistoryProps) {
  const { t, locale } = useI18n();
  const hasOlder = (bids.at(-1)?.seq ?? 1) > 1;
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">{t.auction.history}</h2>
      {bids.length === 0 ? (
        <p className="empty">
          {finished ? t.auction.historyEmptyFinished : t.auction.historyEmpty}
        </p>
      ) : null}
      <ol className="bid-history" data-testid="bid-history">
        {bids.map((bid, index) => (
          <li
            key={bid.seq}
            className={index === 0 ? 'bid-row bid-row--top' : 'bid-row'}
            data-testid="bid-row"
            data-seq={bid.seq}
          >
            <span className="bid-row__amount">{formatMoney(bid.amount, locale)}</span>
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
            </span>
            <time className="bid-row__time" dateTime={bid.placedAt}>
              {formatTime(bid.placedAt, locale)}
            </time>
          </li>
        ))}
      </ol>
      {hasOlder ? (
        <div className="bid-history__more">
          <p>{t.auction.historyShowing(bids.length, total)}</p>
          <button type="button" className="button button--quiet" onClick={onLoadOlder}>
            {t.auction.loadOlder}
          </button>
        </div>
      ) : null}
    </section>
  );
}

// One auction in the lobby: an open one with its live price and countdown, or
// a closed one with its winner and final price. All user text renders as text.
import type { Auction } from '../../../core/schemas.ts';
import { formatDateTime, formatMoney } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { outcomeText } from '../i18n/outcome-text.ts';
import { Link } from '../routing/link.tsx';
import { Countdown } from './countdown.tsx';

export function OpenAuctionCard({ auction }: { auction: Auction }) {
  const { t, locale } = useI18n();
  return (
    <li className="card" data-testid="open-auction" data-auction-id={auction.id}>
      <h3 className="card__title">
        <Link href={`/auctions/${auction.id}`}>{auction.title}</Link>
      </h3>
      <dl className="card__facts">
        <div>
          <dt>{auction.bidCount > 0 ? t.auction.currentPrice : t.auction.startingPrice}</dt>
          <dd className="price" data-testid="card-price">
            {formatMoney(auction.currentPrice, locale)}
          </dd>
        </div>
        <div>
          <dt>{t.auction.endsIn}</dt>
          <dd>
            <Countdown endsAt={auction.endsAt} status={auction.status} />
          </dd>
        </div>
        <div>
          <dt>{t.auction.leader}</dt>
          <dd data-testid="card-leader">{auction.leader?.name ?? t.auction.noLeader}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t.auction.bidsLabel}</dt>
          <dd data-testid="card-bids">{t.auction.bidCount(auction.bidCount)}</dd>
        </div>
      </dl>
    </li>
  );
}

export function ClosedAuctionRow({ auction }: { auction: Auction }) {
  const { t, locale } = useI18n();
  return (
    <li className="closed-row" data-testid="closed-auction" data-auction-id={auction.id}>
      <Link href={`/auctions/${auction.id}`} className="closed-row__title">
        {auction.title}
      </Link>
      <span className="closed-row__result">{outcomeText(auction, null, t, locale)}</span>
      {auction.closedAt ? (
        <time className="closed-row__time" dateTime={auction.closedAt}>
          {formatDateTime(auction.closedAt, locale)}
        </time>
      ) : null}
    </li>
  );
}

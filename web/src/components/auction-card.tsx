// One auction in the lobby: an open one with its cover photo, category, live
// price and countdown, or a closed one with a small cover, its winner and
// final price — and a moderator's removal after its end while it stands (one
// removed while open says so instead of a result).
// All user text renders as text.
import type { ReactNode } from 'react';
import type { CompactAuction } from '../../../core/schemas.ts';
import { categoryOf } from '../categories.ts';
import { isRemovedAfterEnd } from '../flag-reasons.ts';
import { formatDateTime, formatMoney } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { outcomeText } from '../i18n/outcome-text.ts';
import { removedText } from '../i18n/removal-text.ts';
import { Link } from '../routing/link.tsx';
import { msUntilStart } from '../live/scheduled-start.ts';
import { useServerNow } from '../live/ticker.ts';
import { AuctionCover } from './auction-cover.tsx';
import { Countdown } from './countdown.tsx';
import { ReserveBadge } from './reserve-badge.tsx';
import { WatchToggle } from './watch-toggle.tsx';

/** What the listing offers besides bidding: Buy It Now while it lasts, and where a reserve stands. */
function OfferChips({ auction }: { auction: CompactAuction }) {
  const { t, locale } = useI18n();
  const buyNow = auction.buyNowAvailable && auction.buyNowPrice !== null;
  if (!buyNow && !auction.hasReserve) return null;
  return (
    <p className="card__chips">
      {buyNow ? (
        <span className="badge badge--buy-now" data-testid="card-buy-now">
          {t.buyNow.chip(formatMoney(auction.buyNowPrice as number, locale))}
        </span>
      ) : null}
      {auction.hasReserve ? <ReserveBadge auction={auction} testId="card-reserve" /> : null}
    </p>
  );
}

interface OpenAuctionCardProps {
  auction: CompactAuction;
  /** What a page adds about the viewer, e.g. "you are winning". */
  note?: ReactNode;
  /** Among the results of one category, where each card would say the same. */
  hideCategory?: boolean;
}

export function OpenAuctionCard({ auction, note, hideCategory = false }: OpenAuctionCardProps) {
  const { t, locale } = useI18n();
  // Scheduled auctions count down to their start; bids are refused until then.
  const scheduled = msUntilStart(auction, useServerNow()) > 0;
  return (
    <li className="card" data-testid="open-auction" data-auction-id={auction.id}>
      <AuctionCover auction={auction} />
      <h3 className="card__title">
        <Link href={`/auctions/${auction.id}`}>{auction.title}</Link>
      </h3>
      {hideCategory ? null : (
        <p className="card__category" data-testid="card-category">
          {t.categories[categoryOf(auction)]}
        </p>
      )}
      {note}
      <OfferChips auction={auction} />
      <dl className="card__facts">
        <div>
          <dt>{auction.bidCount > 0 ? t.auction.currentPrice : t.auction.startingPrice}</dt>
          <dd className="price" data-testid="card-price">
            {formatMoney(auction.currentPrice, locale)}
          </dd>
        </div>
        <div>
          <dt>{scheduled ? t.auction.startsIn : t.auction.endsIn}</dt>
          <dd data-testid={scheduled ? 'card-starts-in' : 'card-ends-in'}>
            <Countdown
              endsAt={scheduled ? auction.startsAt : auction.endsAt}
              status={auction.status}
              outcome={auction.outcome}
              warn={!scheduled}
            />
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
      <WatchToggle auctionId={auction.id} title={auction.title} />
    </li>
  );
}

export function ClosedAuctionRow({ auction, note }: { auction: CompactAuction; note?: ReactNode }) {
  const { t, locale } = useI18n();
  return (
    <li className="closed-row" data-testid="closed-auction" data-auction-id={auction.id}>
      <AuctionCover auction={auction} row />
      <div className="closed-row__text">
        <Link href={`/auctions/${auction.id}`} className="closed-row__title">
          {auction.title}
        </Link>
        {note}
        {/* Reversed on appeal, it is back among the ended ones as it was. */}
        {isRemovedAfterEnd(auction) && !auction.removalReversed ? (
          <span className="closed-row__removed" data-testid="closed-removed">
            {removedText(auction, t)}
          </span>
        ) : null}
        <span className="closed-row__result">{outcomeText(auction, null, t, locale)}</span>
        {auction.closedAt ? (
          <time className="closed-row__time" dateTime={auction.closedAt}>
            {formatDateTime(auction.closedAt, locale)}
          </time>
        ) : null}
      </div>
    </li>
  );
}

// The numbers that matter at a glance: price, leader, minimum, bids, time left.
import type { Auction } from '../../../core/schemas.ts';
import { endedByRemoval } from '../flag-reasons.ts';
import { formatCountdown, formatDateTime, formatMoney } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { msUntilStart } from '../live/scheduled-start.ts';
import { useServerNow } from '../live/ticker.ts';
import { AuctionRules } from './auction-rules.tsx';
import { Countdown } from './countdown.tsx';
import { ReserveBadge } from './reserve-badge.tsx';

export function PriceBoard({ auction, viewerId }: { auction: Auction; viewerId: string | null }) {
  const { t, locale } = useI18n();
  const closed = auction.status !== 'open';
  const leading = !closed && viewerId !== null && auction.leader?.id === viewerId;
  return (
    <section className="price-board" aria-label={t.auction.currentPrice}>
      <div className="price-board__price">
        <span className="label">
          {auction.bidCount === 0
            ? t.auction.startingPrice
            : closed
              ? t.auction.finalPrice
              : t.auction.currentPrice}
        </span>
        <span className="price price--big" data-testid="current-price">
          {formatMoney(auction.currentPrice, locale)}
        </span>
        {leading ? <span className="badge badge--lead">{t.auction.youLead}</span> : null}
        {auction.hasReserve && !closed ? (
          <ReserveBadge auction={auction} testId="reserve-status" />
        ) : null}
      </div>
      <dl className="price-board__facts">
        <div>
          <dt>{closed ? t.auction.winner : t.auction.leader}</dt>
          <dd data-testid="leader">
            {closed
              ? (auction.winner?.name ?? t.auction.noWinnerShort)
              : (auction.leader?.name ?? t.auction.noLeader)}
          </dd>
        </div>
        {!closed ? (
          <div>
            <dt>{t.auction.minimumBid}</dt>
            <dd data-testid="minimum-bid">{formatMoney(auction.minimumBid, locale)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t.auction.bidsLabel}</dt>
          <dd data-testid="bid-count">{auction.bidCount}</dd>
        </div>
        {!closed ? <StartsIn auction={auction} /> : null}
        <div>
          <dt>
            {endedByRemoval(auction)
              ? t.auction.removedAt
              : auction.status === 'cancelled'
                ? t.auction.cancelledAt
                : closed
                  ? t.auction.closedAt
                  : t.auction.endsIn}
          </dt>
          <dd>
            {closed && auction.closedAt ? (
              <time dateTime={auction.closedAt}>{formatDateTime(auction.closedAt, locale)}</time>
            ) : (
              <Countdown
                endsAt={auction.endsAt}
                status={auction.status}
                outcome={auction.outcome}
              />
            )}
            {!closed ? (
              <span className="price-board__ends">
                {t.auction.endsAt}:{' '}
                <time dateTime={auction.endsAt}>{formatDateTime(auction.endsAt, locale)}</time>
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
      {closed ? null : <AuctionRules auction={auction} />}
    </section>
  );
}

/** For an auction scheduled to start later (bids before then are refused). */
function StartsIn({ auction }: { auction: Auction }) {
  const { t } = useI18n();
  const msLeft = msUntilStart(auction, useServerNow());
  if (!(msLeft > 0)) return null;
  return (
    <div>
      <dt>{t.auction.startsIn}</dt>
      <dd>
        <time role="timer" className="countdown" dateTime={auction.startsAt}>
          {formatCountdown(msLeft)}
        </time>
      </dd>
    </div>
  );
}

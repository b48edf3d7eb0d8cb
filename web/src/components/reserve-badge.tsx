// Whether an auction's secret reserve is met (never its amount): on the
// auction page's price board and on lobby cards.
import type { CompactAuction } from '../../../core/schemas.ts';
import { useI18n } from '../i18n/i18n.ts';

export function ReserveBadge({ auction, testId }: { auction: CompactAuction; testId: string }) {
  const { t } = useI18n();
  return (
    <span
      className={`badge ${auction.reserveMet ? 'badge--reserve-met' : 'badge--reserve'}`}
      data-testid={testId}
    >
      {auction.reserveMet ? t.auction.reserveMet : t.auction.reserveNotMetYet}
    </span>
  );
}

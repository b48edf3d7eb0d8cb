// A countdown on the server's clock. It is a role="timer" (not announced every
// second); the end itself is announced by the page's live region.
import type { Auction } from '../../../core/schemas.ts';
import { formatCountdown } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { useServerNow } from '../live/ticker.ts';

const URGENT_MS = 60_000;

interface CountdownProps {
  endsAt: string;
  status: Auction['status'];
  /** Red in the last minute; off for a countdown to a start. Default: true. */
  warn?: boolean;
}

export function Countdown({ endsAt, status, warn = true }: CountdownProps) {
  const { t } = useI18n();
  const now = useServerNow();
  if (status !== 'open') {
    const label = status === 'cancelled' ? t.auction.cancelled : t.auction.closed;
    return <span className="countdown countdown--closed">{label}</span>;
  }
  const msLeft = Date.parse(endsAt) - now;
  if (msLeft <= 0) return <span className="countdown countdown--closing">{t.auction.closing}</span>;
  const urgent = warn && msLeft < URGENT_MS ? ' countdown--urgent' : '';
  return (
    <time role="timer" className={`countdown${urgent}`} dateTime={endsAt}>
      {formatCountdown(msLeft)}
    </time>
  );
}

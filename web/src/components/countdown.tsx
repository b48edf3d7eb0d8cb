// A countdown on the server's clock. It is a role="timer" (not announced every
// second); the end itself is announced by the page's live region.
import type { Auction } from '../../../core/schemas.ts';
import { formatCountdown } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { finishedLabel } from '../i18n/removal-text.ts';
import { useServerNow } from '../live/ticker.ts';

const URGENT_MS = 60_000;

interface CountdownProps {
  endsAt: string;
  status: Auction['status'];
  /** Tells a moderator's removal from the seller's cancelling once it is not open. */
  outcome?: Auction['outcome'];
  /** Red in the last minute; off for a countdown to a start. Default: true. */
  warn?: boolean;
}

export function Countdown({ endsAt, status, outcome = null, warn = true }: CountdownProps) {
  const { t } = useI18n();
  const now = useServerNow();
  if (status !== 'open') {
    return (
      <span className="countdown countdown--closed">{finishedLabel({ status, outcome }, t)}</span>
    );
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

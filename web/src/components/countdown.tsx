// A countdown on the server's clock. It is a role="timer" (not announced every
// second); the end itself is announced by the page's live region.
import { formatCountdown } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { useServerNow } from '../live/ticker.ts';

const URGENT_MS = 60_000;

export function Countdown({ endsAt, closed }: { endsAt: string; closed: boolean }) {
  const { t } = useI18n();
  const now = useServerNow();
  if (closed) return <span className="countdown countdown--closed">{t.auction.closed}</span>;
  const msLeft = Date.parse(endsAt) - now;
  if (msLeft <= 0) return <span className="countdown countdown--closing">{t.auction.closing}</span>;
  const urgent = msLeft < URGENT_MS ? ' countdown--urgent' : '';
  return (
    <time role="timer" className={`countdown${urgent}`} dateTime={endsAt}>
      {formatCountdown(msLeft)}
    </time>
  );
}

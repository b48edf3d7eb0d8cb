// *Avaliações pendentes* at the top of *Minha atividade*: each sale the
// viewer may still rate, its title a link to the auction's page (where the
// form is, in *Avaliações desta venda*), whom to rate and until when. Nothing
// at all when there is none or the list could not be read: it is a reminder,
// and the sale's page offers the form either way.
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { salesToRate } from '../live/pending-feedback.ts';
import { useServerNow } from '../live/ticker.ts';
import type { PendingFeedbackList } from '../live/use-pending-feedback.ts';
import { Link } from '../routing/link.tsx';

export function PendingFeedbackSection({ list }: { list: PendingFeedbackList }) {
  const { t, locale } = useI18n();
  const now = useServerNow();
  const sales = list.status === 'ready' ? salesToRate(list.items, now) : [];
  if (sales.length === 0) return null;
  return (
    <section
      aria-labelledby="pending-feedback-title"
      className="lobby-section"
      data-testid="pending-feedback"
    >
      <h2 id="pending-feedback-title">{t.activity.pendingTitle}</h2>
      <ul className="pending-feedback">
        {sales.map(({ auction, role, rated, openUntil }) => (
          <li
            key={auction.id}
            className="pending-feedback__sale"
            data-testid="pending-sale"
            data-auction-id={auction.id}
            data-role={role}
          >
            <Link href={`/auctions/${auction.id}`} className="pending-feedback__title">
              {auction.title}
            </Link>
            <span data-testid="pending-whom">{t.activity.pendingRate[role](rated.name)}</span>
            <time dateTime={openUntil} data-testid="pending-until">
              {t.activity.pendingUntil(formatDate(openUntil, locale))}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}

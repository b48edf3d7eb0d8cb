// Someone's feedback at a glance — "98% positivas · 50 avaliações", or that
// there is none yet — beside their name on an auction and atop their
// profile, where the count of each kind follows.
import type { FeedbackCounts, FeedbackRating } from '../../../core/schemas.ts';
import { feedbackSummary } from '../../../core/feedback-summary.ts';
import { useI18n } from '../i18n/i18n.ts';
import { RatingMark } from './rating-mark.tsx';

export const RATINGS: readonly FeedbackRating[] = ['positive', 'neutral', 'negative'];

export function FeedbackSummaryLine({
  counts,
  testId,
}: {
  counts: FeedbackCounts;
  testId: string;
}) {
  const { t } = useI18n();
  const { total, percentPositive } = feedbackSummary(counts);
  if (total === 0)
    return (
      <span className="rating-summary" data-testid={testId}>
        {t.feedback.none}
      </span>
    );
  return (
    <span className="rating-summary" data-testid={testId}>
      {percentPositive === null ? null : (
        <>
          <strong>{t.feedback.percent(percentPositive)}</strong>
          <span aria-hidden="true"> · </span>
        </>
      )}
      {t.feedback.total(total)}
    </span>
  );
}

export function FeedbackCountsList({ counts }: { counts: FeedbackCounts }) {
  const { t } = useI18n();
  return (
    <ul className="rating-counts" aria-label={t.feedback.countsLabel} data-testid="feedback-counts">
      {RATINGS.map((rating) => (
        <li key={rating} data-rating={rating}>
          <RatingMark rating={rating} />
          {t.feedback.counts[rating]}: <strong>{counts[rating]}</strong>
        </li>
      ))}
    </ul>
  );
}

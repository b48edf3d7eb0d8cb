// The sign marketplaces draw beside a rating — a plus on green, a dot on
// grey, a minus on red — so a list can be read at a glance. Decorative: the
// word beside it says the same to everyone, colour-blind people included.
import type { FeedbackRating } from '../../../core/schemas.ts';

const SIGN: Record<FeedbackRating, string> = { positive: '+', neutral: '•', negative: '−' };

export function RatingMark({ rating }: { rating: FeedbackRating }) {
  return (
    <span className={`rating-mark rating-mark--${rating}`} aria-hidden="true">
      {SIGN[rating]}
    </span>
  );
}

// The summary marketplaces show beside a name: how many ratings someone
// received, and the share of positive ones among the positive and negative
// ones. Neutral ratings count in the total but not in the share, as on eBay
// ("Positive Feedback percentage … does not include neutral ratings").
// Pure: the web UI shows it and the API's link previews say it (app/plugins/page-meta.ts).
import type { FeedbackCounts } from './schemas.ts';

export interface FeedbackSummary {
  /** Every rating received, neutral ones included. */
  total: number;
  /** Whole percent positive; null without any positive or negative rating. */
  percentPositive: number | null;
}

export function feedbackSummary({ positive, neutral, negative }: FeedbackCounts): FeedbackSummary {
  const rated = positive + negative;
  return {
    total: positive + neutral + negative,
    percentPositive: rated === 0 ? null : percentOf(positive, rated),
  };
}

/**
 * Rounded to the nearest whole percent, except that it never says 100 while
 * there is a negative rating, nor 0 while there is a positive one: 999 of
 * 1000 reads 99 %, not a spotless 100 %.
 */
function percentOf(positive: number, rated: number): number {
  const rounded = Math.round((positive * 100) / rated);
  const floor = positive > 0 ? 1 : 0;
  const ceiling = positive < rated ? 99 : 100;
  return Math.min(Math.max(rounded, floor), ceiling);
}

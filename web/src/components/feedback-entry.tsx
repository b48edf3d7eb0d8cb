// One feedback: the rating in words with its mark, the comment (as text,
// line breaks kept), who left it — a link to their profile — and in which
// part of the sale, the auction (on a profile; a sale's own page needs no
// link to itself) and the day; beneath it, the rated person's answer, or
// their form to give one (feedback-reply.tsx). Focusable from script: one's
// own feedback takes the focus where it was just left.
import { useEffect, useRef } from 'react';
import type { Feedback } from '../../../core/schemas.ts';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { Link } from '../routing/link.tsx';
import { FeedbackReply, type ReplyControl } from './feedback-reply.tsx';
import { RatingMark } from './rating-mark.tsx';

interface FeedbackEntryProps {
  feedback: Feedback;
  showAuction: boolean;
  focus?: boolean;
  /** For the rated person, while the rating has no answer: the answer form's actions. */
  reply?: ReplyControl | null;
}

export function FeedbackEntry(props: FeedbackEntryProps) {
  const { feedback, showAuction, focus = false, reply = null } = props;
  const { t, locale } = useI18n();
  const { rating, comment, from, role, auctionId, auctionTitle, createdAt } = feedback;
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focus) item.current?.focus();
  }, [focus]);

  return (
    <li
      className="rating"
      ref={item}
      tabIndex={-1}
      data-testid="feedback"
      data-role={role}
      data-rating={rating}
    >
      <p className="rating__head">
        <RatingMark rating={rating} />
        <strong data-testid="feedback-rating">{t.feedback.rating[rating]}</strong>
        {showAuction ? (
          <>
            <span aria-hidden="true">·</span>
            {auctionTitle ? (
              <Link href={`/auctions/${auctionId}`} data-testid="feedback-auction">
                {auctionTitle}
              </Link>
            ) : (
              <span className="empty">{t.activity.auctionGone}</span>
            )}
          </>
        ) : null}
      </p>
      {comment ? (
        <p className="rating__comment" data-testid="feedback-comment">
          {comment}
        </p>
      ) : null}
      <p className="rating__meta">
        {t.feedback.from}{' '}
        <Link href={`/users/${from.id}`} data-testid="feedback-from">
          {from.name}
        </Link>
        , <span data-testid="feedback-role">{t.feedback.asRole[role]}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={createdAt}>{formatDate(createdAt, locale)}</time>
      </p>
      <FeedbackReply feedback={feedback} control={reply} />
    </li>
  );
}

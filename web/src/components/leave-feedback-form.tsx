// A party's feedback on a sale: whom they rate, said in the legend; three
// choices, none picked for them; an optional comment with a visible count
// that cannot pass the API's limit; until when they may. A missing choice is
// said beside the choices, with the focus on the first. The page shows how
// it went (sale-feedback.tsx).
import { useRef, useState, type FormEvent } from 'react';
import type { FeedbackRating, LeaveFeedbackBody, PublicUser } from '../../../core/schemas.ts';
import { formatDate } from '../format.ts';
import {
  FEEDBACK_COMMENT_MAX_LENGTH,
  feedbackBody,
  type SaleRole,
} from '../forms/sale-feedback.ts';
import { useI18n } from '../i18n/i18n.ts';
import { RATINGS } from './feedback-summary.tsx';
import { RadioChoice } from './radio-choice.tsx';
import { RatingMark } from './rating-mark.tsx';
import { TextAreaField } from './text-field.tsx';

interface LeaveFeedbackFormProps {
  /** The viewer's part: the buyer rates the seller, the seller the buyer. */
  role: SaleRole;
  rated: PublicUser;
  openUntil: string;
  /** Rejects when the form stays for another try (the page says why); resolves when it is done. */
  send(body: LeaveFeedbackBody): Promise<unknown>;
}

export function LeaveFeedbackForm({ role, rated, openUntil, send }: LeaveFeedbackFormProps) {
  const { t, locale } = useI18n();
  const [rating, setRating] = useState<FeedbackRating | null>(null);
  const [comment, setComment] = useState('');
  const [ratingError, setRatingError] = useState('');
  const [busy, setBusy] = useState(false);
  const choices = useRef<HTMLFieldSetElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (rating === null) {
      setRatingError(t.feedback.chooseRating);
      choices.current?.querySelector('input')?.focus();
      return;
    }
    setBusy(true);
    try {
      await send(feedbackBody(rating, comment));
    } catch {
      // Said by the page; the button, disabled while sending, lost the focus: back to the comment.
      document.getElementById('feedback-comment')?.focus();
    } finally {
      setBusy(false);
    }
  };

  const legend = role === 'buyer' ? t.feedback.rateSeller : t.feedback.rateBuyer;
  const options = RATINGS.map(
    (option) =>
      [
        option,
        <>
          <RatingMark rating={option} />
          {t.feedback.rating[option]}
        </>,
      ] as const,
  );
  return (
    <form className="form feedback-form" onSubmit={submit} noValidate data-testid="feedback-form">
      <fieldset
        ref={choices}
        className="fieldset"
        aria-describedby={
          ratingError ? 'feedback-deadline feedback-rating-error' : 'feedback-deadline'
        }
      >
        <legend>{legend(rated.name)}</legend>
        <p id="feedback-deadline" className="field__hint">
          {t.feedback.deadline(formatDate(openUntil, locale))}
        </p>
        <RadioChoice
          name="feedback-rating"
          value={rating}
          options={options}
          onChange={(chosen) => {
            setRating(chosen);
            setRatingError('');
          }}
        />
        {ratingError ? (
          <p
            id="feedback-rating-error"
            className="field__error"
            data-testid="feedback-rating-error"
          >
            {ratingError}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id="feedback-comment"
        label={t.feedback.comment}
        hint={
          <span className="question-form__count" data-testid="feedback-comment-count">
            {t.questions.count(comment.length, FEEDBACK_COMMENT_MAX_LENGTH)}
          </span>
        }
        maxLength={FEEDBACK_COMMENT_MAX_LENGTH}
        rows={3}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t.feedback.sending : t.feedback.send}
      </button>
    </form>
  );
}

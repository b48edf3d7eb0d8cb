// One question to the seller: its number, who asked and when, the text, and
// the seller's answer with its time, or that it is still awaited. Everyone's
// text is rendered as text (React text nodes), never as HTML.
import { useEffect, useRef, type ReactNode } from 'react';
import type { Question } from '../../../core/schemas.ts';
import { formatDateMinute } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { QuestionAnswer } from './question-answer.tsx';

interface QuestionItemProps {
  question: Question;
  viewerId: string | null;
  /** The seller's answer form, while the question has no answer. */
  children?: ReactNode;
  /** The viewer just answered it here: focus goes to the answer that replaced the form. */
  focusAnswer: boolean;
  /** The seller's way to remove it, answered or not. */
  removal?: ReactNode;
}

export function QuestionItem(props: QuestionItemProps) {
  const { question, viewerId, children, focusAnswer, removal } = props;
  const { t, locale } = useI18n();
  const { number, asker, text, askedAt, answer } = question;
  const answerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusAnswer && answer) answerRef.current?.focus();
  }, [focusAnswer, answer]);

  return (
    <li className="question" data-testid="question" data-number={number}>
      <p className="question__meta">
        <span className="question__number">{t.questions.number(number)}</span>
        <span aria-hidden="true"> · </span>
        <span data-testid="question-asker">{asker.name}</span>
        {asker.id === viewerId ? <span className="badge badge--you">{t.auction.you}</span> : null}
        <span aria-hidden="true"> · </span>
        <time dateTime={askedAt}>{formatDateMinute(askedAt, locale)}</time>
      </p>
      <p className="question__text" data-testid="question-text">
        {text}
      </p>
      <QuestionAnswer answer={answer} ref={answerRef} />
      {answer ? null : children}
      {removal}
    </li>
  );
}

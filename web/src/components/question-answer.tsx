// A question's answer with when it was given, or that it is still awaited:
// on the auction page's list and on *Minhas perguntas*. Focusable from
// script (the seller's own answer takes the focus where it was typed).
import type { Ref } from 'react';
import type { Question } from '../../../core/schemas.ts';
import { formatDateMinute } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';

interface QuestionAnswerProps {
  answer: Question['answer'];
  ref?: Ref<HTMLDivElement>;
}

export function QuestionAnswer({ answer, ref }: QuestionAnswerProps) {
  const { t, locale } = useI18n();
  if (!answer)
    return (
      <p className="question__pending" data-testid="answer-pending">
        {t.questions.pending}
      </p>
    );
  return (
    <div className="question__answer" ref={ref} tabIndex={-1} data-testid="answer">
      <p className="question__meta">
        <span className="question__number">{t.questions.answerTitle}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={answer.answeredAt}>{formatDateMinute(answer.answeredAt, locale)}</time>
      </p>
      <p className="question__text" data-testid="answer-text">
        {answer.text}
      </p>
    </div>
  );
}

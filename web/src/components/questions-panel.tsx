// *Perguntas ao vendedor* on the auction page: the questions in the order
// asked, with their answers, live. Below them, what the viewer may do: ask
// (signed in, not the seller, while the auction is open), sign in first (a
// visitor), or — the seller — answer each unanswered question, also after the
// end, and remove any. Questions and answers from others are announced politely.
import { useEffect, useRef, useState } from 'react';
import type { CompactAuction, Question } from '../../../core/schemas.ts';
import { useI18n } from '../i18n/i18n.ts';
import { questionNews } from '../live/question-news.ts';
import { useQuestions } from '../live/use-questions.ts';
import { AnswerQuestionForm } from './answer-question-form.tsx';
import { AskQuestionForm } from './ask-question-form.tsx';
import { LiveAnnouncer } from './live-announcer.tsx';
import { QuestionItem } from './question-item.tsx';
import { RemoveQuestion } from './remove-question.tsx';
import { SignInFirst } from './sign-in-first.tsx';

interface QuestionsPanelProps {
  auction: CompactAuction;
  viewerId: string | null;
  /** The page's room answered its latest watch: the list is read again then. */
  watching: boolean;
}

interface BelowTheListProps {
  auction: CompactAuction;
  viewerId: string | null;
  ask(text: string): Promise<unknown>;
}

/** What the viewer may do after reading: ask, or sign in first. The seller answers in the list. */
function BelowTheList({ auction, viewerId, ask }: BelowTheListProps) {
  const { t } = useI18n();
  if (auction.seller.id === viewerId) return null;
  if (auction.status !== 'open') return <p className="note">{t.questions.closed}</p>;
  if (!viewerId)
    return (
      <SignInFirst
        title={t.questions.signInTitle}
        text={t.questions.signIn}
        path={`/auctions/${auction.id}`}
        level={3}
      />
    );
  return <AskQuestionForm ask={ask} />;
}

export function QuestionsPanel({ auction, viewerId, watching }: QuestionsPanelProps) {
  const { t } = useI18n();
  const questions = useQuestions(auction.id, watching);
  const isSeller = auction.seller.id === viewerId;
  const [answeredHere, setAnsweredHere] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Announce what changed while the page is open, not the first reading.
  const [announcement, setAnnouncement] = useState('');
  const seen = useRef<Question[] | null>(null);
  const ready = questions.status === 'ready';
  useEffect(() => {
    if (!ready) return;
    if (seen.current) {
      const news = questionNews(seen.current, questions.items, { id: viewerId, isSeller });
      if (news.length > 0)
        setAnnouncement(
          news
            .map((item) =>
              item.kind === 'asked'
                ? t.questions.announceAsked(item.name, item.text)
                : t.questions.announceAnswered(item.number, item.text),
            )
            .join(' '),
        );
    }
    seen.current = questions.items;
  }, [ready, questions.items, viewerId, isSeller, t]);

  return (
    <section aria-labelledby="questions-title" className="panel questions" data-testid="questions">
      <h2 id="questions-title" ref={heading} tabIndex={-1}>
        {t.questions.title}
      </h2>
      {isSeller && questions.items.some((question) => !question.answer) ? (
        <p className="note">{t.questions.sellerNote}</p>
      ) : null}
      {questions.status === 'loading' ? (
        <p aria-busy="true" className="empty">
          {t.questions.loading}
        </p>
      ) : null}
      {questions.status === 'failed' ? (
        <p className="feedback feedback--error">
          {t.questions.loadFailed}{' '}
          <button type="button" className="button" onClick={() => void questions.reload()}>
            {t.questions.retry}
          </button>
        </p>
      ) : null}
      {ready && questions.items.length === 0 ? (
        <p className="empty" data-testid="questions-empty">
          {t.questions.empty}
        </p>
      ) : null}
      {questions.items.length > 0 ? (
        <ol className="question-list" data-testid="question-list">
          {questions.items.map((question) => (
            <QuestionItem
              key={question.number}
              question={question}
              viewerId={viewerId}
              focusAnswer={answeredHere === question.number}
              removal={
                isSeller ? (
                  <RemoveQuestion
                    number={question.number}
                    remove={questions.remove}
                    onRemoved={() => heading.current?.focus()}
                  />
                ) : null
              }
            >
              {isSeller ? (
                <AnswerQuestionForm
                  number={question.number}
                  answer={questions.answer}
                  reload={questions.reload}
                  onAnswered={setAnsweredHere}
                />
              ) : null}
            </QuestionItem>
          ))}
        </ol>
      ) : null}
      <BelowTheList auction={auction} viewerId={viewerId} ask={questions.ask} />
      <LiveAnnouncer message={announcement} />
    </section>
  );
}

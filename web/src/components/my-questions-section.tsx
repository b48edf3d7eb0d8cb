// *Minhas perguntas* on *Minha atividade*: each question the viewer asked, the
// latest first, under its auction's title (a link; in words when the auction
// is gone), with when it was asked and the seller's answer or that it is
// still awaited. Typed text is rendered as text, line breaks kept.
import type { AskedQuestion } from '../../../core/schemas.ts';
import { formatDateMinute } from '../format.ts';
import { useI18n } from '../i18n/i18n.ts';
import { QuestionAnswer } from './question-answer.tsx';
import type { MyQuestions } from '../live/use-my-questions.ts';
import { Link } from '../routing/link.tsx';

function MyQuestion({ entry }: { entry: AskedQuestion }) {
  const { t, locale } = useI18n();
  const { auctionId, auctionTitle, question } = entry;
  const { number, text, askedAt, answer } = question;
  return (
    <li
      className="question my-question"
      data-testid="my-question"
      data-auction-id={auctionId}
      data-number={number}
    >
      <h3 className="my-question__auction">
        {auctionTitle ? (
          <Link href={`/auctions/${auctionId}`}>{auctionTitle}</Link>
        ) : (
          <span className="empty">{t.activity.auctionGone}</span>
        )}
      </h3>
      <p className="question__meta">
        <span className="question__number">{t.questions.number(number)}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={askedAt}>{formatDateMinute(askedAt, locale)}</time>
      </p>
      <p className="question__text" data-testid="question-text">
        {text}
      </p>
      <QuestionAnswer answer={answer} />
    </li>
  );
}

export function MyQuestionsSection({ list }: { list: MyQuestions }) {
  const { t } = useI18n();
  return (
    <section
      aria-labelledby="my-questions-title"
      className="lobby-section"
      data-testid="my-questions"
    >
      <h2 id="my-questions-title">{t.activity.questionsTitle}</h2>
      {list.status === 'failed' ? <p role="alert">{t.activity.loadFailed}</p> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <p className="empty">{t.activity.questionsEmpty}</p>
      ) : null}
      <ul className="my-questions" aria-busy={list.status === 'loading'}>
        {list.items.map((entry) => (
          <MyQuestion key={`${entry.auctionId}/${entry.question.number}`} entry={entry} />
        ))}
      </ul>
    </section>
  );
}

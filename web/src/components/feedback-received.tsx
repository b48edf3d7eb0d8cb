// *Avaliações recebidas* on a profile: the feedback the person received, the
// latest first, a page at a time, each answer beneath its rating. On their
// own profile, the person answers a rating that has none (feedback-reply.tsx);
// the answer shows in place with a polite status. Answered meanwhile from
// another device, the sale's feedback is read again to show that answer.
import { useRef, useState } from 'react';
import type { Feedback } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { mayReply, withReplyIn } from '../forms/feedback-reply.ts';
import { feedbackErrorMessage } from '../i18n/feedback-error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { Pages } from '../live/use-pages.ts';
import { FeedbackEntry } from './feedback-entry.tsx';
import type { ReplyControl } from './feedback-reply.tsx';
import { LoadMore } from './load-more.tsx';
import { OutcomeLine, type Outcome } from './outcome-line.tsx';

interface FeedbackReceivedProps {
  received: Pages<Feedback>;
  viewerId: string | null;
}

export function FeedbackReceived({ received, viewerId }: FeedbackReceivedProps) {
  const { t, locale } = useI18n();
  // Ratings answered while the page is open; the pages read stay as they were.
  const [answered, setAnswered] = useState<Feedback[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const items = answered.reduce(withReplyIn, received.items);
  const learn = (feedback: Feedback) => setAnswered((known) => [...known, feedback]);

  /** Reads the sale again for that rating as it now is (its answer given elsewhere). */
  const readAgain = (item: Feedback) =>
    api.auctionFeedback(item.auctionId).then(
      (sale) => {
        const now = sale.items.find((each) => each.role === item.role);
        if (now?.reply) learn(now);
      },
      () => undefined,
    );

  const replyTo = (item: Feedback): ReplyControl | null =>
    mayReply(item, viewerId)
      ? {
          send: async (text) => {
            setOutcome(null);
            const { feedback } = await api.replyToFeedback(item.auctionId, item.role, text);
            learn(feedback);
            setOutcome({ ok: true, text: t.feedback.replySent });
          },
          onFinal: (error) => {
            setOutcome({ ok: false, text: feedbackErrorMessage(error, t, locale) });
            heading.current?.focus();
            if (error.code === 'ALREADY_REPLIED') void readAgain(item);
          },
        }
      : null;

  return (
    <section aria-labelledby="received-title" className="lobby-section" data-testid="received">
      <h2 id="received-title" ref={heading} tabIndex={-1}>
        {t.profile.receivedTitle}
      </h2>
      {received.status === 'failed' ? <p role="alert">{t.feedback.loadFailed}</p> : null}
      {received.status === 'ready' && items.length === 0 ? (
        <p className="empty">{t.profile.receivedEmpty}</p>
      ) : null}
      <ul className="rating-list rating-list--boxed" aria-busy={received.status === 'loading'}>
        {items.map((item) => (
          <FeedbackEntry
            key={`${item.auctionId}/${item.role}`}
            feedback={item}
            showAuction
            reply={replyTo(item)}
          />
        ))}
      </ul>
      <OutcomeLine outcome={outcome} testId="reply-outcome" />
      <LoadMore
        pager={received}
        label={t.profile.moreFeedback}
        failedText={t.feedback.loadFailed}
      />
    </section>
  );
}

// *Avaliações desta venda* on a sold auction's page: the buyer's and the
// seller's feedback on each other, public, the other's arriving live (and
// announced politely). The party who has not rated yet gets the form while
// the window is open on the server's clock, and a note once it closed; their
// feedback shows as soon as the API took it, with the focus on it and a
// polite status. A refusal is said in words; one that means the form is no
// use any more (already rated elsewhere, window closed, the other party's
// account deleted) takes the form away. The person a rating is about may
// answer it, once (feedback-reply.tsx); an answer given elsewhere arrives
// live too.
import { useEffect, useRef, useState } from 'react';
import type {
  AuctionFeedback,
  CompactAuction,
  Feedback,
  LeaveFeedbackBody,
} from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';
import { formatDate } from '../format.ts';
import { mayReply } from '../forms/feedback-reply.ts';
import { mayRate, ratedParty, saleRoleOf, type SaleRole } from '../forms/sale-feedback.ts';
import { feedbackErrorMessage } from '../i18n/feedback-error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { useServerNow } from '../live/ticker.ts';
import { useSaleFeedback } from '../live/use-sale-feedback.ts';
import { FeedbackEntry } from './feedback-entry.tsx';
import type { ReplyControl } from './feedback-reply.tsx';
import { LeaveFeedbackForm } from './leave-feedback-form.tsx';
import { LiveAnnouncer } from './live-announcer.tsx';
import { OutcomeLine, type Outcome } from './outcome-line.tsx';

/** Refusals after which the form can only fail again. */
const FINAL = new Set([
  'FEEDBACK_ALREADY_LEFT',
  'FEEDBACK_CLOSED',
  'ACCOUNT_DELETED',
  'NOT_A_PARTY',
  'NOT_SOLD',
]);

interface RateProps {
  auction: CompactAuction;
  role: SaleRole;
  sale: AuctionFeedback;
  send(body: LeaveFeedbackBody): Promise<void>;
}

/** The form while the viewer may rate, on the server's clock; a note once the window closed. */
function RateIfOpen({ auction, role, sale, send }: RateProps) {
  const { t, locale } = useI18n();
  const now = useServerNow();
  const rated = ratedParty(auction, role);
  if (!rated || sale.openUntil === null || sale.items.some((item) => item.role === role))
    return null;
  if (mayRate(role, sale, now))
    return <LeaveFeedbackForm role={role} rated={rated} openUntil={sale.openUntil} send={send} />;
  return (
    <p className="note" data-testid="feedback-window-closed">
      {t.feedback.windowClosed(formatDate(sale.openUntil, locale))}
    </p>
  );
}

interface SaleFeedbackPanelProps {
  auction: CompactAuction;
  viewerId: string | null;
  /** Feedback was left here or heard of: the rated person's counts changed. */
  onLeft(): void;
}

export function SaleFeedbackPanel({ auction, viewerId, onLeft }: SaleFeedbackPanelProps) {
  const { t, locale } = useI18n();
  const { state, heard, heardReply, reload, leave, reply } = useSaleFeedback(auction.id);
  const role = saleRoleOf(auction, viewerId);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [replyOutcome, setReplyOutcome] = useState<Outcome>(null);
  const [justLeft, setJustLeft] = useState(false);
  const [formOff, setFormOff] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // After the form went with a refusal, the focus it had goes to the section.
  useEffect(() => {
    if (formOff) heading.current?.focus();
  }, [formOff]);
  // Someone else's feedback heard live; one's own was said when it was taken.
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!heard || heard.from.id === viewerId) return;
    setAnnouncement(t.feedback.announce(heard.from.name, t.feedback.rating[heard.rating]));
    onLeft();
    // Not onLeft nor t: a new feedback heard is the only news.
  }, [heard, viewerId]);
  useEffect(() => {
    if (heardReply && heardReply.to.id !== viewerId)
      setAnnouncement(t.feedback.announceReply(heardReply.to.name));
    // Not t: a new answer heard is the only news.
  }, [heardReply, viewerId]);

  /** The answer form's actions, for the person `item` is about while it has none. */
  const replyTo = (item: Feedback): ReplyControl | null =>
    mayReply(item, viewerId)
      ? {
          send: async (text) => {
            setReplyOutcome(null);
            await reply(item.role, text);
            setReplyOutcome({ ok: true, text: t.feedback.replySent });
          },
          onFinal: (error) => {
            setReplyOutcome({ ok: false, text: feedbackErrorMessage(error, t, locale) });
            heading.current?.focus();
            // Answered from another device meanwhile: show that answer.
            if (error.code === 'ALREADY_REPLIED') reload();
          },
        }
      : null;

  /** Resolves once shown; rejects (after saying why) when the form stays for another try. */
  const send = async (body: LeaveFeedbackBody) => {
    setOutcome(null);
    try {
      await leave(body);
      setJustLeft(true);
      setOutcome({ ok: true, text: t.feedback.sent });
      onLeft();
    } catch (error) {
      setOutcome({ ok: false, text: feedbackErrorMessage(error, t, locale) });
      const code = error instanceof ApiError ? error.code : '';
      if (!FINAL.has(code)) throw error;
      setFormOff(true);
      // Rated from another device meanwhile: show that one.
      if (code === 'FEEDBACK_ALREADY_LEFT') reload();
    }
  };

  const items = state.status === 'ready' ? state.sale.items : [];
  return (
    <section aria-labelledby="sale-feedback-title" className="panel" data-testid="sale-feedback">
      <h2 id="sale-feedback-title" ref={heading} tabIndex={-1}>
        {t.feedback.saleTitle}
      </h2>
      <p className="note">{t.feedback.saleExplain}</p>
      {state.status === 'loading' ? (
        <p aria-busy="true" className="empty">
          {t.feedback.loading}
        </p>
      ) : null}
      {state.status === 'failed' ? (
        <p className="feedback feedback--error">
          {t.feedback.loadFailed}{' '}
          <button type="button" className="button" onClick={reload}>
            {t.feedback.retry}
          </button>
        </p>
      ) : null}
      {state.status === 'ready' && items.length === 0 ? (
        <p className="empty" data-testid="sale-feedback-empty">
          {t.feedback.saleEmpty}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul className="rating-list">
          {items.map((item) => (
            <FeedbackEntry
              key={item.role}
              feedback={item}
              showAuction={false}
              focus={justLeft && item.role === role}
              reply={replyTo(item)}
            />
          ))}
        </ul>
      ) : null}
      {state.status === 'ready' && role !== null && !formOff ? (
        <RateIfOpen auction={auction} role={role} sale={state.sale} send={send} />
      ) : null}
      <OutcomeLine outcome={outcome} testId="feedback-outcome" />
      <OutcomeLine outcome={replyOutcome} testId="reply-outcome" />
      <LiveAnnouncer message={announcement} />
    </section>
  );
}

// Beneath a rating: the rated person's answer (*Resposta de Vera: …*, with
// the day), or, for that person while there is none, the form to give it —
// once, at most 500 characters with a visible count, a blank one refused in
// place. Once taken, the answer shows where the form was and takes the
// focus (the section says so politely). A refusal that means the form can
// only fail again (answered from another device, not theirs to answer, the
// rating gone) takes the form away and is said by the section.
import { useEffect, useRef, useState } from 'react';
import type { Feedback } from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';
import { formatDate } from '../format.ts';
import { FEEDBACK_REPLY_MAX_LENGTH, FINAL_REPLY_REFUSALS } from '../forms/feedback-reply.ts';
import { feedbackErrorMessage } from '../i18n/feedback-error-message.ts';
import { useI18n } from '../i18n/i18n.ts';
import { QuestionTextForm } from './question-text-form.tsx';

export interface ReplyControl {
  /** Posts the answer; resolves once the rating shows it, rejects with the API's refusal. */
  send(text: string): Promise<void>;
  /** A refusal in FINAL_REPLY_REFUSALS: the form is gone, the section says why. */
  onFinal(error: ApiError): void;
}

interface FeedbackReplyProps {
  feedback: Feedback;
  /** Given to the rated person only (mayReply); null for everyone else. */
  control: ReplyControl | null;
}

export function FeedbackReply({ feedback, control }: FeedbackReplyProps) {
  const { t, locale } = useI18n();
  const [justReplied, setJustReplied] = useState(false);
  const [formOff, setFormOff] = useState(false);
  const shown = useRef<HTMLDivElement>(null);
  const { reply } = feedback;
  useEffect(() => {
    if (justReplied && reply) shown.current?.focus();
  }, [justReplied, reply]);

  if (reply)
    return (
      <div className="rating__reply" ref={shown} tabIndex={-1} data-testid="feedback-reply">
        <p className="rating__comment">
          <strong>{t.feedback.replyFrom(feedback.to.name)}</strong>{' '}
          <span data-testid="feedback-reply-text">{reply.text}</span>
        </p>
        <p className="rating__meta">
          <time dateTime={reply.createdAt}>{formatDate(reply.createdAt, locale)}</time>
        </p>
      </div>
    );
  if (control === null || formOff) return null;
  return (
    <QuestionTextForm
      id={`reply-${feedback.auctionId}-${feedback.role}`}
      label={t.feedback.replyLabel}
      hint={t.feedback.replyHint}
      maxLength={FEEDBACK_REPLY_MAX_LENGTH}
      rows={2}
      submitLabel={t.feedback.replySend}
      blank={t.feedback.replyBlank}
      describeError={feedbackErrorMessage}
      send={async (text) => {
        try {
          await control.send(text);
          setJustReplied(true);
        } catch (error) {
          if (!(error instanceof ApiError) || !FINAL_REPLY_REFUSALS.has(error.code)) throw error;
          setFormOff(true);
          control.onFinal(error);
        }
      }}
    />
  );
}

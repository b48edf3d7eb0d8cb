// Under an appeal in the moderators' list: the reply — required, the reasons
// e-mailed to the appellant, at most 2000 characters with a visible count, a
// blank one refused in place — and the two decisions, *Manter a decisão*
// (upheld) and *Reverter a decisão* (reversed), after a sentence saying what
// each does (reversing a keep takes the auction down), which describes both
// buttons. Neither asks again: the written reply is the deliberate step. The
// buttons' names add the appeal's subject (the page lists several). Taken,
// the item leaves (the page says so and moves the focus); refused, the
// refusal is said beside the buttons — AUCTION_CLOSED as a close under way,
// to try again — and the focus goes back to the one pressed.
import { useEffect, useRef, useState } from 'react';
import type { AppealOutcome } from '../api/endpoints.ts';
import { APPEAL_REPLY_MAX_LENGTH } from '../forms/appeal.ts';
import { textToSend } from '../forms/question-text.ts';
import { appealReviewMessages } from '../i18n/appeal-review-messages.ts';
import { appealDecisionErrorMessage } from '../i18n/appeal-text.ts';
import { useI18n } from '../i18n/i18n.ts';
import { TextAreaField } from './text-field.tsx';

interface AppealDecisionProps {
  appealId: string;
  /** What the appeal is about, in words: added to the buttons' names. */
  subject: string;
  /** What upholding and reversing do, in a sentence. */
  consequence: string;
  /** Resolves once the decision is taken (the item then leaves); rejects with the API's refusal. */
  decide(outcome: AppealOutcome, reply: string): Promise<unknown>;
}

export function AppealDecision({ appealId, subject, consequence, decide }: AppealDecisionProps) {
  const { t, locale } = useI18n();
  const [reply, setReply] = useState('');
  const [replyError, setReplyError] = useState<string | undefined>();
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const pressed = useRef<HTMLButtonElement | null>(null);
  const fieldId = `appeal-reply-${appealId}`;
  const consequenceId = `appeal-consequence-${appealId}`;

  // Disabled while sending, the button lost the focus: it gets it back for a retry.
  useEffect(() => {
    if (failure) pressed.current?.focus();
  }, [failure]);

  const run = async (outcome: AppealOutcome, button: HTMLButtonElement) => {
    const text = textToSend(reply);
    setFailure('');
    if (text === null) {
      setReplyError(t.appeals.replyBlank);
      document.getElementById(fieldId)?.focus();
      return;
    }
    pressed.current = button;
    setBusy(true);
    try {
      await decide(outcome, text);
    } catch (error) {
      setFailure(appealDecisionErrorMessage(error, t, appealReviewMessages[locale], locale));
      setBusy(false);
    }
  };

  const button = (outcome: AppealOutcome, label: string) => (
    <button
      type="button"
      className="button"
      disabled={busy}
      aria-label={`${label}: ${subject}`}
      aria-describedby={consequenceId}
      onClick={(event) => void run(outcome, event.currentTarget)}
      data-testid={`appeal-${outcome}`}
    >
      {label}
    </button>
  );

  return (
    <div className="flagged__decision appeal-decision">
      <TextAreaField
        id={fieldId}
        label={t.appeals.replyLabel}
        hint={`${t.appeals.replyHint} ${t.questions.count(reply.length, APPEAL_REPLY_MAX_LENGTH)}`}
        error={replyError}
        maxLength={APPEAL_REPLY_MAX_LENGTH}
        rows={4}
        value={reply}
        onChange={(event) => {
          setReply(event.target.value);
          setReplyError(undefined);
        }}
      />
      <p id={consequenceId} className="note" data-testid="appeal-consequence">
        {consequence}
      </p>
      <div className="actions">
        {button('upheld', t.appeals.uphold)}
        {button('reversed', t.appeals.reverse)}
      </div>
      <div role="alert">
        {failure ? <p className="feedback feedback--error">{failure}</p> : null}
      </div>
    </div>
  );
}

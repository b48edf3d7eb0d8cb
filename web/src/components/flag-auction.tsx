// *Denunciar anúncio* on an auction's page, for anyone signed in but the
// seller: a quiet button that opens a small form in place — the reason as
// radio choices, none picked for them; optional details with a visible count
// that cannot pass the API's limit. Once sent (or when it had been, from any
// device: ALREADY_FLAGGED), the form gives way to a sentence that takes the
// focus; a refusal that may pass on a retry (network, rate limit) is said
// beside the buttons and the form stays. Stepping back returns the focus to
// the button, as the seller's correction form does.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CompactAuction, FlagReason } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import { FLAG_REASONS } from '../flag-reasons.ts';
import { FLAG_DETAILS_MAX_LENGTH, flagBody, isFinalFlagRefusal } from '../forms/flag-auction.ts';
import { useI18n } from '../i18n/i18n.ts';
import { moderationErrorMessage } from '../i18n/moderation-error-message.ts';
import { RadioChoice } from './radio-choice.tsx';
import { TextAreaField } from './text-field.tsx';

type Done = { tone: 'success' | 'warning' | 'error'; text: string };

export function FlagAuction({ auction }: { auction: CompactAuction }) {
  const { t, locale } = useI18n();
  const [step, setStep] = useState<'closed' | 'open' | 'done'>('closed');
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [details, setDetails] = useState('');
  const [reasonError, setReasonError] = useState('');
  const [failure, setFailure] = useState('');
  const [done, setDone] = useState<Done | null>(null);
  const [busy, setBusy] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const choices = useRef<HTMLFieldSetElement>(null);
  const sendButton = useRef<HTMLButtonElement>(null);
  const doneText = useRef<HTMLParagraphElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (step === 'open') choices.current?.querySelector('input')?.focus();
    else if (step === 'done') doneText.current?.focus();
    else if (wasOpen.current) trigger.current?.focus();
    wasOpen.current = step === 'open';
  }, [step]);

  // Disabled while sending, the button lost the focus: it gets it back for a retry.
  useEffect(() => {
    if (failure) sendButton.current?.focus();
  }, [failure]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason === null) {
      setReasonError(t.flag.chooseReason);
      choices.current?.querySelector('input')?.focus();
      return;
    }
    setBusy(true);
    setFailure('');
    try {
      await api.flagAuction(auction.id, flagBody(reason, details));
      setDone({ tone: 'success', text: t.flag.sent });
      setStep('done');
    } catch (error) {
      const code = error instanceof ApiError ? error.code : '';
      const text = moderationErrorMessage(error, t, locale);
      if (isFinalFlagRefusal(code)) {
        setDone({ tone: code === 'ALREADY_FLAGGED' ? 'warning' : 'error', text });
        setStep('done');
      } else setFailure(text);
    } finally {
      setBusy(false);
    }
  };

  const options = FLAG_REASONS.map((option) => [option, t.flagReasons[option]] as const);
  return (
    <div className="flag-auction" data-testid="flag-auction">
      {step === 'closed' ? (
        <p>
          <button
            ref={trigger}
            type="button"
            className="button button--quiet"
            onClick={() => setStep('open')}
          >
            <span aria-hidden="true">⚑</span> {t.flag.open}
          </button>
        </p>
      ) : null}
      {step === 'open' ? (
        <form
          className="panel form flag-form"
          onSubmit={submit}
          noValidate
          aria-labelledby="flag-title"
          data-testid="flag-form"
        >
          <h2 id="flag-title">{t.flag.title}</h2>
          <p className="note">{t.flag.explain}</p>
          <fieldset
            ref={choices}
            className="fieldset"
            aria-describedby={reasonError ? 'flag-reason-error' : undefined}
          >
            <legend>{t.flag.reason}</legend>
            <RadioChoice
              name="flag-reason"
              value={reason}
              options={options}
              onChange={(chosen) => {
                setReason(chosen);
                setReasonError('');
              }}
            />
            {reasonError ? (
              <p id="flag-reason-error" className="field__error" data-testid="flag-reason-error">
                {reasonError}
              </p>
            ) : null}
          </fieldset>
          <TextAreaField
            id="flag-details"
            label={t.flag.details}
            hint={t.questions.count(details.length, FLAG_DETAILS_MAX_LENGTH)}
            maxLength={FLAG_DETAILS_MAX_LENGTH}
            rows={3}
            value={details}
            onChange={(event) => setDetails(event.target.value)}
          />
          <div role="alert" data-testid="flag-failure">
            {failure ? <p className="feedback feedback--error">{failure}</p> : null}
          </div>
          <div className="actions">
            <button
              ref={sendButton}
              type="submit"
              className="button button--primary"
              disabled={busy}
            >
              {busy ? t.flag.sending : t.flag.send}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setStep('closed')}
            >
              {t.flag.back}
            </button>
          </div>
        </form>
      ) : null}
      <div role="status" data-testid="flag-outcome">
        {done ? (
          <p ref={doneText} tabIndex={-1} className={`feedback feedback--${done.tone}`}>
            {done.text}
          </p>
        ) : null}
      </div>
    </div>
  );
}

// The form behind asking and answering (and answering a rating): a labelled textarea that cannot take
// more than the API accepts, with a visible character count, a blank text
// refused in place (as the API would), the API's refusal said by its code,
// and focus back in the field when something needs fixing.
import { useState, type FormEvent } from 'react';
import { textToSend } from '../forms/question-text.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { Locale } from '../format.ts';
import type { Messages } from '../i18n/messages-pt-br.ts';
import { questionErrorMessage } from '../i18n/question-error-message.ts';
import { OutcomeLine, type Outcome } from './outcome-line.tsx';
import { TextAreaField } from './text-field.tsx';

export interface QuestionTextFormProps {
  /** The textarea's id; the count, errors and outcome hang off it. */
  id: string;
  label: string;
  hint?: string;
  maxLength: number;
  rows: number;
  submitLabel: string;
  /** Said beside the field when the text is blank. */
  blank: string;
  /** Said after sending, with the field emptied for another; none when the form goes away. */
  sent?: string;
  send(text: string): Promise<unknown>;
  /** Runs after a refusal, e.g. to read the list again when it was answered elsewhere. */
  onRefused?(error: unknown): void;
  /** A refusal in words; default: a question's or an answer's (questionErrorMessage). */
  describeError?(error: unknown, t: Messages, locale: Locale): string;
}

export function QuestionTextForm(props: QuestionTextFormProps) {
  const { id, label, hint, maxLength, rows, submitLabel, blank, sent, send, onRefused } = props;
  const describeError = props.describeError ?? questionErrorMessage;
  const { t, locale } = useI18n();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  // The button is disabled while sending, which drops its focus: bring it back to the field.
  const focusField = () => document.getElementById(id)?.focus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const toSend = textToSend(text);
    setOutcome(null);
    if (toSend === null) {
      setFieldError(blank);
      return focusField();
    }
    setBusy(true);
    try {
      await send(toSend);
      if (sent === undefined) return;
      setText('');
      setOutcome({ ok: true, text: sent });
      focusField();
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error, t, locale) });
      focusField();
      onRefused?.(error);
    } finally {
      setBusy(false);
    }
  };

  const count = (
    <span className="question-form__count" data-testid={`${id}-count`}>
      {t.questions.count(text.length, maxLength)}
    </span>
  );
  return (
    <form className="form question-form" onSubmit={submit} noValidate data-testid={`${id}-form`}>
      <TextAreaField
        id={id}
        label={label}
        hint={
          hint ? (
            <>
              {hint} {count}
            </>
          ) : (
            count
          )
        }
        error={fieldError}
        maxLength={maxLength}
        rows={rows}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setFieldError(undefined);
          setOutcome(null);
        }}
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t.questions.sending : submitLabel}
      </button>
      <OutcomeLine outcome={outcome} testId={`${id}-outcome`} />
    </form>
  );
}

// A button whose action cannot be undone (Buy It Now, cancelling): the first
// press asks, in place, and only the second sends. Focus moves to the
// question's confirm button — or to its first choice, when it asks for some
// (a suspension's reason) — and back to the trigger if the person steps back
// (*Voltar*, or Escape, as the bid form's typo guard takes it).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.ts';

interface ConfirmActionProps {
  id: string;
  trigger: ReactNode;
  /** The trigger's name for screen readers when its words repeat on the page (one per item of a list). */
  triggerLabel?: string;
  question: ReactNode;
  /** Choices that go with the question (fields), between it and the buttons. */
  choices?: ReactNode;
  /**
   * Asked on confirming, before anything is sent: false keeps the question
   * open and puts the focus on the first choice (the caller says what is
   * missing among its choices). Without it, every answer is complete.
   */
  choicesComplete?(): boolean;
  confirm: string;
  disabled?: boolean;
  /** Resolves with an error message to show, or null when it worked. */
  onConfirm(): Promise<string | null>;
  variant?: 'primary' | 'danger';
}

export function ConfirmAction(props: ConfirmActionProps) {
  const { t } = useI18n();
  const [step, setStep] = useState<'idle' | 'asking' | 'sending'>('idle');
  const [error, setError] = useState('');
  const confirmButton = useRef<HTMLButtonElement>(null);
  const triggerButton = useRef<HTMLButtonElement>(null);
  const choices = useRef<HTMLDivElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (step === 'asking')
      (
        choices.current?.querySelector<HTMLElement>('select, input') ?? confirmButton.current
      )?.focus();
    else if (step === 'idle' && asked.current) triggerButton.current?.focus();
    asked.current = step !== 'idle';
  }, [step]);

  const send = async () => {
    if (props.choicesComplete && !props.choicesComplete()) {
      choices.current?.querySelector<HTMLElement>('select, input')?.focus();
      return;
    }
    setStep('sending');
    const failure = await props.onConfirm();
    setError(failure ?? '');
    // On success the page changes (closed or cancelled) and removes this.
    setStep(failure ? 'idle' : 'sending');
  };

  const tone = props.variant === 'danger' ? 'button--danger' : 'button--primary';
  return (
    <div className="confirm-action" data-testid={props.id}>
      {step === 'idle' ? (
        <button
          ref={triggerButton}
          type="button"
          className={`button ${tone}`}
          disabled={props.disabled}
          aria-label={props.triggerLabel}
          onClick={() => setStep('asking')}
        >
          {props.trigger}
        </button>
      ) : (
        <div
          className="confirm-action__ask"
          role="group"
          aria-labelledby={`${props.id}-question`}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && step === 'asking') setStep('idle');
          }}
        >
          <p id={`${props.id}-question`}>{props.question}</p>
          {props.choices ? (
            <div ref={choices} className="confirm-action__choices">
              {props.choices}
            </div>
          ) : null}
          <div className="actions">
            <button
              ref={confirmButton}
              type="button"
              className={`button ${tone}`}
              disabled={step === 'sending'}
              onClick={() => void send()}
            >
              {props.confirm}
            </button>
            <button
              type="button"
              className="button"
              disabled={step === 'sending'}
              onClick={() => setStep('idle')}
            >
              {t.confirm.back}
            </button>
          </div>
        </div>
      )}
      <div role="alert">{error ? <p className="feedback feedback--error">{error}</p> : null}</div>
    </div>
  );
}

// A moderator's *Reativar conta*: at once, not asked, since it only gives
// back what a suspension took (as unblocking does). A refusal is said beside
// it, and the focus, lost while the button was disabled, comes back to it.
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';

interface ReinstateAccountProps {
  /** The button's name for screen readers where its words repeat on the page. */
  label?: string;
  /** Resolves once reinstated (the caller then offers the suspension again); rejects with the API's error. */
  reinstate(): Promise<unknown>;
}

export function ReinstateAccount({ label, reinstate }: ReinstateAccountProps) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (error) button.current?.focus();
  }, [error]);

  const run = async () => {
    setBusy(true);
    setError('');
    try {
      await reinstate();
    } catch (failure) {
      setError(errorMessage(failure, t, locale));
      setBusy(false);
    }
  };

  return (
    <div className="reinstate-account">
      <button
        ref={button}
        type="button"
        className="button"
        disabled={busy}
        aria-label={label}
        onClick={() => void run()}
      >
        {t.suspension.reinstate}
      </button>
      <div role="alert">{error ? <p className="feedback feedback--error">{error}</p> : null}</div>
    </div>
  );
}

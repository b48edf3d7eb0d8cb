// A form's action as the account, password-reset and correction forms run
// it: busy while it runs, then one sentence — the action's own on success,
// the error code's otherwise (error-message.ts), unless the form handles
// that error itself (e.g. beside a field).
import { useState } from 'react';
import type { Outcome } from '../components/outcome-line.tsx';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.ts';

export function useAction() {
  const { t, locale } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  /**
   * Runs `action`, which resolves with the sentence for its success;
   * `handled` returns true for an error the form shows in its own way.
   */
  async function run(
    action: () => Promise<string>,
    handled: (error: unknown) => boolean = () => false,
  ): Promise<void> {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ ok: true, text: await action() });
    } catch (error) {
      if (!handled(error)) setOutcome({ ok: false, text: errorMessage(error, t, locale) });
    } finally {
      setBusy(false);
    }
  }

  return { outcome, setOutcome, busy, run };
}

// Beside *Recorrer da suspensão*, under a sign-in refused with
// ACCOUNT_SUSPENDED: *Baixar meus dados*. The right of access does not lapse
// with a suspension, so the account, which cannot sign in, downloads its data
// with the e-mail and password just typed (POST /api/auth/suspended-export),
// saved as the account page saves it. Refusals are said by their code:
// INVALID_CREDENTIALS, NOT_SUSPENDED (reinstated since), RATE_LIMITED.
import { saveAccountExport } from '../account-export-file.ts';
import { exportSuspendedAccount } from '../api/endpoints.ts';
import { useAction } from '../forms/use-action.ts';
import { useI18n } from '../i18n/i18n.ts';
import { OutcomeLine } from './outcome-line.tsx';

interface SuspendedExportProps {
  /** As typed in the sign-in form that was refused. */
  email: string;
  password: string;
}

export function SuspendedExport({ email, password }: SuspendedExportProps) {
  const { t } = useI18n();
  const { outcome, busy, run } = useAction();
  return (
    <section
      className="panel narrow"
      aria-labelledby="suspended-export-title"
      data-testid="suspended-export"
    >
      <h2 id="suspended-export-title">{t.account.exportTitle}</h2>
      <p className="note">{t.appeals.suspendedExportExplain}</p>
      <OutcomeLine outcome={outcome} testId="suspended-export-outcome" />
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            saveAccountExport(await exportSuspendedAccount({ email, password }));
            return t.account.exported;
          })
        }
      >
        {t.account.exportButton}
      </button>
    </section>
  );
}

// "Baixar meus dados" on the account page: everything kept about the account
// (GET /api/me/export) saved as a JSON file, so a person can see it and take
// it elsewhere (LGPD's rights of access and portability).
import { saveAccountExport } from '../account-export-file.ts';
import { exportAccount } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.ts';
import { AccountAction } from './account-action.tsx';

export function DataExport() {
  const { t } = useI18n();
  return (
    <AccountAction
      id="export"
      title={t.account.exportTitle}
      explain={t.account.exportExplain}
      label={t.account.exportButton}
      action={async () => {
        saveAccountExport(await exportAccount());
        return t.account.exported;
      }}
    />
  );
}

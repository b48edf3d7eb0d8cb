// "Baixar meus dados" on the account page: everything kept about the account
// (GET /api/me/export) saved as a JSON file, so a person can see it and take
// it elsewhere (LGPD's rights of access and portability).
import { exportAccount } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.ts';
import { AccountAction } from './account-action.tsx';

function saveAsFile(name: string, data: unknown): void {
  const file = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

export function DataExport() {
  const { t } = useI18n();
  return (
    <AccountAction
      id="export"
      title={t.account.exportTitle}
      explain={t.account.exportExplain}
      label={t.account.exportButton}
      action={async () => {
        const data = await exportAccount();
        saveAsFile(`arremate-${data.exportedAt.slice(0, 10)}.json`, data);
        return t.account.exported;
      }}
    />
  );
}

// Saves an account's data export (GET /api/me/export, or a suspended
// account's POST /api/auth/suspended-export: the same JSON) as a file the
// person keeps: `arremate-<day exported>.json`, pretty-printed so it can be
// read as well as imported elsewhere (the LGPD's access and portability).
import type { AccountExport } from '../../core/schemas.ts';

function saveAsFile(name: string, data: unknown): void {
  const file = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

export function saveAccountExport(data: AccountExport): void {
  saveAsFile(`arremate-${data.exportedAt.slice(0, 10)}.json`, data);
}

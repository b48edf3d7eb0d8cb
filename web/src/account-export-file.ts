// Saves an account's data export (GET /api/me/export, or a suspended
// account's POST /api/auth/suspended-export: the same JSON) as a file the
// person keeps: `arremate-<day exported>.json`, pretty-printed so it can be
// read as well as imported elsewhere (the LGPD's access and portability).
import type { AccountExport } from '../../core/schemas.ts';
import { saveJsonFile } from './save-json-file.ts';

export function saveAccountExport(data: AccountExport): void {
  saveJsonFile(`arremate-${data.exportedAt.slice(0, 10)}.json`, data);
}

// Saves the moderators' transparency report as they read it on /moderation,
// the API's JSON unchanged, so it can be published or checked elsewhere:
// `relatorio-transparencia-<from>-<to>.json`.
import type { TransparencyReport } from '../../core/schemas.ts';
import { saveJsonFile } from './save-json-file.ts';

export const transparencyFileName = ({ from, to }: Pick<TransparencyReport, 'from' | 'to'>) =>
  `relatorio-transparencia-${from}-${to}.json`;

export function saveTransparencyReport(report: TransparencyReport): void {
  saveJsonFile(transparencyFileName(report), report);
}

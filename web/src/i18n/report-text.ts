// What *Minhas denúncias* says of one's report: its reason and what became of
// it. The statuses are GivenFlag's in core/schemas.ts, copied as the reasons
// are in flag-reasons.ts (importing them would pull TypeBox into the bundle;
// the Record fails the typecheck when the API's list changes, and a unit test
// compares the two). A reason or status this build does not know yet — a
// newer replica's — is left unsaid rather than shown blank or as its key.
import type { GivenFlag } from '../../../core/schemas.ts';
import { isFlagReason } from '../flag-reasons.ts';
import type { Messages } from './messages-pt-br.ts';

export type ReportStatus = GivenFlag['status'];

const KNOWN: Record<ReportStatus, true> = { pending: true, kept: true, removed: true };

export const REPORT_STATUSES = Object.keys(KNOWN) as ReportStatus[];

export function isReportStatus(value: unknown): value is ReportStatus {
  return typeof value === 'string' && Object.hasOwn(KNOWN, value);
}

/** "Aguardando análise", "Analisada: o anúncio foi mantido"…; null when unknown. */
export function reportStatusText(status: string, t: Messages): string | null {
  return isReportStatus(status) ? t.activity.reportStatus[status] : null;
}

/** "Motivo: Falsificação"; null when unknown. */
export function reportReasonText(reason: string, t: Messages): string | null {
  return isFlagReason(reason) ? t.activity.reportReason(t.flagReasons[reason]) : null;
}

// *Minhas denúncias* as pure rules. The list comes from `GET /api/me/flags`
// (the latest first). A report a moderator reviewed and kept may be appealed
// by its author once, within the appeal window after the keep (the DSA's
// art. 20); `appeal:decided` reaches every device of the appellant, and a
// keep reversed takes the auction down. An appeal only moves forward — none,
// open, decided — so one held further along is never stale: a reading that
// started before it moved, and lacks it, does not take it back.
import type { Appeal, GivenFlag } from '../../../core/schemas.ts';
import { appealDeadline } from '../forms/appeal.ts';

/** What `appeal:decided` says. */
export interface AppealDecided {
  appealId: string;
  auctionId: string | null;
  status: 'upheld' | 'reversed';
}

/** Until when the report's keep may be appealed (ISO); null when there is nothing to appeal. */
export function keepAppealDeadline(report: GivenFlag): string | null {
  if (report.status !== 'kept' || report.appeal !== null || report.keptAt === null) return null;
  return appealDeadline(report.keptAt);
}

/** Whether the reporter may appeal the keep at `nowMs` (the server's clock). */
export function mayAppealKeep(report: GivenFlag, nowMs: number): boolean {
  const deadline = keepAppealDeadline(report);
  return deadline !== null && nowMs <= Date.parse(deadline);
}

/** Whether the auction is on the list (if not, an event about it means reading the list again). */
export const isListed = (items: readonly GivenFlag[], auctionId: string | null) =>
  items.some((report) => report.auctionId === auctionId);

/** The report with its appeal at `status`: reversed, the auction was taken down. */
function withAppeal(report: GivenFlag, appeal: NonNullable<GivenFlag['appeal']>): GivenFlag {
  return appeal.status === 'reversed'
    ? { ...report, appeal, status: 'removed', keptAt: null }
    : { ...report, appeal };
}

/** The list once the reporter appealed the keep of `auctionId`. */
export function withAppealLodged(
  items: GivenFlag[],
  auctionId: string,
  { id, status }: Pick<Appeal, 'id' | 'status'>,
): GivenFlag[] {
  return items.map((report) =>
    report.auctionId === auctionId ? withAppeal(report, { id, status }) : report,
  );
}

/** The list once a moderator decided the reporter's appeal. */
export function withAppealDecided(items: GivenFlag[], decided: AppealDecided): GivenFlag[] {
  return items.map((report) =>
    report.auctionId === decided.auctionId
      ? withAppeal(report, { id: decided.appealId, status: decided.status })
      : report,
  );
}

const progress = (appeal: GivenFlag['appeal']) =>
  appeal === null ? 0 : appeal.status === 'open' ? 1 : 2;

/** A fresh reading, keeping the appeals already held further along than it has them. */
export function mergeRead(held: readonly GivenFlag[], read: GivenFlag[]): GivenFlag[] {
  return read.map((report) => {
    const known = held.find(({ auctionId }) => auctionId === report.auctionId)?.appeal ?? null;
    return known !== null && progress(known) > progress(report.appeal)
      ? withAppeal(report, known)
      : report;
  });
}

// *Minhas denúncias* as pure rules. The list comes from `GET /api/me/flags`
// (the latest first). A moderator's review decides a report once —
// `report:decided` reaches every device of its author: kept, or removed — and
// a report kept may be appealed by its author once, within the appeal window
// after the keep (the DSA's art. 20); `appeal:decided` reaches every device
// of the appellant, and a keep reversed takes the auction down. Both only
// move forward — a report pending, kept, removed (a removal is final: a later
// review or a reversed appeal may remove what was kept, nothing brings it
// back, and each person reports an auction once); an appeal none, open,
// decided — so what is held further along is never stale: a reading that
// started before it moved, and lacks it, does not take it back.
import type { Appeal, GivenFlag, ReportDecided } from '../../../core/schemas.ts';
import { appealDeadline } from '../forms/appeal.ts';

/** What `appeal:decided` says. */
export interface AppealDecided {
  appealId: string;
  auctionId: string | null;
  status: 'upheld' | 'reversed';
}

export type { ReportDecided };

const STATUS_ORDER: Record<GivenFlag['status'], number> = { pending: 0, kept: 1, removed: 2 };

/**
 * How far along a report's status is. One this build does not know (a newer
 * replica's) is NaN, neither before nor after any: what the API said stands.
 */
const statusRank = (status: string) =>
  Object.hasOwn(STATUS_ORDER, status) ? STATUS_ORDER[status as GivenFlag['status']] : NaN;

/** The report moved on to `status`, unless it is there or further along already. */
function withStatus(
  report: GivenFlag,
  { status, keptAt }: Pick<GivenFlag, 'status' | 'keptAt'>,
): GivenFlag {
  if (!(statusRank(status) > statusRank(report.status))) return report;
  return { ...report, status, keptAt: status === 'kept' ? keptAt : null };
}

/** The list once a moderator's review decided the reporter's report of an auction. */
export function withReportDecided(items: GivenFlag[], decided: ReportDecided): GivenFlag[] {
  return items.map((report) =>
    report.auctionId === decided.auctionId ? withStatus(report, decided) : report,
  );
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

/** A fresh reading, keeping the statuses and appeals already held further along than it has them. */
export function mergeRead(held: readonly GivenFlag[], read: GivenFlag[]): GivenFlag[] {
  return read.map((report) => {
    const known = held.find(({ auctionId }) => auctionId === report.auctionId);
    if (known === undefined) return report;
    const moved = withStatus(report, known);
    return known.appeal !== null && progress(known.appeal) > progress(moved.appeal)
      ? withAppeal(moved, known.appeal)
      : moved;
  });
}

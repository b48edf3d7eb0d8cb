// The period of the transparency report on /moderation: two UTC days, `De`
// and `Até`, both included, as `<input type="date">` gives them (YYYY-MM-DD,
// or '' while incomplete). Checked before asking, so a reversed period is
// said beside `Até` instead of coming back as the API's 400.

export interface ReportPeriod {
  from: string;
  to: string;
}

/** From the first day of the year to today, in UTC as the API counts days (the browser's clock). */
export function defaultPeriod(now: Date): ReportPeriod {
  const today = now.toISOString().slice(0, 10);
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

export type PeriodProblem =
  { field: 'from' | 'to'; problem: 'missing' } | { field: 'to'; problem: 'toBeforeFrom' };

// A date input may hold a year of more than four digits, which the API refuses.
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What keeps the period from being asked for, the first field first; null when none. */
export function periodProblem({ from, to }: ReportPeriod): PeriodProblem | null {
  if (!DAY.test(from)) return { field: 'from', problem: 'missing' };
  if (!DAY.test(to)) return { field: 'to', problem: 'missing' };
  // Days in this form compare as strings.
  if (to < from) return { field: 'to', problem: 'toBeforeFrom' };
  return null;
}

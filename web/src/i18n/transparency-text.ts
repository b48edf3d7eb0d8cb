// What the transparency report says beyond its numbers: the period as its
// heading ("De 1 de janeiro a 30 de novembro de 2026"), the sentences of a
// period counted in part, the removals whose origin was not recorded, and its
// refusals. Days are the API's UTC days, so they are written in UTC: in São
// Paulo, 2026-01-01 at midnight UTC is still 31 December.
import { ApiError } from '../api/http.ts';
import type { TransparencyReport } from '../../../core/schemas.ts';
import { formatCount, type Locale } from '../format.ts';
import { errorMessage } from './error-message.ts';
import type { Messages } from './messages-pt-br.ts';
import type { TransparencyMessages } from './transparency-messages.ts';

/** A `YYYY-MM-DD` day in words: "1 de janeiro de 2026", or "1 de janeiro" without the year. */
export function dayText(day: string, locale: Locale, withYear = true): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(Date.parse(`${day}T00:00:00Z`));
}

/** The year is said once when both days share it; a single day is said alone. */
export function periodText(
  { from, to }: Pick<TransparencyReport, 'from' | 'to'>,
  words: TransparencyMessages,
  locale: Locale,
): string {
  if (from === to) return dayText(to, locale);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return words.period(dayText(from, locale, !sameYear), dayText(to, locale));
}

/** The UTC day of an ISO time. */
const dayOf = (iso: string) => new Date(iso).toISOString().slice(0, 10);

/**
 * When the period starts before the oldest decision, or the oldest report or
 * appeal, the platform still counts: a sentence for each (one for both when
 * they start the same day). None when the period is counted whole.
 */
export function countedFromNotes(
  { from, recordedSince }: Pick<TransparencyReport, 'from' | 'recordedSince'>,
  words: TransparencyMessages,
  locale: Locale,
): string[] {
  const after = (iso: string | null) => (iso !== null && dayOf(iso) > from ? dayOf(iso) : null);
  const decisions = after(recordedSince.decisions);
  const received = after(recordedSince.received);
  const { countedFrom } = words;
  if (decisions !== null && decisions === received)
    return [countedFrom.both(dayText(decisions, locale))];
  return [
    decisions === null ? '' : countedFrom.decisions(dayText(decisions, locale)),
    received === null ? '' : countedFrom.received(dayText(received, locale)),
  ].filter(Boolean);
}

/**
 * Removals from before the count of notices began say nothing of how they
 * came: the total less those after reports, on appeal and on the moderators'
 * own initiative. Null when there are none.
 */
export function unsourcedRemovalsText(
  { total, onNotice, onAppeal, ownInitiative }: TransparencyReport['removals'],
  words: TransparencyMessages,
  locale: Locale,
): string | null {
  const unsourced = total - onNotice - onAppeal - ownInitiative;
  return unsourced > 0 ? words.removals.unsourced(formatCount(unsourced, locale), unsourced) : null;
}

/** VALIDATION_FAILED speaks of the period here; the rest read as anywhere (a 403, no network…). */
export function transparencyErrorMessage(
  error: unknown,
  words: TransparencyMessages,
  t: Messages,
  locale: Locale,
): string {
  if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') return words.badDates;
  return errorMessage(error, t, locale);
}

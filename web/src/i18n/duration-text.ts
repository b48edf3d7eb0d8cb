// A duration as people say it, to the minute: "menos de 1 min", "45 min",
// "2 h 5 min", "3 dias 4 h". Two units at most — the larger ones — since a
// median over many decisions is not precise to the minute after days; the
// rest is dropped rather than rounded up, so "59 min" never reads "60 min".
import { formatCount, type Locale } from '../format.ts';
import type { TransparencyMessages } from './transparency-messages.ts';

type DurationWords = TransparencyMessages['duration'];

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function durationText(seconds: number, words: DurationWords, locale: Locale): string {
  const n = (count: number) => formatCount(count, locale);
  const days = Math.floor(seconds / DAY);
  const hours = Math.floor((seconds % DAY) / HOUR);
  const minutes = Math.floor((seconds % HOUR) / MINUTE);
  const parts =
    days > 0
      ? [words.days(n(days), days), hours > 0 && words.hours(n(hours))]
      : hours > 0
        ? [words.hours(n(hours)), minutes > 0 && words.minutes(n(minutes))]
        : [minutes > 0 ? words.minutes(n(minutes)) : words.underAMinute];
  return parts.filter(Boolean).join(' ');
}

/** A median time to a decision; null when nothing was decided in the period. */
export function medianText(
  seconds: number | null,
  words: Pick<TransparencyMessages, 'duration' | 'noDecisions'>,
  locale: Locale,
): string {
  return seconds === null ? words.noDecisions : durationText(seconds, words.duration, locale);
}

// Locale-aware formatting of the numbers in the texts. Amounts arrive as
// integer centavos and are divided only here, for display.
export type ReportLanguage = 'pt-BR' | 'en';

export interface Formatters {
  money(cents: number): string;
  /** 0.5 → "50%" / "50,0%". */
  percent(ratio: number): string;
  dateTime(iso: string): string;
  duration(ms: number): string;
}

// Intl.DurationFormat ships with Node 24 but not with TypeScript's es2024 lib.
interface DurationFormatter {
  format(duration: Record<string, number>): string;
}
const DurationFormat = (
  Intl as unknown as { DurationFormat: new (locale: string, options: object) => DurationFormatter }
).DurationFormat;

/** Throws a RangeError for an unknown time zone, so start-up can refuse it. */
export function createFormatters(language: ReportLanguage, timeZone: string): Formatters {
  const money = new Intl.NumberFormat(language, { style: 'currency', currency: 'BRL' });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const dateTime = new Intl.DateTimeFormat(language, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });
  const duration = new DurationFormat(language, { style: 'long' });
  return {
    money: (cents) => money.format(cents / 100),
    percent: (ratio) => percent.format(ratio),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    duration: (ms) => duration.format(largestUnits(ms)),
  };
}

const UNITS = [
  ['days', 86_400_000],
  ['hours', 3_600_000],
  ['minutes', 60_000],
  ['seconds', 1_000],
] as const;

/** The two largest adjacent units ("2 hours and 5 minutes"); under a second, milliseconds. */
function largestUnits(ms: number): Record<string, number> {
  if (ms < 1000) return { milliseconds: Math.max(1, Math.round(ms)) };
  let rest = Math.round(ms / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 && Object.keys(parts).length < 2) parts[unit] = count;
    else if (Object.keys(parts).length > 0) break;
  }
  return parts;
}

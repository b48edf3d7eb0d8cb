// Formatting of money, dates and countdowns for people. Pure: the locale is
// always an argument, so these work in node tests and in the browser alike.
export type Locale = 'pt-BR' | 'en';

const currencyFormats = new Map<Locale, Intl.NumberFormat>();

/** Centavos → "R$ 1.234,56" (pt-BR) or "R$1,234.56" (en). Currency is BRL. */
export function formatMoney(cents: number, locale: Locale): string {
  let format = currencyFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'BRL' });
    currencyFormats.set(locale, format);
  }
  return format.format(cents / 100);
}

/** A count with the locale's grouping: 1234 → "1.234" (pt-BR) or "1,234" (en). */
export function formatCount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(n);
}

/**
 * Centavos → text for a money input, without grouping and with the locale's
 * decimal separator ("1234,56" / "1234.56"), which parseReais reads back exactly.
 */
export function formatMoneyInput(cents: number, locale: Locale): string {
  const whole = Math.trunc(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  return `${whole}${locale === 'pt-BR' ? ',' : '.'}${fraction}`;
}

/** An ISO time in the viewer's time zone and the chosen language. */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' }).format(
    new Date(iso),
  );
}

/** The same to the minute, where seconds would be noise (when an auction was listed). */
export function formatDateMinute(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** A day, without the time: when feedback was left, until when it may be. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

/** "março de 2025" / "March 2025": since when someone is a member. */
export function formatMonthYear(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(new Date(iso));
}

export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(new Date(iso));
}

/** Milliseconds left → "2d 03h", "03:04:05" or "04:05"; never negative. */
export function formatCountdown(msLeft: number): string {
  const totalSeconds = Math.max(0, Math.ceil(msLeft / 1000));
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  if (days > 0) return `${days}d ${two(hours)}h ${two(minutes)}m`;
  if (hours > 0) return `${two(hours)}:${two(minutes)}:${two(seconds)}`;
  return `${two(minutes)}:${two(seconds)}`;
}

/**
 * Month words in the reader's locale for 'YYYY-MM' wall-clock keys. The key is formatted as a
 * UTC instant in the UTC zone, so the browser's own zone can never shift it to the month before.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(options: Intl.DateTimeFormatOptions, locale?: string): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

function parts(month: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const value = { year: Number(match[1]), month: Number(match[2]) };
  return value.month >= 1 && value.month <= 12 ? value : null;
}

function instant(year: number, month: number): Date {
  const date = new Date(Date.UTC(2000, 0, 15));
  // setUTCFullYear: years below 100 would otherwise be read as 19xx.
  date.setUTCFullYear(year, month - 1, 15);
  return date;
}

/** "July 2019" (or the locale's words); "Date unknown" for keys without a date. */
export function monthYearLabel(month: string, locale?: string): string {
  const p = parts(month);
  if (!p) return 'Date unknown';
  return formatFor({ month: 'long', year: 'numeric' }, locale).format(instant(p.year, p.month));
}

/** "July" (or the locale's word) for a month number 1..12. */
export function monthName(month: number, locale?: string): string {
  return formatFor({ month: 'long' }, locale).format(instant(2000, month));
}

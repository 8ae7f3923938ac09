/**
 * The reader's language for dates and numbers: `Intl` formatters, made once per locale and
 * options. `locale` undefined is the browser's own language. Dates are wall-clock fields written
 * as a UTC instant and formatted in UTC, so neither the reader's zone nor the photo's offset can
 * move them to another day.
 */

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** A cached `Intl.DateTimeFormat` in UTC (see above). */
export function dateFormat(options: Intl.DateTimeFormatOptions, locale?: string): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** Wall-clock fields as the instant `dateFormat` reads back (years below 100 kept literal). */
export function wallInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** `12,345` / `12.345`: a count in the reader's language. */
export function formatCount(value: number, locale?: string): string {
  const key = locale ?? '';
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** "Today" / "Yesterday" (`offset` 0 / −1) in the reader's language, capitalised as a heading. */
export function relativeDay(offset: number, locale?: string): string {
  const key = locale ?? '';
  let format = relativeFormats.get(key);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(key, format);
  }
  const word = format.format(offset, 'day');
  return word.charAt(0).toLocaleUpperCase(locale) + word.slice(1);
}

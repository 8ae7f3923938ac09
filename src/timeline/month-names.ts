/**
 * Month words in the reader's locale for 'YYYY-MM' wall-clock keys, through the one set of date
 * formats (time/intl-formats.ts): in UTC, so the browser's own zone can never shift a key to the
 * month before.
 */
import { dateFormat, wallInstant } from '../time/intl-formats.ts';

function parts(month: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const value = { year: Number(match[1]), month: Number(match[2]) };
  return value.month >= 1 && value.month <= 12 ? value : null;
}

/** "July 2019" (or the locale's words); "Date unknown" for keys without a date. */
export function monthYearLabel(month: string, locale?: string): string {
  const p = parts(month);
  if (!p) return 'Date unknown';
  return dateFormat({ month: 'long', year: 'numeric' }, locale).format(wallInstant(p.year, p.month, 15));
}

/** "July" (or the locale's word) for a month number 1..12. */
export function monthName(month: number, locale?: string): string {
  return dateFormat({ month: 'long' }, locale).format(wallInstant(2000, month, 15));
}

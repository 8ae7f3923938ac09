/**
 * Date-times as photos store them (EXIF `2024:06:01 14:30:05` plus separate SubSec/OffsetTime tags,
 * or XMP ISO text that may carry its own offset) turned into the API's wall-clock text.
 *
 * The API's `local_datetime` is the wall clock where the photo was taken, printed the way Pydantic
 * prints a datetime. A time without a known zone stays offsetless: inventing UTC (or the server's
 * zone) would shift every photo by hours.
 */

/** A wall-clock date-time, with its UTC offset in minutes when the file says it (null: unknown). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0..999999 */
  microsecond: number;
  offsetMinutes: number | null;
}

// EXIF uses `:` between date parts; XMP uses `-` and a `T`. Some writers mix them, drop the
// seconds, or (XMP) give only a date. Everything after the seconds is optional.
const DATE_TIME =
  /^(\d{4})[:-](\d{2})(?:[:-](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const OFFSET = /^(Z)$|^([+-])(\d{2}):?(\d{2})$/i;

/** Parses `+02:00`, `-0700` or `Z` to minutes east of UTC; anything else (blank, `   :  `) is null. */
export function parseOffset(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = OFFSET.exec(text.trim());
  if (!m) return null;
  if (m[1]) return 0;
  const hours = Number(m[3]);
  const minutes = Number(m[4]);
  // Real zones lie within -12:00..+14:00; a little slack, but no garbage like +99:00.
  if (hours > 18 || minutes > 59) return null;
  return (m[2] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads the digits of a fraction of a second (`"51"` → 510000 µs); junk gives 0. */
function parseFraction(digits: string | undefined): number {
  if (!digits || !/^\d+$/.test(digits)) return 0;
  return Number(digits.slice(0, 6).padEnd(6, '0'));
}

/**
 * Parses an EXIF or XMP date-time. `subSec` (EXIF SubSecTime*, the digits after the point) and
 * `offset` (EXIF OffsetTime*) are used when the text itself has no fraction / no offset.
 * Returns null for junk: blank fields, `0000:00:00 00:00:00`, month 13, and the like.
 */
export function parseExifDateTime(text: unknown, subSec?: unknown, offset?: unknown): WallClock | null {
  if (typeof text !== 'string') return null;
  // Fixed-width EXIF strings are sometimes NUL- or space-padded.
  const m = DATE_TIME.exec(text.replace(/\0.*$/s, '').trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const wall: WallClock = {
    year: Number(y),
    month: Number(mo),
    day: d === undefined ? 1 : Number(d),
    hour: h === undefined ? 0 : Number(h),
    minute: mi === undefined ? 0 : Number(mi),
    second: s === undefined ? 0 : Number(s),
    microsecond: 0,
    offsetMinutes: null,
  };
  if (
    wall.year < 1800 || // `0000:00:00` and friends; no photograph is older than 1826.
    wall.month < 1 ||
    wall.month > 12 ||
    wall.day < 1 ||
    wall.day > daysInMonth(wall.year, wall.month) ||
    wall.hour > 23 ||
    wall.minute > 59 ||
    wall.second > 59
  ) {
    return null;
  }
  const subSecDigits =
    typeof subSec === 'number' ? String(subSec) : typeof subSec === 'string' ? subSec.trim() : undefined;
  wall.microsecond = frac !== undefined ? parseFraction(frac) : parseFraction(subSecDigits);
  wall.offsetMinutes = zone !== undefined ? parseOffset(zone) : parseOffset(offset);
  return wall;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatOffset(minutes: number): string {
  // Pydantic prints a zero offset as `Z`.
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Formats like Pydantic: `2024-06-01T14:30:05`, `2024-06-01T14:30:05.510000+02:00`,
 * `2024-06-01T14:30:05Z`. The fraction appears only when it is not zero.
 */
export function formatWallClock(wall: WallClock): string {
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  const fraction = wall.microsecond > 0 ? `.${pad(wall.microsecond, 6)}` : '';
  const zone = wall.offsetMinutes === null ? '' : formatOffset(wall.offsetMinutes);
  return `${date}T${time}${fraction}${zone}`;
}

/** True when two readings show the same wall clock to the second (zone and fraction ignored). */
export function sameWallClockSecond(a: WallClock, b: WallClock): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}

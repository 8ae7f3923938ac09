/**
 * The one reader of `local_datetime` text: the wall-clock time where the photo was taken, read
 * from its digits. Never `new Date(text)`: that converts to the browser's zone, so a photo taken
 * at 23:30 in Lisbon would land on the next day for a viewer in Tokyo. Pure: no React, no DOM,
 * no time zone of the machine.
 */

/** A date and (when written) a time of day, as the camera's clock showed them. */
export interface WallClock {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31, valid for the month. */
  day: number;
  hour: number | null;
  minute: number | null;
}

/** A whole timestamp: the wall clock plus the seconds and the offset exactly as written. */
export interface WallClockStamp {
  wall: WallClock;
  second: number | null;
  /** `Z`, `+05:30`, `-0700`, `+07`…; null when the text names no offset. */
  offset: string | null;
}

/** Date, then optionally ` HH:MM[:SS[.fraction]]`; EXIF's `2024:06:01` colons are accepted too. */
const WALL_CLOCK = /^(\d{4})[-:](\d{2})[-:](\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?/;
/** What may follow a whole timestamp: nothing but an offset. */
const OFFSET_TAIL = /^\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

interface Scan {
  wall: WallClock;
  second: number | null;
  rest: string;
}

function scan(text: string): Scan | null {
  const match = WALL_CLOCK.exec(text);
  if (!match) return null;
  const [whole, y, mo, d, h, mi, s] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return {
    wall: {
      year,
      month,
      day,
      hour: h === undefined ? null : Number(h),
      minute: mi === undefined ? null : Number(mi),
    },
    second: s === undefined ? null : Number(s),
    rest: text.slice(whole.length),
  };
}

/**
 * The date and time written at the start of `text`, whatever offset (or anything else) follows;
 * null when there is no valid date. Lenient on purpose: grouping and labels want the day even
 * from text a strict reader would refuse.
 *
 * @example parseWallClock('2023-10-12T23:30:00-07:00') // { year: 2023, month: 10, day: 12, hour: 23, minute: 30 }
 */
export function parseWallClock(text: string | null | undefined): WallClock | null {
  return scan(text ?? '')?.wall ?? null;
}

/**
 * `text` (trimmed) read strictly as one timestamp: a date, an optional time with a real hour,
 * minute and second, and an optional offset, with nothing else around it. Null otherwise.
 *
 * @example parseWallClockStamp('2024-06-01T14:30:05+0545')
 *   // { wall: { year: 2024, month: 6, day: 1, hour: 14, minute: 30 }, second: 5, offset: '+0545' }
 */
export function parseWallClockStamp(text: string): WallClockStamp | null {
  const read = scan(text.trim());
  if (!read) return null;
  const tail = OFFSET_TAIL.exec(read.rest);
  if (!tail) return null;
  const { wall, second } = read;
  if ((wall.hour ?? 0) > 23 || (wall.minute ?? 0) > 59 || (second ?? 0) > 60) return null;
  return { wall, second, offset: tail[1] ?? null };
}

/** Days in `month` (1..12) of `year`, by calendar arithmetic alone. */
export function daysInMonth(year: number, month: number): number {
  // Date.UTC is zone-free: day 0 of the next month is the last day of this one. setUTCFullYear
  // keeps years 0..99 literal (Date.UTC would read them as 1900..1999).
  const probe = new Date(Date.UTC(2000, month, 0));
  probe.setUTCFullYear(year, month, 0);
  return probe.getUTCDate();
}

/** 0 (Sunday) .. 6 (Saturday) of a calendar date, without any time zone. */
export function weekdayOf(wall: Pick<WallClock, 'year' | 'month' | 'day'>): number {
  const probe = new Date(Date.UTC(2000, 0, 1));
  probe.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  return probe.getUTCDay();
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

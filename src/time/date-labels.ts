/**
 * Day and month sections of the grid, and the words for dates: keys and labels from the wall
 * clock where each photo was taken (see wall-clock.ts), never the reader's zone; the words and
 * their order in the reader's language (intl-formats.ts), "Today" and "Yesterday" for the
 * reader's own recent days. Pure given `now` and `locale`.
 */
import { dateFormat, relativeDay, wallInstant } from './intl-formats.ts';
import { parseWallClock, parseWallClockStamp } from './wall-clock.ts';

export type Granularity = 'day' | 'month';

/** The section key of a photo whose text has no date. */
export const UNKNOWN_DATE = 'unknown';

/** Who reads the label: their language (undefined: the browser's) and their clock. */
export interface Reader {
  locale?: string | undefined;
  /** Now, read in the reader's own zone for "Today" and "Yesterday"; the clock when absent. */
  now?: Date;
}

/** `2024-05-03` (day) or `2024-05` (month); `unknown` when the text has no date. */
export function groupKeyOf(text: string | null | undefined, granularity: Granularity): string {
  const wall = parseWallClock(text);
  if (!wall) return UNKNOWN_DATE;
  const mm = String(wall.month).padStart(2, '0');
  return granularity === 'month'
    ? `${wall.year}-${mm}`
    : `${wall.year}-${mm}-${String(wall.day).padStart(2, '0')}`;
}

/** The reader's calendar day `days` from `now` (in their zone) as `YYYY-MM-DD`. */
function readerDayKey(now: Date, days: number): string {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const mm = String(day.getMonth() + 1).padStart(2, '0');
  return `${String(day.getFullYear()).padStart(4, '0')}-${mm}-${String(day.getDate()).padStart(2, '0')}`;
}

/**
 * A section heading: "Today", "Yesterday", else "Sat, June 1, 2024" (en-US) / "Sa., 1. Juni 2024"
 * (de-DE) for a day key; "June 2024" / "Juni 2024" for a month key; "Date unknown" otherwise.
 */
export function formatGroupLabel(key: string, reader: Reader = {}): string {
  const [year, month, day] = key.split('-').map(Number);
  if (!year || !month || month > 12) return 'Date unknown';
  if (!day)
    return dateFormat({ month: 'long', year: 'numeric' }, reader.locale).format(wallInstant(year, month, 1));
  const now = reader.now ?? new Date();
  if (key === readerDayKey(now, 0)) return relativeDay(0, reader.locale);
  if (key === readerDayKey(now, -1)) return relativeDay(-1, reader.locale);
  return dateFormat(
    { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' },
    reader.locale,
  ).format(wallInstant(year, month, day));
}

/** "May 3, 2024" / "3. Mai 2024", for alt text; null when the text has no date. */
export function formatWallDate(text: string | null | undefined, locale?: string): string | null {
  const wall = parseWallClock(text);
  if (!wall) return null;
  return dateFormat({ day: 'numeric', month: 'long', year: 'numeric' }, locale).format(
    wallInstant(wall.year, wall.month, wall.day),
  );
}

/**
 * A photo's date and time as its clock showed them, in the reader's words and hour cycle:
 * "Sat, Jun 1, 2024, 2:30:05 PM" (en-US), "Sa., 1. Juni 2024, 14:30:05" (de-DE); the date alone
 * when the text has no time; null when it is not a timestamp. The offset is the caller's to show.
 */
export function formatWallDateTime(text: string, locale?: string): string | null {
  const stamp = parseWallClockStamp(text);
  if (!stamp) return null;
  const { year, month, day, hour, minute } = stamp.wall;
  const date = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } as const;
  if (hour === null || minute === null) return dateFormat(date, locale).format(wallInstant(year, month, day));
  const time = { hour: 'numeric', minute: '2-digit', second: '2-digit' } as const;
  return dateFormat({ ...date, ...time }, locale).format(
    wallInstant(year, month, day, hour, minute, Math.min(stamp.second ?? 0, 59)),
  );
}

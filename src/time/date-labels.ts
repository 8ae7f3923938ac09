/**
 * Day and month sections of the grid, and the words for dates: keys and labels from the wall
 * clock where each photo was taken (see wall-clock.ts), never the viewer's zone. Pure.
 */
import { MONTH_NAMES, parseWallClock, WEEKDAY_NAMES, weekdayOf } from './wall-clock.ts';

export type Granularity = 'day' | 'month';

/** The section key of a photo whose text has no date. */
export const UNKNOWN_DATE = 'unknown';

/** `2024-05-03` (day) or `2024-05` (month); `unknown` when the text has no date. */
export function groupKeyOf(text: string | null | undefined, granularity: Granularity): string {
  const wall = parseWallClock(text);
  if (!wall) return UNKNOWN_DATE;
  const mm = String(wall.month).padStart(2, '0');
  return granularity === 'month'
    ? `${wall.year}-${mm}`
    : `${wall.year}-${mm}-${String(wall.day).padStart(2, '0')}`;
}

/** `Fri, 3 May 2024` for a day key, `May 2024` for a month key, `Date unknown` otherwise. */
export function formatGroupLabel(key: string): string {
  const [year, month, day] = key.split('-').map(Number);
  if (!year || !month) return 'Date unknown';
  const monthName = MONTH_NAMES[month - 1] ?? '';
  if (!day) return `${monthName} ${year}`;
  return `${WEEKDAY_NAMES[weekdayOf({ year, month, day })]}, ${day} ${monthName} ${year}`;
}

/** `3 May 2024`, for alt text; null when the text has no date. */
export function formatWallDate(text: string | null | undefined): string | null {
  const wall = parseWallClock(text);
  return wall ? `${wall.day} ${MONTH_NAMES[wall.month - 1]} ${wall.year}` : null;
}

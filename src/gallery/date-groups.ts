/**
 * Date sections for the grid, from `local_datetime` read as TEXT: the wall-clock time where the
 * photo was taken. Never `new Date(text)`: that converts to the browser's zone, so a photo taken at
 * 23:30 in Lisbon would land on the next day for a viewer in Tokyo.
 */

export interface WallClock {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
  hour: number | null;
  minute: number | null;
}

const WALL_CLOCK = /^(\d{4})[-:](\d{2})[-:](\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/** The date and time as written, whatever offset (or none) follows; null when unreadable. */
export function parseWallClock(text: string | null | undefined): WallClock | null {
  const match = WALL_CLOCK.exec(text ?? '');
  if (!match) return null;
  const [, y, mo, d, h, mi] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return {
    year,
    month,
    day,
    hour: h === undefined ? null : Number(h),
    minute: mi === undefined ? null : Number(mi),
  };
}

function daysInMonth(year: number, month: number): number {
  // Date.UTC is zone-free: day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export type Granularity = 'day' | 'month';

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

export const MONTHS = [
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
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** `Fri, 3 May 2024` for a day key, `May 2024` for a month key. */
export function formatGroupLabel(key: string): string {
  const [y, m, d] = key.split('-').map(Number);
  if (!y || !m) return 'Date unknown';
  const month = MONTHS[m - 1] ?? '';
  if (!d) return `${month} ${y}`;
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday}, ${d} ${month} ${y}`;
}

/** `3 May 2024`, for alt text and the viewer; null when the text has no date. */
export function formatWallDate(text: string | null | undefined): string | null {
  const wall = parseWallClock(text);
  return wall ? `${wall.day} ${MONTHS[wall.month - 1]} ${wall.year}` : null;
}

export type GridRow =
  | { kind: 'header'; key: string; label: string }
  /** Assets `start` .. `start + count - 1` of the flat list, left to right. */
  | { kind: 'photos'; key: string; start: number; count: number }
  /** Grey tiles holding the space of the page being fetched. */
  | { kind: 'placeholder'; key: string; count: number };

export interface GridRows {
  rows: GridRow[];
  /** For each asset index, the index of the row that shows it. */
  rowOfAsset: number[];
}

export interface BuildRowsOptions {
  columns: number;
  granularity: Granularity;
  /** Tiles still to come (the next page), shown as placeholder rows after the last photo. */
  placeholderTiles?: number;
}

/**
 * The flat list of virtual rows: a header whenever the date group changes, then the group's photos
 * cut into rows of `columns`. Input is newest first, as the API lists assets; a group split across
 * pages simply continues, because the whole list is rebuilt when a page arrives.
 */
export function buildGridRows(dates: readonly string[], options: BuildRowsOptions): GridRows {
  const columns = Math.max(1, Math.floor(options.columns));
  const rows: GridRow[] = [];
  const rowOfAsset: number[] = new Array<number>(dates.length);
  let currentGroup: string | null = null;
  let rowStart = 0;
  let rowCount = 0;

  const closeRow = () => {
    if (rowCount > 0) rows.push({ kind: 'photos', key: `p:${rowStart}`, start: rowStart, count: rowCount });
    rowCount = 0;
  };

  dates.forEach((text, index) => {
    const group = groupKeyOf(text, options.granularity);
    if (group !== currentGroup) {
      closeRow();
      // A key may repeat when the API's order and the wall clock disagree; the index keeps it unique.
      rows.push({ kind: 'header', key: `h:${group}:${index}`, label: formatGroupLabel(group) });
      currentGroup = group;
    }
    if (rowCount === 0) rowStart = index;
    rowOfAsset[index] = rows.length;
    rowCount++;
    if (rowCount === columns) closeRow();
  });
  closeRow();

  const placeholders = Math.max(0, options.placeholderTiles ?? 0);
  for (let made = 0, row = 0; made < placeholders; row++) {
    const count = Math.min(columns, placeholders - made);
    rows.push({ kind: 'placeholder', key: `ph:${dates.length}:${row}`, count });
    made += count;
  }
  return { rows, rowOfAsset };
}

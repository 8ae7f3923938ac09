/**
 * Where the scrubber draws its years and months, and which month a point of the rail stands for.
 * The rail maps linearly onto the timeline (each month takes the share of the rail its section
 * takes of the scroll space), so a drag moves the photos as far as the thumb. Pure, linear time.
 */

/** A month of the timeline as the rail sees it. */
export interface ScrubberMonth {
  /** Wall-clock `YYYY-MM`. */
  month: string;
  count: number;
  /** 0..1: where the month's section starts in the whole timeline. */
  start: number;
}

export interface YearMark {
  year: string;
  /** px from the rail's top. */
  y: number;
}

export interface MonthTick {
  month: string;
  y: number;
}

export interface MarkOptions {
  /** Least distance between two year labels (about a line of text). */
  minLabelGap?: number;
  /** Least distance between two month ticks. */
  minTickGap?: number;
}

/**
 * Year labels at the top of each year's newest month, top to bottom. Where two would come closer
 * than `minLabelGap`, the year with more photos keeps its label (a year of one photo squeezed
 * between two big ones is the one to lose). Month ticks are thinned the same way.
 */
export function scrubberMarks(
  months: readonly ScrubberMonth[],
  railHeight: number,
  { minLabelGap = 18, minTickGap = 4 }: MarkOptions = {},
): { years: YearMark[]; ticks: MonthTick[] } {
  const years: YearMark[] = [];
  const ticks: MonthTick[] = [];
  if (!(railHeight > 0)) return { years, ticks };
  const photosInYear = new Map<string, number>();
  for (const { month, count } of months)
    photosInYear.set(month.slice(0, 4), (photosInYear.get(month.slice(0, 4)) ?? 0) + count);
  let lastYear = '';
  let lastLabelY = -Infinity;
  let lastTickY = -Infinity;
  for (const { month, start } of months) {
    const y = clamp01(start) * railHeight;
    const year = month.slice(0, 4);
    if (year !== lastYear) {
      lastYear = year;
      // A label must also fit above the rail's bottom.
      const fits = y <= railHeight - minLabelGap / 2;
      if (fits && y - lastLabelY >= minLabelGap) {
        years.push({ year, y });
        lastLabelY = y;
      } else if (fits && years.length > 0) {
        const last = years[years.length - 1]!;
        const beforeLast = years[years.length - 2]?.y ?? -Infinity;
        const bigger = (photosInYear.get(year) ?? 0) > (photosInYear.get(last.year) ?? 0);
        if (bigger && y - beforeLast >= minLabelGap) {
          years[years.length - 1] = { year, y };
          lastLabelY = y;
        }
      }
      continue; // the year's label marks its first month
    }
    if (y - lastTickY >= minTickGap && y - lastLabelY >= minTickGap) {
      ticks.push({ month, y });
      lastTickY = y;
    }
  }
  return { years, ticks };
}

const clamp01 = (value: number) => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

/**
 * The month at `y` px on a rail `railHeight` tall, and how far into it (0..1), by binary search
 * over the months' starts. -1 when there are no months.
 */
export function monthAtY(
  months: readonly ScrubberMonth[],
  y: number,
  railHeight: number,
): { index: number; within: number } {
  if (months.length === 0) return { index: -1, within: 0 };
  const fraction = railHeight > 0 ? clamp01(y / railHeight) : 0;
  let lo = 0;
  let hi = months.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((months[mid]?.start ?? 0) <= fraction) lo = mid;
    else hi = mid - 1;
  }
  const start = months[lo]?.start ?? 0;
  const end = months[lo + 1]?.start ?? 1;
  const within = end > start ? clamp01((fraction - start) / (end - start)) : 0;
  return { index: lo, within };
}

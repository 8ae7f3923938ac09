/**
 * Where the scrubber draws its year labels and month ticks, and which month lies under a point of
 * the rail. Pure and linear in the number of months: the rail maps the whole timeline linearly
 * (a month's `start` is where its section starts, as a fraction of the timeline's height).
 *
 * Overlap rule (labels and ticks alike): walking from the top, a mark that would sit closer than
 * the gap to the last kept mark is dropped, unless its span of the rail is more than twice as
 * tall: then it replaces that mark. So a year of 100k photos keeps its label beside a year of one
 * photo, similar years keep the plain top-down rhythm (every other year, say) instead of drifting
 * down a run of slightly growing years, no two labels are ever closer than the gap, and the walk
 * stays linear (a winner sits further from the mark before the one it replaces).
 */

export interface ScrubberMonth {
  /** 'YYYY-MM' on the wall clock. */
  month: string;
  count: number;
  /** 0..1: where the month's section starts in the whole timeline. */
  start: number;
}

/** `y` in px from the rail's top. */
export interface YearMark {
  year: string;
  y: number;
}

export interface MonthTick {
  month: string;
  y: number;
}

/** Year labels at least this far apart (what-users-expect.md: ~16 px). */
export const MIN_LABEL_GAP = 16;
/** Month ticks at least this far apart: closer ones blur into a bar. */
export const MIN_TICK_GAP = 4;
/** The gutter the timeline reserves for the rail on its right: year labels fit, tiles stay clear. */
export const SCRUBBER_WIDTH = 56;
/** Below this rail height the scrubber hides: a few labels would say nothing. */
export const MIN_RAIL_HEIGHT = 120;

interface Candidate {
  y: number;
  span: number;
  index: number;
}

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

function endOf(months: readonly ScrubberMonth[], index: number): number {
  return index + 1 < months.length ? clamp01(months[index + 1]!.start) : 1;
}

/** How much taller a colliding mark's span must be to take the place of the one above it. */
const WINS_BY = 2;
/** Fractions times heights are not exact: 4 px apart may compute as 3.9999999. */
const EPSILON = 1e-6;

/** Keep marks `gap` apart; on a collision the taller span wins (see the file comment). */
function thin(candidates: readonly Candidate[], gap: number): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    if (!last || candidate.y - last.y >= gap - EPSILON) kept.push(candidate);
    else if (candidate.span > WINS_BY * last.span) {
      const before = kept[kept.length - 2];
      // Always true for ascending starts; guards the gap against input that is not.
      if (!before || candidate.y - before.y >= gap - EPSILON) kept[kept.length - 1] = candidate;
    }
  }
  return kept;
}

/** The year of a 'YYYY-MM' key, or null for keys without a date ('unknown'). */
function yearOf(month: string): string | null {
  return /^\d{4}-\d{2}$/.test(month) ? month.slice(0, 4) : null;
}

export function scrubberMarks(
  months: readonly ScrubberMonth[],
  railHeight: number,
  opts: { minLabelGap?: number; minTickGap?: number } = {},
): { years: YearMark[]; ticks: MonthTick[] } {
  const labelGap = opts.minLabelGap ?? MIN_LABEL_GAP;
  const tickGap = opts.minTickGap ?? MIN_TICK_GAP;
  if (months.length === 0 || !(railHeight > 0)) return { years: [], ticks: [] };
  // A label occupies [y, y + gap): the last one is lifted so that it stays on the rail.
  const lowestLabel = Math.max(0, railHeight - labelGap);
  const yearCandidates: Candidate[] = [];
  const tickCandidates: Candidate[] = [];
  let year: string | null = null;
  for (let index = 0; index < months.length; index++) {
    const month = months[index]!;
    const top = clamp01(month.start) * railHeight;
    const span = (endOf(months, index) - clamp01(month.start)) * railHeight;
    tickCandidates.push({ y: top, span, index });
    const thisYear = yearOf(month.month);
    if (thisYear !== null && thisYear !== year) {
      yearCandidates.push({ y: Math.min(top, lowestLabel), span, index });
    } else if (thisYear !== null) {
      yearCandidates[yearCandidates.length - 1]!.span += span;
    }
    year = thisYear;
  }
  return {
    years: thin(yearCandidates, labelGap).map((c) => ({ year: yearOf(months[c.index]!.month)!, y: c.y })),
    ticks: thin(tickCandidates, tickGap).map((c) => ({ month: months[c.index]!.month, y: c.y })),
  };
}

/** The month under `y` px of the rail, and how far into it (0 = its top, the newest photo). */
export function monthAtY(
  months: readonly ScrubberMonth[],
  y: number,
  railHeight: number,
): { index: number; within: number } {
  if (months.length === 0) return { index: -1, within: 0 };
  const fraction = railHeight > 0 ? clamp01(y / railHeight) : 0;
  // The last month starting at or above the point (starts ascend down the rail).
  let low = 0;
  let high = months.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (clamp01(months[mid]!.start) <= fraction) low = mid;
    else high = mid - 1;
  }
  const start = clamp01(months[low]!.start);
  const span = endOf(months, low) - start;
  return { index: low, within: span > 0 ? clamp01((fraction - start) / span) : 0 };
}

/**
 * A month spanning fewer px of the rail than this can't be aimed into: a pointer lands in it to
 * within a pixel or two, so the fraction under it is noise, not intent.
 */
export const MIN_AIMABLE_SPAN = 24;

/**
 * Where a press or drag at `y` means to go: the month under it, and how far into it only when
 * the month is tall enough on the rail to aim into ({@link MIN_AIMABLE_SPAN}); otherwise its
 * start, the place its label names. On a dense rail (a decade of 240 months on 800 px: ~3 px a
 * month) a let-go then lands on the newest photos of the month the label showed, which load in
 * the month's first page, rather than at a random photo thousands deep into it, reached only
 * after every page above it (at 1M, ~16 pages of 250 one after the other).
 */
export function aimAtY(
  months: readonly ScrubberMonth[],
  y: number,
  railHeight: number,
): { index: number; within: number } {
  const at = monthAtY(months, y, railHeight);
  if (at.index < 0) return at;
  const span = (endOf(months, at.index) - clamp01(months[at.index]!.start)) * railHeight;
  return span < MIN_AIMABLE_SPAN ? { index: at.index, within: 0 } : at;
}

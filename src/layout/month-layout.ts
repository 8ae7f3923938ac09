/**
 * One month section of the timeline: a header band, then justified rows in which small days share
 * a row, each with its own date label above its first tiles (as Google Photos does). Pure and
 * linear; the timeline positions sections and draws the header and labels.
 *
 * Where a day may start: a new day joins the open row when, at the target height, the row plus a
 * gap plus the day's first tiles — as many as span {@link MIN_DAY_LABEL_WIDTH} px, or the whole
 * day if it is narrower — still fit in the width; otherwise the open row ends there (stretched if
 * nearly full, else left at the target height) and the day starts the next row. Once in, a day
 * flows like any run of photos and may continue into the next rows (only rows where a day starts
 * carry labels). So a label always sits over at least that many pixels of its own day's tiles, or
 * over the whole day when the day is narrower than that (a one-tile portrait day). Such a label,
 * wider than its tiles, keeps `width` = the tiles' span (the timeline draws it clipped with an
 * ellipsis) unless it is the row's last: that one reaches to the row's end. A label never widens a
 * tile or overlaps the next day's label.
 */
import {
  breakJustifiedRows,
  clampedAspects,
  justifiedRoom,
  MAX_ASPECT_RATIO,
  MIN_ASPECT_RATIO,
  placeRow,
  type JustifiedRoom,
  type RowBuilder,
} from './justified-rows.ts';
import type { RowLayoutOptions } from './row-layout.ts';

export interface MonthItem {
  /** Width ÷ height of the asset's image (1 when unknown). */
  aspectRatio: number;
  /** 'YYYY-MM-DD', wall clock: consecutive items with the same day are one day. */
  day: string;
}

/** A day's date label: where it sits within its row, over the day's tiles, in CSS px. */
export interface DayLabel {
  day: string;
  x: number;
  width: number;
}

export interface MonthRow {
  /** Items `start` .. `start + count - 1` of the month, in order. */
  start: number;
  count: number;
  /** Offset of the row's top within the section, its label band included. */
  top: number;
  /** Offset of the row's tiles within the section: `top`, plus the label band when it has one. */
  tileTop: number;
  /** Tile height in CSS px (whole pixels). */
  height: number;
  /** Per tile, CSS px within the row (whole pixels; widths + gaps of a full row = the width). */
  lefts: readonly number[];
  widths: readonly number[];
  /** Days that START in this row (empty → no label band). */
  labels: readonly DayLabel[];
}

export interface MonthLayoutOptions extends RowLayoutOptions {
  /** Height of the month's header band (its title), in CSS px. */
  headerHeight: number;
  /** Height of the band above a row that holds day labels, in CSS px. */
  dayLabelHeight: number;
  /** Room a day's label needs to be read, in CSS px (default {@link MIN_DAY_LABEL_WIDTH}). */
  minDayLabelWidth?: number;
}

export interface MonthLayout {
  rows: MonthRow[];
  /** The whole section, header band and the gap below the last row included. */
  height: number;
  /** For each item of the month, the index of its row. */
  rowOfItem: Int32Array;
}

/** Shared by every row where no day starts (most rows of a big month): one array, not thousands. */
const NO_LABELS: DayLabel[] = [];

/** Fits "Wed, 31 Dec" at 13 px; a day narrower than this in a shared row would hide its date. */
export const MIN_DAY_LABEL_WIDTH = 96;

/** Lays out one month's items (in display order) into rows; see the module comment for days. */
export function layoutMonth(items: readonly MonthItem[], options: MonthLayoutOptions): MonthLayout {
  const room = justifiedRoom(options);
  const aspects = clampedAspects(items);
  const month = new MonthRows(items, aspects, room, options);
  breakJustifiedRows(aspects, room, month);
  return { rows: month.rows, height: month.cursor, rowOfItem: month.rowOfItem };
}

/** The month's rows as the pass hands them over, with the day rule and the labels. */
class MonthRows implements RowBuilder {
  readonly rows: MonthRow[] = [];
  readonly rowOfItem: Int32Array;
  /** Top of the next row within the section. */
  cursor: number;
  private readonly items: readonly MonthItem[];
  private readonly aspects: Float64Array;
  private readonly room: JustifiedRoom;
  private readonly labelRoom: number;
  private readonly dayLabelHeight: number;
  /** 1 where an item starts a day: the day strings are compared once, here. */
  private readonly dayStarts: Uint8Array;

  constructor(
    items: readonly MonthItem[],
    aspects: Float64Array,
    room: JustifiedRoom,
    options: MonthLayoutOptions,
  ) {
    this.items = items;
    this.aspects = aspects;
    this.room = room;
    this.labelRoom = Math.min(room.width, options.minDayLabelWidth ?? MIN_DAY_LABEL_WIDTH);
    this.dayLabelHeight = options.dayLabelHeight;
    this.rowOfItem = new Int32Array(items.length);
    this.cursor = options.headerHeight;
    this.dayStarts = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++)
      this.dayStarts[i] = i === 0 || items[i]!.day !== items[i - 1]!.day ? 1 : 0;
  }

  private startsDay(index: number): boolean {
    return this.dayStarts[index] === 1;
  }

  breakBefore(index: number, count: number, aspectSum: number): boolean {
    if (!this.startsDay(index)) return false;
    const { aspects, items, labelRoom } = this;
    const { gap, target, width } = this.room;
    let used = aspectSum * target + count * gap;
    // Bounded look-ahead: at most labelRoom / (MIN_ASPECT_RATIO × target) + 1 tiles.
    for (let j = index, span = 0; j < items.length && (j === index || !this.startsDay(j)); j++) {
      const tile = aspects[j]! * target + (j > index ? gap : 0);
      used += tile;
      if (used > width) return true;
      span += tile;
      if (span >= labelRoom) return false;
    }
    return false;
  }

  emit(start: number, count: number, aspectSum: number, full: boolean): void {
    const lefts = new Array<number>(count);
    const widths = new Array<number>(count);
    const height = placeRow(this.aspects, this.room, start, count, aspectSum, full, lefts, widths);
    let labels: DayLabel[] = NO_LABELS;
    for (let k = 0; k < count; k++) {
      const index = start + k;
      this.rowOfItem[index] = this.rows.length;
      if (!this.startsDay(index)) continue;
      let end = k;
      while (end + 1 < count && !this.startsDay(start + end + 1)) end++;
      const x = lefts[k]!;
      if (labels === NO_LABELS) labels = [];
      labels.push({ day: this.items[index]!.day, x, width: lefts[end]! + widths[end]! - x });
    }
    // The row's last label may use the room to the row's end: nothing else is drawn there (its
    // own tiles, or nothing in a month's short last row, where a lone portrait's date was cut).
    const last = labels[labels.length - 1];
    if (last && this.room.width > last.x + last.width) last.width = this.room.width - last.x;
    const band = labels.length > 0 ? this.dayLabelHeight : 0;
    const top = this.cursor;
    this.rows.push({ start, count, top, tileTop: top + band, height, lefts, widths, labels });
    this.cursor = top + band + height + this.room.gap;
  }
}

/**
 * The shape assumed for each asset when the server gives no aspect-ratio sum: 1.2, the mean of a
 * typical library's frames — 4:3 held landscape about twice as often as portrait (3:4), some 16:9
 * and a few squares and panoramas. Measured on 5,000-asset months: the typical mix within 3 %, only
 * landscape 4:3 3–12 % short, only 16:9 19–42 % short, only portraits 53–68 % tall (phone and
 * laptop widths); the section's real height replaces the estimate when it loads.
 */
export const TYPICAL_ASPECT_RATIO = 1.2;

/**
 * The section height {@link layoutMonth} will give, before the items are known: from the month's
 * asset count and the sum of their width ÷ height (exact enough), or count × the typical shape.
 *
 * Model: the tiles laid end to end at the target height, gaps included, fill that many
 * full-width rows, plus half a row on average for the ragged last one, at least one row; justified
 * rows come out the target tall on average (the greedy break keeps each as close to it as it can;
 * a small correction for rows of few tiles below).
 * One label band per row where a day starts: min(rows, days), with the days of the month given or
 * estimated from the count by {@link estimateDays}. Day breaks cost little extra: a day joins a
 * row whenever its first tiles fit, so the slack they leave is a fraction of a tile.
 */
export function estimateMonthHeight(
  count: number,
  aspectRatioSum: number | null | undefined,
  options: MonthLayoutOptions,
  dayCount?: number,
): number {
  const { headerHeight, dayLabelHeight } = options;
  if (!(count > 0)) return headerHeight;
  const { width, gap, target, maxPerRow } = justifiedRoom(options);
  const days = Math.max(1, Math.min(count, dayCount ?? estimateDays(count)));
  // Not measured yet: layoutMonth gives one zero-height tile per row.
  if (width === 0) return headerHeight + count * gap + days * dayLabelHeight;
  const given = aspectRatioSum ?? Number.NaN;
  const sum =
    Number.isFinite(given) && given > 0
      ? Math.min(count * MAX_ASPECT_RATIO, Math.max(count * MIN_ASPECT_RATIO, given))
      : count * TYPICAL_ASPECT_RATIO;
  // With few tiles a row the greedy break tends to take the extra tile (rows a little lower and
  // fuller than the target): measured 6 % less height at 3 a row, < 1 % from 5 a row up.
  const perRow = (width + gap) / ((sum / count) * target + gap);
  const byWidth = ((sum * target + count * gap) / (width + gap)) * (1 - 1 / Math.max(2, perRow) ** 3);
  const rows = Math.max(1, byWidth + 0.5, Number.isFinite(maxPerRow) ? count / maxPerRow : 0);
  return headerHeight + rows * (target + gap) + Math.min(rows, days) * dayLabelHeight;
}

/**
 * Days with photos in a month of `count` assets, when not known. Photography is bursty: a handful
 * of photos is usually one or two days, and even a busy month has photos on ~20 of its days.
 */
export function estimateDays(count: number): number {
  return Math.min(count, 1 + 19 * (1 - Math.exp(-(count - 1) / 20)));
}

/**
 * The rows of `layout` that overlap section-relative `top` .. `bottom` (px), by binary search:
 * `first` .. `last` inclusive; `last < first` when none does.
 */
export function rowsInView(
  layout: MonthLayout,
  top: number,
  bottom: number,
): { first: number; last: number } {
  const { rows } = layout;
  // first: the first row whose bottom (the next row's top, or the section's end) is below `top`.
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const end = mid + 1 < rows.length ? rows[mid + 1]!.top : layout.height;
    if (end > top) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  // last: the last row whose top is above `bottom`.
  lo = first;
  hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]!.top < bottom) lo = mid + 1;
    else hi = mid;
  }
  return { first, last: lo - 1 };
}

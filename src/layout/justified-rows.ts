/**
 * Justified rows: photos keep their shape. One greedy pass fills each row to the width at about
 * the target height, then scales the row so its tiles exactly fill the width; whole-pixel widths
 * (no sub-pixel seams). Linear in the number of items: every item is looked at once, and a break
 * is decided from the row so far and the one item being added (no search over breakpoints, which
 * is what makes Flickr's justified-layout superlinear).
 *
 * The pass is shared with month-layout.ts, which adds one rule (where a day may start) through
 * its {@link RowBuilder}; everything else about a row is decided here.
 */
import type { LaidOutRow, RowLayout, RowLayoutOptions } from './row-layout.ts';

/**
 * Shapes are clamped to 1:2 … 3:1 (a tile is cropped beyond them). Narrower than 1:2 (screenshots
 * of long pages, 9:21 phone captures) a tile would be a sliver too thin to recognise; wider than
 * 3:1 a panorama alone would make its row a strip a few dozen pixels tall on a phone. Every
 * ordinary camera and phone shape (3:4, 9:16, 4:3, 16:9, 2:1) passes unchanged.
 */
export const MIN_ASPECT_RATIO = 0.5;
export const MAX_ASPECT_RATIO = 3;

/** A full row is never scaled taller than this × the target (its items are kept instead). */
export const MAX_ROW_SCALE = 1.5;

/**
 * A row that ends before it is full (a section's last row, or a row closed because the next day
 * starts on a new one) is stretched to the width only when it already covers this share of it at
 * the target height (so it grows by at most 1 / 0.8 = 1.25×); otherwise it keeps the target height
 * and stays left-aligned, as Google Photos leaves a short last row.
 */
export const NEARLY_FULL = 0.8;

/** The shape a tile is laid out with: clamped, and 1 (square) when unknown or nonsense. */
export function clampAspectRatio(aspectRatio: number): number {
  if (!Number.isFinite(aspectRatio) || aspectRatio <= 0) return 1;
  return Math.min(MAX_ASPECT_RATIO, Math.max(MIN_ASPECT_RATIO, aspectRatio));
}

/** The room a pass works in, sanitised once: whole-pixel width, a target of at least 1 px. */
export interface JustifiedRoom {
  width: number;
  gap: number;
  target: number;
  maxPerRow: number;
}

export function justifiedRoom({ width, gap, targetRowHeight, maxPerRow }: RowLayoutOptions): JustifiedRoom {
  return {
    width: Number.isFinite(width) && width > 0 ? Math.floor(width) : 0,
    gap: Number.isFinite(gap) && gap > 0 ? gap : 0,
    target: Number.isFinite(targetRowHeight) && targetRowHeight >= 1 ? targetRowHeight : 1,
    maxPerRow: maxPerRow !== undefined && maxPerRow >= 1 ? Math.floor(maxPerRow) : Infinity,
  };
}

/**
 * What the pass hands its rows to and asks where a day (or anything else) must start a row. One
 * class instance per layout call rather than closures: a class's methods are the same functions on
 * every call, so the optimiser keeps the pass's calls monomorphic (fresh closures per call
 * deoptimised it now and then, and a 20k month took 5 ms instead of 1).
 */
export interface RowBuilder {
  /**
   * Whether the item at `index` must start a new row although the open row (`count` items whose
   * shapes sum to `aspectSum`, never empty) has room left at the target height.
   */
  breakBefore(index: number, count: number, aspectSum: number): boolean;
  /**
   * A row of items `start` .. `start + count - 1` whose shapes sum to `aspectSum`: full (scale it
   * to the width) or ended early (apply the {@link NEARLY_FULL} rule).
   */
  emit(start: number, count: number, aspectSum: number, full: boolean): void;
}

/** Height a row of `count` tiles whose shapes sum to `aspectSum` takes when it fills the width. */
export function fillHeight(room: JustifiedRoom, count: number, aspectSum: number): number {
  return Math.max(0, room.width - (count - 1) * room.gap) / aspectSum;
}

/**
 * The greedy pass. An item is added while the row stays taller than the target when filled; the
 * item that would bring it to or below the target goes in if that leaves the row closer to the
 * target (by ratio) than leaving it out, or if leaving it out would make the row taller than
 * {@link MAX_ROW_SCALE} × target. `maxPerRow` closes a row as full whatever its height (huge
 * screens get bigger tiles, as square rows do).
 */
export function breakJustifiedRows(aspects: Float64Array, room: JustifiedRoom, rows: RowBuilder): void {
  const { target, maxPerRow } = room;
  let start = 0;
  let count = 0;
  let sum = 0;
  for (let index = 0; index < aspects.length; index++) {
    const aspect = aspects[index]!;
    if (count > 0 && rows.breakBefore(index, count, sum)) {
      rows.emit(start, count, sum, false);
      count = 0;
      sum = 0;
    }
    if (count === 0) start = index;
    const withIt = fillHeight(room, count + 1, sum + aspect);
    if (withIt > target) {
      count++;
      sum += aspect;
    } else if (count > 0) {
      const without = fillHeight(room, count, sum);
      const keepOut =
        withIt <= 0 || (without <= MAX_ROW_SCALE * target && without / target < target / withIt);
      if (keepOut) {
        rows.emit(start, count, sum, true);
        start = index;
        count = 1;
        sum = aspect;
        // Alone it may already reach the target (a panorama): then it is a row of its own.
        if (fillHeight(room, 1, aspect) <= target || maxPerRow === 1) {
          rows.emit(start, 1, aspect, true);
          count = 0;
          sum = 0;
        }
      } else {
        rows.emit(start, count + 1, sum + aspect, true);
        count = 0;
        sum = 0;
      }
      continue;
    } else {
      rows.emit(index, 1, aspect, true);
      continue;
    }
    if (count >= maxPerRow) {
      rows.emit(start, count, sum, true);
      count = 0;
      sum = 0;
    }
  }
  if (count > 0) rows.emit(start, count, sum, false);
}

/**
 * Places a row: fills `lefts` and `widths` (whole CSS px, `count` entries each) and returns the
 * tile height. A full row (or an early one that is {@link NEARLY_FULL}) is scaled so its widths and
 * gaps sum exactly to the width: tile edges are rounded from the exact running total, so rounding
 * errors never add up and the last edge lands on the width. Otherwise the tiles keep the target
 * height, left-aligned. The caller hands in the arrays so a row is one allocation per array,
 * nothing temporary (a 200k-item month makes ~35k rows; garbage there is what costs time).
 */
export function placeRow(
  aspects: Float64Array,
  room: JustifiedRoom,
  start: number,
  count: number,
  aspectSum: number,
  full: boolean,
  lefts: number[],
  widths: number[],
): number {
  const { width, gap, target } = room;
  const stretch = full || aspectSum * target + (count - 1) * gap >= NEARLY_FULL * width;
  const exact = stretch ? fillHeight(room, count, aspectSum) : target;
  const span = stretch ? Math.max(0, width - (count - 1) * gap) : Math.round(aspectSum * target);
  let running = 0;
  let edge = 0;
  for (let k = 0; k < count; k++) {
    running += aspects[start + k]! * exact;
    const next = k === count - 1 ? span : Math.min(Math.round(running), span);
    lefts[k] = edge + k * gap;
    widths[k] = Math.max(0, next - edge);
    edge = Math.max(edge, next);
  }
  return width === 0 ? 0 : Math.round(exact);
}

/** The clamped shapes of a list of items, in one typed array the passes read. */
export function clampedAspects(items: readonly { aspectRatio: number }[]): Float64Array {
  const aspects = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) aspects[i] = clampAspectRatio(items[i]!.aspectRatio);
  return aspects;
}

class SectionRows implements RowBuilder {
  readonly rows: LaidOutRow[] = [];
  private readonly aspects: Float64Array;
  private readonly room: JustifiedRoom;

  constructor(aspects: Float64Array, room: JustifiedRoom) {
    this.aspects = aspects;
    this.room = room;
  }

  breakBefore(): boolean {
    return false;
  }

  emit(start: number, count: number, aspectSum: number, full: boolean): void {
    const lefts = new Array<number>(count);
    const widths = new Array<number>(count);
    const height = placeRow(this.aspects, this.room, start, count, aspectSum, full, lefts, widths);
    this.rows.push({ start, count, height, widths, lefts });
  }
}

/** Justified rows of one section: see the module comment. */
export const justifiedRows: RowLayout = (items, options) => {
  const room = justifiedRoom(options);
  const aspects = clampedAspects(items);
  const builder = new SectionRows(aspects, room);
  breakJustifiedRows(aspects, room, builder);
  return builder.rows;
};

/**
 * The one signature every row layout implements: square rows today, justified rows next. A row
 * layout is a pure function from the items of one section (only their shape matters) and the
 * room they have to the rows that show them; sections, headers and placeholders are the same for
 * every layout and live in grid-rows.ts.
 */

/** What a layout needs to know about one item: its shape. */
export interface LayoutItem {
  /** Width ÷ height of the item's image (1 when unknown). Square rows ignore it. */
  aspectRatio: number;
}

export interface RowLayoutOptions {
  /** Width available to a row, in CSS px (inside the grid's padding). 0 until measured. */
  width: number;
  /** Gap between tiles and between rows, in CSS px. */
  gap: number;
  /**
   * The row height the layout aims for, in CSS px. Square rows treat it as the smallest tile
   * edge (tiles grow from it to fill the width); justified rows scale each row around it.
   */
  targetRowHeight: number;
  /** Never more tiles in a row than this, so huge screens get bigger tiles rather than confetti. */
  maxPerRow?: number;
}

/** One row of tiles: items `start` .. `start + count - 1` of the section, left to right. */
export interface LaidOutRow {
  start: number;
  count: number;
  /** Height of the row's tiles in CSS px (the gap below comes on top). */
  height: number;
  /** Width of each tile in CSS px, in order (`count` entries). */
  widths: readonly number[];
  /**
   * Left edge of each tile within the row in CSS px, so a caller never sums widths and gaps again
   * itself. Absent (square rows): tiles sit one after another, `gap` apart.
   */
  lefts?: readonly number[];
}

/**
 * Lays out one section's items into rows, in order, every item in exactly one row. Must be pure
 * and give rows of positive height once `width` is positive; a width of 0 may give zero-size
 * rows (nothing on screen yet) but never NaN.
 */
export type RowLayout = (items: readonly LayoutItem[], options: RowLayoutOptions) => LaidOutRow[];

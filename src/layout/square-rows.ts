/**
 * Square tiles: the grid's geometry as a pure function of the container width, and the
 * {@link RowLayout} that cuts a section into rows of that many columns. Tested by table.
 */
import type { LaidOutRow, RowLayout } from './row-layout.ts';

export interface GridLayoutOptions {
  /** Smallest tile edge in CSS px; tiles grow from here to fill the row exactly. */
  minTile: number;
  /** Gap between tiles, in CSS px. */
  gap: number;
  /** Never more columns than this, so huge screens get bigger tiles rather than confetti. */
  maxColumns?: number;
}

export interface GridLayout {
  columns: number;
  /** Edge of a square tile in CSS px (fractional: the row fills the width to the pixel). */
  tileSize: number;
  gap: number;
  /** Height of one photo row including the gap below it. */
  rowHeight: number;
}

/**
 * As many columns of at least `minTile` as fit in `width`, then tiles stretched to fill it.
 * A width of 0 (not measured yet) gives one zero-size column rather than NaN.
 */
export function computeGridLayout(
  width: number,
  { minTile, gap, maxColumns = 24 }: GridLayoutOptions,
): GridLayout {
  const usable = Number.isFinite(width) && width > 0 ? width : 0;
  const fit = Math.floor((usable + gap) / (minTile + gap));
  const columns = Math.min(Math.max(1, fit), Math.max(1, maxColumns));
  const tileSize = usable === 0 ? 0 : Math.max(0, (usable - gap * (columns - 1)) / columns);
  return { columns, tileSize, gap, rowHeight: tileSize + gap };
}

/** The tile edge the grid aims for at a width: smaller on phones so three fit across. */
export function minTileFor(width: number): number {
  if (width < 480) return 100;
  if (width < 900) return 140;
  return 180;
}

/**
 * Square rows: as many columns of at least `targetRowHeight` as fit in `width`, every row full
 * but a section's last; aspect ratios are ignored (every photo is cropped to a square).
 */
export const squareRows: RowLayout = (items, { width, gap, targetRowHeight, maxPerRow }) => {
  const { columns, tileSize } = computeGridLayout(width, {
    minTile: targetRowHeight,
    gap,
    maxColumns: maxPerRow,
  });
  const rows: LaidOutRow[] = [];
  for (let start = 0; start < items.length; start += columns) {
    const count = Math.min(columns, items.length - start);
    rows.push({ start, count, height: tileSize, widths: new Array<number>(count).fill(tileSize) });
  }
  return rows;
};

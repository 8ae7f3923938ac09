/**
 * Arrow-key movement over the grid's rows, as the eye sees them: ↓ goes to the same column of the
 * next photo row (across a date header), clamped when that row is shorter. Pure, so it is tested
 * without a DOM.
 */
import type { GridRow } from '../layout/grid-rows.ts';

export type GridKey =
  'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown';

export const GRID_KEYS: ReadonlySet<string> = new Set<GridKey>([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/** Rows PageUp/PageDown jump over. */
const PAGE_ROWS = 4;

function photoRowAfter(rows: readonly GridRow[], from: number, step: 1 | -1): number | null {
  for (let r = from + step; r >= 0 && r < rows.length; r += step) {
    if (rows[r]?.kind === 'photos') return r;
  }
  return null;
}

/** The asset index focus moves to, or the same index at an edge. */
export function moveFocus(
  rows: readonly GridRow[],
  rowOfAsset: readonly number[],
  index: number,
  key: GridKey,
  total: number,
): number {
  if (total <= 0) return 0;
  const current = Math.min(Math.max(0, index), total - 1);
  switch (key) {
    case 'ArrowLeft':
      return Math.max(0, current - 1);
    case 'ArrowRight':
      return Math.min(total - 1, current + 1);
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      break;
  }
  const rowIndex = rowOfAsset[current];
  const row = rowIndex === undefined ? undefined : rows[rowIndex];
  if (rowIndex === undefined || row?.kind !== 'photos') return current;
  const column = current - row.start;
  const step = key === 'ArrowUp' || key === 'PageUp' ? -1 : 1;
  const hops = key === 'PageUp' || key === 'PageDown' ? PAGE_ROWS : 1;
  let target: number | null = rowIndex;
  for (let hop = 0; hop < hops; hop++) {
    const next: number | null = photoRowAfter(rows, target, step);
    if (next === null) break;
    target = next;
  }
  const targetRow = rows[target];
  if (target === rowIndex || targetRow?.kind !== 'photos') {
    // At the top or bottom edge: Up/Down still go to the first/last photo, as lists do.
    return step === 1 ? (hops > 1 ? total - 1 : current) : hops > 1 ? 0 : current;
  }
  return targetRow.start + Math.min(column, targetRow.count - 1);
}

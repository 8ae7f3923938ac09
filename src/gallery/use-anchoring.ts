import type { Virtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef } from 'react';
import type { GridRow } from '../layout/grid-rows.ts';

/**
 * Keep the first visible photo in place when the rows reflow (a resize or a rotation changes
 * the column count): the photo that led the screen leads it again after.
 */
export function useAnchoring(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  rows: readonly GridRow[],
  rowOfAsset: readonly number[],
  columns: number,
  measured: boolean,
): void {
  const anchorIndex = useRef<number | null>(null);
  const items = virtualizer.getVirtualItems();
  const firstVisibleRow = items.find((item) => item.end > (virtualizer.scrollOffset ?? 0));
  const firstRow = firstVisibleRow ? rows[firstVisibleRow.index] : undefined;
  // eslint-disable-next-line react-hooks/refs -- the anchor is what this render shows, read by the effect below
  if (firstRow?.kind === 'photos') anchorIndex.current = firstRow.start;

  const columnsBefore = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (!measured) return; // not measured yet: nothing on screen to keep in place
    const before = columnsBefore.current;
    columnsBefore.current = columns;
    if (before === null || before === columns) return;
    const row = anchorIndex.current === null ? undefined : rowOfAsset[anchorIndex.current];
    if (row !== undefined && row > 0) virtualizer.scrollToIndex(row, { align: 'start' });
  }, [columns, measured, rowOfAsset, virtualizer]);
}

import type { VirtualItem, Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { GridRow } from '../layout/grid-rows.ts';
import { GRID_KEYS, moveFocus, type GridKey } from './grid-navigation.ts';

interface RovingFocus {
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  rows: readonly GridRow[];
  rowOfAsset: readonly number[];
  /** Photos loaded. */
  total: number;
  /** The photo that holds the tab stop when the grid mounts. */
  initialIndex: number;
}

/**
 * One tab stop for the whole grid, moved by the arrow keys (grid-navigation.ts), always on a
 * mounted tile; DOM focus follows once the target tile is mounted (it may take a scroll and a
 * render), unless focus has meanwhile moved elsewhere.
 */
export function useRovingFocus({
  scrollRef,
  virtualizer,
  rows,
  rowOfAsset,
  total,
  initialIndex,
}: RovingFocus) {
  const [focusIndex, setFocusIndex] = useState(initialIndex);
  const pendingFocus = useRef<number | null>(null);
  /** Focus a tile now if it is mounted, else as soon as a render mounts it. */
  const focusTile = useCallback(
    (index: number) => {
      const tile = scrollRef.current?.querySelector<HTMLElement>(`[data-asset-index="${index}"]`);
      pendingFocus.current = tile ? null : index;
      tile?.focus({ preventScroll: true });
    },
    [scrollRef],
  );

  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    // Focus that has moved on (a dialog, the sidebar) is not taken back.
    const active = document.activeElement;
    if (active && active !== document.body && !scrollRef.current?.contains(active)) {
      pendingFocus.current = null;
      return;
    }
    focusTile(pendingFocus.current);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!GRID_KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    const from = Number((event.target as HTMLElement).dataset.assetIndex ?? Number.NaN);
    if (!Number.isInteger(from)) return;
    event.preventDefault();
    const next = moveFocus(rows, rowOfAsset, from, event.key as GridKey, total);
    setFocusIndex(next);
    focusTile(next);
    const row = rowOfAsset[next];
    if (row !== undefined) virtualizer.scrollToIndex(row, { align: 'auto' });
  };

  return { focusIndex, setFocusIndex, focusTile, onKeyDown };
}

/** The tile that holds the tab stop: the focused photo if mounted, else the first mounted one. */
export function tabStopOf(
  focusIndex: number,
  rows: readonly GridRow[],
  items: readonly VirtualItem[],
): number {
  // The roving tab stop must be a mounted tile, or Tab would skip the grid entirely.
  const mountedPhotoRows = items.map((item) => rows[item.index]).filter((row) => row?.kind === 'photos');
  const focusMounted = mountedPhotoRows.some(
    (row) => focusIndex >= row.start && focusIndex < row.start + row.count,
  );
  return focusMounted ? focusIndex : (mountedPhotoRows[0]?.start ?? 0);
}

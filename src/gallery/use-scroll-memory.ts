import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useGridMemory, type GridPlace } from './grid-memory.ts';

/**
 * This view's remembered place (read once, when the grid mounts) and the writers that keep it:
 * the offset on every scroll, the focused photo when it changes.
 */
export function useScrollMemory(viewId: string) {
  const memory = useGridMemory();
  const [initialPlace] = useState<GridPlace | null>(() => memory.recall(viewId));
  const rememberOffset = useCallback(
    (offset: number) => memory.remember(viewId, { offset }),
    [memory, viewId],
  );
  const rememberFocus = useCallback(
    (focusedAssetId: string | null) => memory.remember(viewId, { focusedAssetId }),
    [memory, viewId],
  );
  return { initialPlace, rememberOffset, rememberFocus };
}

/**
 * Scroll to the remembered offset once the width is known: before that every row is 0 px tall
 * and the browser would clamp the offset to the headers' height.
 */
export function useRestoreOffset(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  initialPlace: GridPlace | null,
  measured: boolean,
): void {
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (restored.current || !measured) return;
    restored.current = true;
    if (initialPlace && initialPlace.offset > 0) virtualizer.scrollToOffset(initialPlace.offset);
  }, [measured, initialPlace, virtualizer]);
}

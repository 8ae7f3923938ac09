import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

interface ViewerFollowing {
  /** The asset open in the viewer over the grid, or null. */
  activeAssetId: string | null;
  indexOfId: (id: string | null | undefined) => number;
  rowOfAsset: readonly number[];
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** The grid's focused photo is now `index` (asset `id`). */
  follow: (index: number, id: string | null) => void;
  /** Give DOM focus to a tile (once it is mounted). */
  focusTile: (index: number) => void;
}

/**
 * While the viewer is open over the grid, follow its asset (focus stop, memory, scroll) so that
 * closing the viewer shows that photo; on close, give focus back to it.
 */
export function useViewerFollowing({
  activeAssetId,
  indexOfId,
  rowOfAsset,
  virtualizer,
  follow,
  focusTile,
}: ViewerFollowing): void {
  const activeBefore = useRef<string | null>(activeAssetId);
  useEffect(() => {
    const previous = activeBefore.current;
    activeBefore.current = activeAssetId;
    const id = activeAssetId ?? previous;
    const index = indexOfId(id);
    if (index < 0) return;
    follow(index, id);
    const row = rowOfAsset[index];
    if (row !== undefined) virtualizer.scrollToIndex(row, { align: 'auto' });
    // Closed: give focus back to the photo that was open (after the grid is no longer inert).
    if (activeAssetId === null && previous !== null) focusTile(index);
  }, [activeAssetId, indexOfId, rowOfAsset, virtualizer, follow, focusTile]);
}

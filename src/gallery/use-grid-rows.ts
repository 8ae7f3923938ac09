import { useMemo, useState } from 'react';
import type { Asset } from '../../contract/entities.ts';
import { ASSET_PAGE_SIZE } from '../api/queries.ts';
import { layoutGridRows, type GridItem, type GridRows } from '../layout/grid-rows.ts';
import { justifiedRows } from '../layout/justified-rows.ts';
import { targetRowHeightFor } from '../layout/row-height.ts';
import { computeGridLayout, minTileFor } from '../layout/square-rows.ts';
import { formatGroupLabel, groupKeyOf } from '../time/date-labels.ts';
import { SCRUBBER_GUTTER } from '../timeline/timeline-geometry.ts';
import { GAP, HEADER_HEIGHT, PADDING_X } from './grid-geometry.ts';

export interface UseGridRows extends GridRows {
  /** Photos per full row: a change means the rows reflowed. */
  columns: number;
  /** Vertical space of one photo row, gap included. */
  rowHeight: number;
  /** False until the grid's width is known (every row is 0 px tall before that). */
  measured: boolean;
}

/** Width of a photo where the server says it; 1 (a square) when it doesn't. */
function aspectRatioOf(asset: Asset): number {
  return asset.width && asset.height ? asset.width / asset.height : 1;
}

/**
 * The grid's rows for a measured width: day sections of square rows (one {@link RowLayout}),
 * then a page of placeholders while more are to come.
 */
export function useGridRows(assets: readonly Asset[], outerWidth: number, hasNextPage: boolean): UseGridRows {
  // The rail on the right keeps its gutter, as in the timeline.
  const width = Math.max(0, outerWidth - 2 * PADDING_X - SCRUBBER_GUTTER);
  const targetRowHeight = minTileFor(outerWidth);
  const geometry = useMemo(
    () => computeGridLayout(width, { minTile: targetRowHeight, gap: GAP }),
    [width, targetRowHeight],
  );
  const justifiedTarget = targetRowHeightFor(outerWidth, 0);
  const items = useMemo<GridItem[]>(
    () =>
      assets.map((asset) => ({
        aspectRatio: aspectRatioOf(asset),
        section: groupKeyOf(asset.local_datetime, 'day'),
      })),
    [assets],
  );
  const { rows, rowOfAsset } = useMemo(
    () =>
      layoutGridRows(items, {
        layout: justifiedRows,
        width,
        gap: GAP,
        targetRowHeight: justifiedTarget,
        headerHeight: HEADER_HEIGHT,
        sectionLabel: formatGroupLabel,
        placeholderTiles: hasNextPage ? ASSET_PAGE_SIZE : 0,
      }),
    [items, width, justifiedTarget, hasNextPage],
  );
  return {
    rows,
    rowOfAsset: useStableNumbers(rowOfAsset),
    columns: geometry.columns,
    rowHeight: geometry.rowHeight,
    measured: geometry.tileSize > 0,
  };
}

/**
 * The previous array while the numbers are the same: rows are rebuilt on every width change
 * (their sizes change), but which row shows which photo only changes when they reflow, and
 * the effects that follow a photo must not re-run on a resize of a pixel.
 */
function useStableNumbers(next: number[]): number[] {
  const [kept, setKept] = useState(next);
  if (kept === next) return kept;
  const same = kept.length === next.length && kept.every((value, i) => value === next[i]);
  if (same) return kept;
  // Derived state: React re-renders with the new array before anything is committed.
  setKept(next);
  return next;
}

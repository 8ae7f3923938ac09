import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { Asset } from '../../contract/entities.ts';
import { ASSET_PAGE_SIZE } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { filterId } from '../routing/filter-params.ts';
import { useElementSize } from '../ui/use-element-size.ts';
import { buildGridRows } from './date-groups.ts';
import { computeGridLayout, minTileFor } from './grid-layout.ts';
import { gridMemory } from './grid-memory.ts';
import { GRID_KEYS, moveFocus, type GridKey } from './grid-navigation.ts';
import { GridTile, PlaceholderTile } from './grid-tile.tsx';

const HEADER_HEIGHT = 52;
const GAP = 4;
/** Horizontal padding of the grid; the layout is computed for the width inside it. */
const PADDING_X = 16;
/** Rows mounted beyond the viewport: enough to hide image pop-in, few enough to stay ~50 images. */
const OVERSCAN = 3;
/** Ask for the next page when the last mounted row is this many screens from the loaded end. */
const PREFETCH_SCREENS = 2;

export interface VirtualGridProps {
  assets: Asset[];
  filter: AssetFilter;
  hasNextPage: boolean;
  /** False while a page loads or after a page failed (no retry loop; the footer offers Retry). */
  canFetchMore: boolean;
  fetchNextPage: () => void;
  /** The asset open in the viewer above the grid, if any. */
  activeAssetId: string | null;
  footer?: ReactNode;
}

/**
 * The photo grid: date headers and rows of square tiles, only the rows near the viewport mounted
 * (@tanstack/react-virtual), the next page fetched well before the end, grey tiles holding its
 * space meanwhile. Arrow keys move a roving tab stop; the scroll position and focused photo of
 * each filter are remembered so returning to it lands where the person left.
 */
export function VirtualGrid({
  assets,
  filter,
  hasNextPage,
  canFetchMore,
  fetchNextPage,
  activeAssetId,
  footer,
}: VirtualGridProps) {
  const viewId = filterId(filter);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { width: outerWidth, height: viewportHeight } = useElementSize(scrollRef);
  const layout = useMemo(
    () =>
      computeGridLayout(Math.max(0, outerWidth - 2 * PADDING_X), {
        minTile: minTileFor(outerWidth),
        gap: GAP,
      }),
    [outerWidth],
  );
  const dates = useMemo(() => assets.map((asset) => asset.local_datetime), [assets]);
  const { rows, rowOfAsset } = useMemo(
    () =>
      buildGridRows(dates, {
        columns: layout.columns,
        granularity: 'day',
        placeholderTiles: hasNextPage ? ASSET_PAGE_SIZE : 0,
      }),
    [dates, layout.columns, hasNextPage],
  );
  const [initialPlace] = useState(() => gridMemory.recall(viewId));
  const indexOfId = useCallback(
    (id: string | null | undefined) => (id ? assets.findIndex((a) => a.id === id) : -1),
    [assets],
  );
  const [focusIndex, setFocusIndex] = useState(() => Math.max(0, indexOfId(initialPlace?.focusedAssetId)));
  const pendingFocus = useRef<number | null>(null);
  /** Focus a tile now if it is mounted, else as soon as a render mounts it. */
  const focusTile = useCallback((index: number) => {
    const tile = scrollRef.current?.querySelector<HTMLElement>(`[data-asset-index="${index}"]`);
    pendingFocus.current = tile ? null : index;
    tile?.focus({ preventScroll: true });
  }, []);

  const rowHeight = layout.rowHeight;
  // A new key function makes the virtualizer recompute positions from estimateSize: it must
  // change with the rows and with the row height (nothing is measured from the DOM).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows, rowHeight]);
  // The virtualizer's methods are not memoisable, so the React Compiler would skip this
  // component; no compiler runs here, and the rows below read fresh values on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.kind === 'header' ? HEADER_HEIGHT : rowHeight),
    getItemKey,
    overscan: OVERSCAN,
    initialOffset: initialPlace?.offset ?? 0,
    paddingEnd: 24,
    onChange: (instance) => {
      if (instance.scrollOffset !== null) gridMemory.remember(viewId, { offset: instance.scrollOffset });
    },
  });
  const items = virtualizer.getVirtualItems();

  // Keep the first visible photo in place when the column count changes (resize, rotation).
  const anchorIndex = useRef<number | null>(null);
  const firstVisibleRow = items.find((item) => item.end > (virtualizer.scrollOffset ?? 0));
  const firstRow = firstVisibleRow ? rows[firstVisibleRow.index] : undefined;
  if (firstRow?.kind === 'photos') anchorIndex.current = firstRow.start;
  // Restore the remembered offset once the width is known: before that every row is 0 px tall
  // and the browser would clamp the offset to the headers' height.
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (restored.current || layout.tileSize <= 0) return;
    restored.current = true;
    if (initialPlace && initialPlace.offset > 0) virtualizer.scrollToOffset(initialPlace.offset);
  }, [layout.tileSize, initialPlace, virtualizer]);

  const columnsBefore = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (layout.tileSize <= 0) return; // not measured yet: nothing on screen to keep in place
    const before = columnsBefore.current;
    columnsBefore.current = layout.columns;
    if (before === null || before === layout.columns) return;
    const row = anchorIndex.current === null ? undefined : rowOfAsset[anchorIndex.current];
    if (row !== undefined && row > 0) virtualizer.scrollToIndex(row, { align: 'start' });
  }, [layout.columns, layout.tileSize, rowOfAsset, virtualizer]);

  // Fetch the next page while the person is still two screens away from the loaded end.
  const lastMounted = items.at(-1)?.index ?? -1;
  const lastLoadedRow = assets.length ? (rowOfAsset[assets.length - 1] ?? 0) : 0;
  const screenRows = Math.ceil(viewportHeight / Math.max(1, rowHeight));
  const nearEnd = lastMounted >= lastLoadedRow - PREFETCH_SCREENS * screenRows;
  useEffect(() => {
    if (nearEnd && hasNextPage && canFetchMore && layout.tileSize > 0) fetchNextPage();
  }, [nearEnd, hasNextPage, canFetchMore, fetchNextPage, layout.tileSize]);

  // The viewer is open over the grid: follow its asset so closing it shows that photo.
  const activeBefore = useRef<string | null>(activeAssetId);
  useEffect(() => {
    const previous = activeBefore.current;
    activeBefore.current = activeAssetId;
    const id = activeAssetId ?? previous;
    const index = indexOfId(id);
    if (index < 0) return;
    setFocusIndex(index);
    gridMemory.remember(viewId, { focusedAssetId: id });
    const row = rowOfAsset[index];
    if (row !== undefined) virtualizer.scrollToIndex(row, { align: 'auto' });
    // Closed: give focus back to the photo that was open (after the grid is no longer inert).
    if (activeAssetId === null && previous !== null) focusTile(index);
  }, [activeAssetId, indexOfId, rowOfAsset, viewId, virtualizer, focusTile]);

  // Move DOM focus once the target tile is mounted (it may take a scroll and a render).
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
    const next = moveFocus(rows, rowOfAsset, from, event.key as GridKey, assets.length);
    setFocusIndex(next);
    focusTile(next);
    const row = rowOfAsset[next];
    if (row !== undefined) virtualizer.scrollToIndex(row, { align: 'auto' });
  };

  const onOpen = useCallback(
    (index: number) => gridMemory.remember(viewId, { focusedAssetId: assets[index]?.id ?? null }),
    [assets, viewId],
  );

  // The roving tab stop must be a mounted tile, or Tab would skip the grid entirely.
  const mountedPhotoRows = items.map((item) => rows[item.index]).filter((row) => row?.kind === 'photos');
  const focusMounted = mountedPhotoRows.some(
    (row) => focusIndex >= row.start && focusIndex < row.start + row.count,
  );
  const tabStop = focusMounted ? focusIndex : (mountedPhotoRows[0]?.start ?? 0);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;

  return (
    <div
      ref={scrollRef}
      className="grid-scroll"
      role="region"
      aria-label="Photos"
      onKeyDown={onKeyDown}
      inert={activeAssetId !== null}
    >
      <div className="grid-canvas" style={{ height: virtualizer.getTotalSize(), margin: `0 ${PADDING_X}px` }}>
        {layout.tileSize > 0 &&
          items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const style = { transform: `translateY(${item.start}px)`, height: item.size, gap: GAP };
            if (row.kind === 'header') {
              return (
                <h2 key={item.key} className="grid-row grid-row--header" style={style}>
                  {row.label}
                </h2>
              );
            }
            if (row.kind === 'placeholder') {
              return (
                <div
                  key={item.key}
                  className="grid-row"
                  style={style}
                  aria-hidden="true"
                  data-testid="placeholder-row"
                >
                  {Array.from({ length: row.count }, (_, i) => (
                    <PlaceholderTile key={i} size={layout.tileSize} />
                  ))}
                </div>
              );
            }
            return (
              <div key={item.key} className="grid-row" style={style}>
                {assets.slice(row.start, row.start + row.count).map((asset, i) => {
                  const index = row.start + i;
                  return (
                    <GridTile
                      key={asset.id}
                      asset={asset}
                      index={index}
                      href={paths.asset(asset.id, filter)}
                      size={layout.tileSize}
                      devicePixelRatio={dpr}
                      tabbable={index === tabStop}
                      onOpen={onOpen}
                      onFocusTile={setFocusIndex}
                    />
                  );
                })}
              </div>
            );
          })}
      </div>
      {footer}
    </div>
  );
}

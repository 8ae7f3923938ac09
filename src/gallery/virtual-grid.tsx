import { useVirtualizer } from '@tanstack/react-virtual';
import { lazy, Suspense, useCallback, useRef, type ReactNode } from 'react';
import type { Asset } from '../../contract/entities.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { filterId } from '../routing/filter-params.ts';
import { useElementSize } from '../ui/use-element-size.ts';
import { PADDING_END, PADDING_X } from './grid-geometry.ts';
import { GridRowView } from './grid-row.tsx';
import { useAnchoring } from './use-anchoring.ts';
import { useGridRows } from './use-grid-rows.ts';
import { usePagePrefetch } from './use-page-prefetch.ts';
import { tabStopOf, useRovingFocus } from './use-roving-focus.ts';
import { useRestoreOffset, useScrollMemory } from './use-scroll-memory.ts';
import { useViewerFollowing } from './use-viewer-following.ts';
import { Scrubber } from '../timeline/scrubber.tsx';
import { useLoadedMonths } from './use-loaded-months.ts';
import { selectedAnnouncement } from '../selection/selection-words.ts';
import { useSelectionKeys } from '../selection/use-selection-keys.ts';
import { useGridSelection } from './use-grid-selection.ts';

// As in the timeline: the bar (downloads, the slideshow hand-off) is a chunk of its own.
const SelectionBar = lazy(() =>
  import('../selection/selection-bar.tsx').then((module) => ({ default: module.SelectionBar })),
);

/** Rows mounted beyond the viewport: enough to hide image pop-in, few enough to stay ~50 images. */
const OVERSCAN = 3;

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
 * The photo grid: date headers and rows of tiles, only the rows near the viewport mounted
 * (@tanstack/react-virtual), the next page fetched well before the end, grey tiles holding its
 * space meanwhile. Arrow keys move a roving tab stop; the scroll position and focused photo of
 * each filter are remembered so returning to it lands where the person left. Each concern is a
 * hook of its own; this component wires them to the virtualizer and draws the rows.
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
  const { rows, rowOfAsset, columns, rowHeight, measured } = useGridRows(assets, outerWidth, hasNextPage);
  const { initialPlace, rememberOffset, rememberFocus } = useScrollMemory(viewId);
  const indexOfId = useCallback(
    (id: string | null | undefined) => (id ? assets.findIndex((a) => a.id === id) : -1),
    [assets],
  );

  // A new key function makes the virtualizer recompute positions from estimateSize: it must
  // change with the rows, which carry their sizes (nothing is measured from the DOM).
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  // The virtualizer's methods are not memoisable, so the React Compiler would skip this
  // component; no compiler runs here, and the rows below read fresh values on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => rows[index]?.size ?? rowHeight,
    getItemKey,
    overscan: OVERSCAN,
    initialOffset: initialPlace?.offset ?? 0,
    paddingEnd: PADDING_END,
    onChange: (instance) => {
      if (instance.scrollOffset !== null) rememberOffset(instance.scrollOffset);
    },
  });
  const items = virtualizer.getVirtualItems();

  useRestoreOffset(virtualizer, initialPlace, measured);
  useAnchoring(virtualizer, rows, rowOfAsset, columns, measured);
  usePagePrefetch({
    lastMountedRow: items.at(-1)?.index ?? -1,
    lastLoadedRow: assets.length ? (rowOfAsset[assets.length - 1] ?? 0) : 0,
    viewportHeight,
    rowHeight,
    hasNextPage,
    canFetchMore,
    fetchNextPage,
    measured,
  });
  const focus = useRovingFocus({
    scrollRef,
    virtualizer,
    rows,
    rowOfAsset,
    total: assets.length,
    initialIndex: Math.max(0, indexOfId(initialPlace?.focusedAssetId)),
  });
  const { setFocusIndex } = focus;
  const follow = useCallback(
    (index: number, id: string | null) => {
      setFocusIndex(index);
      rememberFocus(id);
    },
    [setFocusIndex, rememberFocus],
  );
  useViewerFollowing({
    activeAssetId,
    indexOfId,
    rowOfAsset,
    virtualizer,
    follow,
    focusTile: focus.focusTile,
  });

  const onOpen = useCallback(
    (index: number) => rememberFocus(assets[index]?.id ?? null),
    [assets, rememberFocus],
  );
  const rail = useLoadedMonths(assets, rowOfAsset, virtualizer, viewportHeight);
  const tabStop = tabStopOf(focus.focusIndex, rows, items);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const { selection, selecting, count, actions: select } = useGridSelection(assets);
  useSelectionKeys(select, selecting, activeAssetId === null);

  return (
    <div className="timeline">
      <p className="visually-hidden" aria-live="polite">
        {selecting ? selectedAnnouncement(count) : ''}
      </p>
      {selecting ? (
        <Suspense fallback={null}>
          <SelectionBar filter={filter} selection={selection} count={count} onClear={select.clear} />
        </Suspense>
      ) : null}
      <div
        ref={scrollRef}
        className="grid-scroll"
        role="region"
        aria-label="Photos"
        onKeyDown={focus.onKeyDown}
        inert={activeAssetId !== null}
      >
        <div
          className="grid-canvas"
          style={{ height: virtualizer.getTotalSize(), margin: `0 ${PADDING_X}px` }}
        >
          {measured &&
            items.map((item) => {
              const row = rows[item.index];
              return row ? (
                <GridRowView
                  key={item.key}
                  row={row}
                  top={item.start}
                  size={item.size}
                  assets={assets}
                  filter={filter}
                  tabStop={tabStop}
                  devicePixelRatio={dpr}
                  onOpen={onOpen}
                  onFocusTile={setFocusIndex}
                  selection={selection}
                  selecting={selecting}
                  select={select}
                />
              ) : null;
            })}
        </div>
        {footer}
      </div>
      <Scrubber
        months={rail.months}
        position={rail.position}
        currentMonth={rail.currentMonth}
        onScrub={noJump}
        onJump={noJump}
        unavailable="Jumping by date needs a newer server"
      />
    </div>
  );
}

const noJump = () => {};

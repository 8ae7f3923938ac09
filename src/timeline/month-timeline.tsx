import { useVirtualizer } from '@tanstack/react-virtual';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { estimateMonthHeight } from '../layout/month-layout.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { selectedAnnouncement } from '../selection/selection-words.ts';
import { useSelection } from '../selection/use-selection.ts';
import { useSelectionKeys } from '../selection/use-selection-keys.ts';
import { formatGroupLabel } from '../time/date-labels.ts';
import { useElementSize } from '../ui/use-element-size.ts';
import { JumpToDate } from './jump-to-date.tsx';
import { MonthSection, type SectionReport } from './month-section.tsx';
import { scrubberModule } from './lazy-scrubber.ts';
import { hasPainted, holdForFirstPhotos, useAfterFirstPhotos } from '../ui/first-photos.ts';
import { usePreloaded } from '../app/preloadable.ts';
import type { ScrubberMonth } from './scrubber-marks.ts';
import { timelineLayoutOptions } from './month-sizing.ts';
import { MONTH_HEADER_HEIGHT, MONTH_OVERSCAN, PADDING_END, PADDING_X } from './timeline-geometry.ts';
import type { TimelineMonth } from './use-months.ts';
import { useScrollSpace } from './use-scroll-space.ts';
import { useFirstScreenImages } from './first-screen-images.ts';
import { useViewBusy } from './use-view-busy.ts';
import { useTimelineFocus } from './use-timeline-focus.ts';
import { useTimelineJumps } from './use-timeline-jumps.ts';
import { isTouchScreen } from './touch-screen.ts';
import { useTimelinePosition } from './use-timeline-position.ts';
import { useZoomStep } from './use-zoom-step.ts';
import { formatCount } from '../time/intl-formats.ts';
import '../gallery/gallery.css';
import './timeline.css';

// The selection bar (downloads, zips, the slideshow hand-off) is needed only once something is
// selected: its own chunk, out of the first screen's script.
const CountedSelectionBar = lazy(() =>
  import('../selection/counted-selection-bar.tsx').then((module) => ({
    default: module.CountedSelectionBar,
  })),
);

interface MonthTimelineProps {
  filter: AssetFilter;
  months: readonly TimelineMonth[];
  activeAssetId: string | null;
}

/**
 * The timeline: every month of the filter as a section whose height is known before it loads
 * (from the counts), virtualized by @tanstack/react-virtual over a scroll space that reaches the
 * end of any library; a month's photos load through its own useInfiniteQuery as it nears the
 * viewport. The scrubber on the right travels it by date; the month in view is in the URL.
 */
export function MonthTimeline({ filter, months, activeAssetId }: MonthTimelineProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // On the page's first screen, tiles wait for the width: rendered after its first frame, not
  // inside its commit. Later (a filter opened) at once: the page is there already.
  const [deferFirst] = useState(() => !hasPainted());
  const { width: outerWidth, height: viewportHeight } = useElementSize(scrollRef, { deferFirst });
  // The rest of the page (the sidebar's avatars, the live feed, the scrubber) after its photos.
  useEffect(() => (deferFirst ? holdForFirstPhotos() : undefined), [deferFirst]);
  const zoom = useZoomStep(scrollRef);
  const [touch] = useState(isTouchScreen);
  const options = useMemo(
    () => timelineLayoutOptions(outerWidth, zoom.step, touch),
    [outerWidth, zoom.step, touch],
  );
  const { width } = options;
  const estimates = useMemo(
    () => months.map((m) => Math.round(estimateMonthHeight(m.count, m.aspectRatioSum, options))),
    [months, options],
  );

  const [contentHeight, setContentHeight] = useState(0);
  const space = useScrollSpace({ scrollRef, contentHeight });
  // Section-relative px down to which each month has real rows: a month that grows above the
  // viewport (the person jumped deep into its estimate) keeps what is in view still.
  const frontiers = useRef(new Map<number, number>());
  const layoutKey = `${options.width}:${options.targetRowHeight}`;
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: months.length,
    // The scroll space's view of the element: offsets and heights in content px.
    getScrollElement: space.getScrollElement,
    observeElementRect: space.observeElementRect,
    estimateSize: (index) => estimates[index] ?? MONTH_HEADER_HEIGHT,
    // A new layout is new sizes for every month: new keys drop the old measured ones.
    getItemKey: (index) => `${months[index]?.month ?? index}:${layoutKey}`,
    overscan: MONTH_OVERSCAN,
    // A scroll frame renders with React's own scheduling, not a synchronous flush per event.
    useFlushSync: false,
    paddingEnd: PADDING_END,
    observeElementOffset: space.observeElementOffset,
    scrollToFn: space.scrollToFn,
  });
  // A month that changes size wholly above the viewport moves what is in view unless the scroll
  // follows; so does one the viewport is inside, when it grows above the viewport (its real rows
  // replaced estimated space the person had scrolled past, after a jump deep into it).
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, instance) => {
    const offset = instance.scrollOffset ?? 0;
    if (item.end <= offset) return true;
    return item.start < offset && (frontiers.current.get(item.index) ?? 0) < offset - item.start;
  };
  const total = virtualizer.getTotalSize();
  useEffect(() => {
    if (total !== contentHeight) setContentHeight(total);
  }, [total, contentHeight]);

  const canvasRef = useRef<HTMLDivElement>(null);
  // The mapping of this render, for the report callback (which must stay the same function, or
  // every mounted month would re-render on each scroll frame).
  const spaceRef = useRef(space);
  useLayoutEffect(() => {
    spaceRef.current = space;
  });
  const onReport = useCallback(
    ({ index, height, frontier }: SectionReport) => {
      frontiers.current.set(index, frontier);
      const old = virtualizer.measurementsCache[index]?.size ?? height;
      // The scroll correction for a month above is written at once, before React redraws the
      // canvas: grow the canvas first, or the browser clamps the correction near the end.
      const canvas = canvasRef.current;
      const { content, box } = spaceRef.current.space;
      // (A capped box is already far taller than anything near: nothing to grow.)
      if (canvas && height > old && box >= content)
        canvas.style.height = `${virtualizer.getTotalSize() + height - old}px`;
      virtualizer.resizeItem(index, height);
    },
    [virtualizer],
  );

  const items = virtualizer.getVirtualItems();
  const viewTop = virtualizer.scrollOffset ?? 0;
  const viewBottom = viewTop + viewportHeight;
  const inView = items.filter((item) => item.start < viewBottom && item.end > viewTop);
  const viewBusy = useViewBusy(
    filter,
    inView.map((item) => months[item.index]?.month ?? ''),
  );
  const current = virtualizer.getVirtualItemForOffset(viewTop + MONTH_HEADER_HEIGHT / 2);
  // At the very end the oldest month may be too short to reach the top: it is still where you are.
  const atEnd = total > viewportHeight && viewBottom >= total - 1;
  const currentIndex = atEnd ? months.length - 1 : current?.index;
  const currentMonth = currentIndex !== undefined ? (months[currentIndex]?.month ?? null) : null;
  const ready = total > 0 && total === contentHeight && viewportHeight > 0;
  const { initialMonth } = useTimelinePosition(
    !ready ? undefined : viewTop < 1 ? null : currentMonth,
    activeAssetId === null,
  );
  const opening = months.some((m) => m.month === initialMonth) ? initialMonth : (months[0]?.month ?? null);
  useFirstScreenImages({ enabled: deferFirst, scrollRef, filter, month: opening, zoomStep: zoom.step });
  const jumps = useTimelineJumps({
    filter,
    months,
    virtualizer,
    ready,
    viewportHeight,
    initialMonth,
    activeAssetId,
  });
  const focus = useTimelineFocus(scrollRef, virtualizer, activeAssetId);

  const scrubberMonths = useMemo<ScrubberMonth[]>(() => {
    const size = Math.max(1, total);
    return months.map((m, i) => ({
      month: m.month,
      count: m.count,
      start: (virtualizer.measurementsCache[i]?.start ?? 0) / size,
    }));
    // `total` is in the deps: a new size anywhere moves the starts of every month below it.
  }, [months, total, virtualizer]);
  const position = total > viewportHeight ? viewTop / (total - viewportHeight) : 0;
  const firstIndexes = useMemo(() => {
    const firsts: number[] = [];
    let sum = 0;
    for (const m of months) {
      firsts.push(sum);
      sum += m.count;
    }
    return firsts;
  }, [months]);
  const photoCount = useMemo(() => months.reduce((sum, m) => sum + m.count, 0), [months]);
  const { selection, selecting, actions: select } = useSelection();
  const [selectedCount, setSelectedCount] = useState<number | null>(null);
  useSelectionKeys(select, selecting, activeAssetId === null);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const measured = width > 0;
  const photosShown = useAfterFirstPhotos();
  const rail = usePreloaded(scrubberModule);

  return (
    <div className="timeline">
      {/* Said once the count is known: "3 photos selected". */}
      <p className="visually-hidden" aria-live="polite">
        {selecting ? selectedAnnouncement(selectedCount) : ''}
      </p>
      {selecting ? (
        <Suspense fallback={null}>
          <CountedSelectionBar
            filter={filter}
            selection={selection}
            total={photoCount}
            onCount={setSelectedCount}
            onClear={select.clear}
          />
        </Suspense>
      ) : (
        <div className="timeline__bar">
          <p className="timeline__month" aria-live="off">
            {currentMonth ? formatGroupLabel(currentMonth) : ''}
          </p>
          <JumpToDate months={scrubberMonths} onJump={(day) => void jumps.jumpToDate(day)} />
          <div className="timeline__size" role="group" aria-label="Photo size">
            <button
              type="button"
              onClick={zoom.smaller}
              disabled={!zoom.canShrink}
              aria-label="Smaller photos"
            >
              −
            </button>
            <button type="button" onClick={zoom.bigger} disabled={!zoom.canGrow} aria-label="Bigger photos">
              +
            </button>
          </div>
        </div>
      )}
      <div
        ref={scrollRef}
        className="grid-scroll timeline__scroll"
        role="region"
        aria-label="Photos"
        onKeyDown={focus.onKeyDown}
        inert={activeAssetId !== null}
      >
        <div
          ref={canvasRef}
          className="timeline__canvas"
          style={{ height: space.boxHeight, margin: `0 ${PADDING_X}px` }}
        >
          {measured &&
            items.map((item) => {
              const month = months[item.index];
              return month ? (
                <MonthSection
                  key={month.month}
                  month={month}
                  index={item.index}
                  firstAssetIndex={firstIndexes[item.index] ?? 0}
                  filter={filter}
                  drawTop={item.start - space.drift}
                  viewTop={viewTop - item.start}
                  viewBottom={viewBottom - item.start}
                  viewBusy={viewBusy}
                  options={options}
                  devicePixelRatio={dpr}
                  tabStopId={focus.tabStopId}
                  targetId={jumps.target?.month === month.month ? jumps.target.assetId : null}
                  onReport={onReport}
                  onTargetPlaced={jumps.onTargetPlaced}
                  onOpen={focus.remember}
                  onFocusTile={focus.remember}
                  selection={selection}
                  selecting={selecting}
                  select={select}
                />
              ) : null;
            })}
        </div>
        <p className="grid-end">{photoCount === 1 ? '1 photo' : `${formatCount(photoCount)} photos`}</p>
      </div>
      {/* After the first photos, from its own chunk: the rail measures itself, a layout of its own.
          Not before the timeline has its width: an End pressed on estimates for no width landed
          years short of the end (the bench's reach row caught it). */}
      {photosShown && rail && measured ? (
        <rail.Scrubber
          months={scrubberMonths}
          position={position}
          currentMonth={currentMonth}
          onScrub={jumps.jumpToMonth}
          onJump={jumps.jumpToMonth}
          scrolling={virtualizer.isScrolling}
        />
      ) : null}
    </div>
  );
}

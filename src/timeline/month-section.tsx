import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { assetQueries } from '../api/queries.ts';
import { layoutMonth, rowsInView, type MonthLayoutOptions } from '../layout/month-layout.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { wallTimeOf, type AssetPlace, type Selection } from '../selection/selection-model.ts';
import type { SelectionActions } from '../selection/use-selection.ts';
import { formatGroupLabel } from '../time/date-labels.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { whenIdle } from '../ui/when-idle.ts';
import { ROW_OVERSCAN_VIEWPORTS } from './timeline-geometry.ts';
import { DateCheck, MonthRowView } from './month-row.tsx';
import { estimateRemainder, monthItemOf, withinReach } from './month-sizing.ts';
import type { TimelineMonth } from './use-months.ts';

export interface SectionReport {
  index: number;
  /** The section's whole height: laid-out rows plus the estimate of what is still to load. */
  height: number;
  /** Section-relative px down to which real photos are laid out. */
  frontier: number;
}

interface MonthSectionProps {
  month: TimelineMonth;
  index: number;
  /** Place of the month's first photo in the whole timeline (photos of the months above). */
  firstAssetIndex: number;
  filter: AssetFilter;
  /** Where the section is drawn inside the scroll box's canvas (content start − drift). */
  drawTop: number;
  /** The viewport, in section-relative px (may be negative: the section is below it). */
  viewTop: number;
  viewBottom: number;
  /** A month in view is still fetching: one out of reach waits (use-view-busy.ts). */
  viewBusy: boolean;
  options: MonthLayoutOptions;
  devicePixelRatio: number;
  tabStopId: string | null;
  /** An asset to load up to and report the place of (a jump to a date, the viewer's photo). */
  targetId: string | null;
  onReport: (report: SectionReport) => void;
  onTargetPlaced: (index: number, assetId: string, top: number, height: number) => void;
  onOpen: (assetId: string) => void;
  onFocusTile: (assetId: string) => void;
  selection: Selection;
  selecting: boolean;
  select: SelectionActions;
}

/**
 * One month of the timeline: its title, its photos in justified rows (small days sharing a row,
 * each with its label) as far as they are loaded, and the estimated space of the rest. Pages load
 * through the month's own useInfiniteQuery as the viewport nears the loaded frontier; only the
 * rows near the viewport are drawn.
 */
export const MonthSection = memo(function MonthSection(props: MonthSectionProps) {
  const { month, index, filter, drawTop, viewTop, viewBottom, options, targetId, onReport, onTargetPlaced } =
    props;
  // A month out of the viewport's reach (mounted as overscan: at 1M the months beside a landing
  // are ~15 screens tall each) asks for its pages once the months in view have theirs, when the
  // page is next idle. The first pages of a let-go and its two neighbours arrived together, and
  // parsing and drawing the neighbours held the landed month's thumbnails ~100 ms.
  const { viewBusy } = props;
  const estimate = options.headerHeight + estimateRemainder(month, 0, options);
  const near = targetId !== null || withinReach(viewTop, viewBottom, estimate);
  const [idle, setIdle] = useState(false);
  useEffect(() => (near || idle ? undefined : whenIdle(() => setIdle(true))), [near, idle]);
  const query = useInfiniteQuery({
    ...assetQueries.month(filter, month.month),
    enabled: near || (idle && !viewBusy),
  });
  const { data, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const queryClient = useQueryClient();
  // One Retry for whatever failed with this month (the months beside it, the sidebar).
  const retry = useCallback(() => {
    // refetchQueries skips disabled queries: a month out of reach waits (disabled) while the
    // months in view fetch, so one that failed with nothing loaded is reset instead, and fetches
    // once it is enabled. It kept its alert after Retry (failure-recovery.spec, ~1 run in 2).
    void queryClient.resetQueries({
      predicate: (q) => q.state.status === 'error' && q.state.data === undefined && q.isDisabled(),
    });
    void queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' });
    if (isFetchNextPageError) void fetchNextPage();
  }, [queryClient, isFetchNextPageError, fetchNextPage]);
  const failed = query.isError;
  const assets = useMemo(() => data?.pages.flatMap((page) => page.data) ?? [], [data]);
  const items = useMemo(() => assets.map(monthItemOf), [assets]);
  const layout = useMemo(() => layoutMonth(items, options), [items, options]);

  const loadedAll = Boolean(data) && !hasNextPage;
  const remainder = loadedAll ? 0 : estimateRemainder(month, assets.length, options);
  const laidOut = assets.length ? layout.height : options.headerHeight;
  const height = Math.round(laidOut + remainder);
  useLayoutEffect(() => {
    onReport({ index, height, frontier: laidOut });
  }, [index, height, laidOut, onReport]);

  // More photos while the viewport (or a target) is past what is laid out.
  const margin = Math.max(0, viewBottom - viewTop);
  const targetIndex = targetId ? assets.findIndex((asset) => asset.id === targetId) : -1;
  const wantMore = viewBottom + margin > laidOut || (targetId !== null && targetIndex < 0);
  const canFetch = hasNextPage && !isFetchingNextPage && !isFetchNextPageError;
  // A month wholly above the viewport (after a jump below it) loads only to replace its estimate
  // for a later scroll up: each of its pages waits for an idle moment, behind the parsing and
  // drawing of what is in view. At 1M that month is ~16 pages, which otherwise held the first
  // thumbnails of the month landed on by ~300 ms.
  const above = viewTop >= height;
  useEffect(() => {
    if (!wantMore || !canFetch) return;
    if (above && targetId === null) return viewBusy ? undefined : whenIdle(() => void fetchNextPage());
    void fetchNextPage();
    return undefined;
  }, [wantMore, canFetch, above, targetId, viewBusy, fetchNextPage]);

  useEffect(() => {
    if (targetId === null || targetIndex < 0) return;
    const row = layout.rows[layout.rowOfItem[targetIndex] ?? -1];
    if (row) onTargetPlaced(index, targetId, row.top, row.height + (row.tileTop - row.top));
  }, [targetId, targetIndex, layout, index, options, onTargetPlaced]);

  const overscan = margin * ROW_OVERSCAN_VIEWPORTS;
  const inView = rowsInView(layout, viewTop - overscan, viewBottom + overscan);
  const rows = layout.rows.slice(inView.first, inView.last + 1);
  const { selection, selecting, select } = props;
  // The photos of each day (and the month) whose photos are all loaded: their checks read them.
  const placesByDate = useMemo(() => {
    const byDate = new Map<string, AssetPlace[]>();
    assets.forEach((asset, i) => {
      const place = { id: asset.id, time: wallTimeOf(asset.local_datetime) };
      const day = items[i]?.day ?? '';
      // Pushed, not copied: a copy per photo was quadratic in a day's photos (~300 a day at 1M).
      const places = byDate.get(day);
      if (places) places.push(place);
      else byDate.set(day, [place]);
    });
    // The last loaded day may go on in the next page.
    if (!loadedAll) byDate.delete(items[items.length - 1]?.day ?? '');
    if (loadedAll) byDate.set(month.month, [...byDate.values()].flat());
    return byDate;
  }, [assets, items, loadedAll, month.month]);
  return (
    <section
      className="month-section"
      style={{ transform: `translateY(${drawTop}px)`, height }}
      aria-label={formatGroupLabel(month.month)}
      data-month={month.month}
    >
      <h2 className="month-section__title" style={{ height: options.headerHeight }}>
        <DateCheck
          date={month.month}
          className="date-check date-check--month"
          places={placesByDate.get(month.month) ?? null}
          selection={selection}
          selecting={selecting}
          select={select}
        />
        {formatGroupLabel(month.month)}
      </h2>
      {rows.map((row) => (
        <MonthRowView
          key={row.start}
          row={row}
          assets={assets}
          firstAssetIndex={props.firstAssetIndex}
          filter={filter}
          dayLabelHeight={options.dayLabelHeight}
          devicePixelRatio={props.devicePixelRatio}
          tabStopId={props.tabStopId}
          placesByDate={placesByDate}
          onOpen={props.onOpen}
          onFocusTile={props.onFocusTile}
          selection={selection}
          selecting={selecting}
          select={select}
        />
      ))}
      {failed ? (
        <div className="month-section__error" style={{ top: laidOut }}>
          <ErrorState compact error={query.error} onRetry={retry} />
        </div>
      ) : null}
      {remainder > 0 ? (
        <div
          className="month-section__pending"
          style={{ top: laidOut, height: remainder }}
          aria-hidden="true"
          data-testid="placeholder-row"
        />
      ) : null}
    </section>
  );
});

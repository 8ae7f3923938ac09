import {
  useInfiniteQuery,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import type { Page } from '../../contract/entities.ts';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { GalleryAsset } from '../api/asset-model.ts';
import { assetQueries, findListedAsset, MONTH_FIRST_PAGE_SIZE, MONTH_PAGE_SIZE } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { groupKeyOf } from '../time/date-labels.ts';
import { useMonths, type TimelineMonth } from '../timeline/use-months.ts';
import { usePreloadPreviews, type ViewerNavigation } from './viewer-navigation.ts';

/** Fetch the month's next page when the viewer is this close to the end of what is loaded. */
const PREFETCH_WITHIN = 5;
const NO_MONTH = '0000-00';

function useMonthQuery(filter: AssetFilter, month: string | null, enabled: boolean) {
  const query = useInfiniteQuery({
    ...assetQueries.month(filter, month ?? NO_MONTH),
    enabled: enabled && month !== null,
  });
  const assets = useMemo(() => query.data?.pages.flatMap((page) => page.data) ?? [], [query.data]);
  return { query, assets };
}

const flat = (data: InfiniteData<Page<GalleryAsset>>) => data.pages.flatMap((page) => page.data);

/** The first page of a month (cached, or asked for), for its first photo. */
async function monthStart(queryClient: QueryClient, filter: AssetFilter, month: string) {
  return flat(await queryClient.fetchInfiniteQuery(assetQueries.month(filter, month)));
}

/** Every page of a month, for its last photo (the neighbour of the next month's first). */
async function wholeMonth(queryClient: QueryClient, filter: AssetFilter, month: TimelineMonth) {
  const options = assetQueries.month(filter, month.month);
  const cached = queryClient.getQueryData(options.queryKey);
  const last = cached?.pages.at(-1);
  if (cached && last && !last.has_more) return flat(cached);
  // Pages stop early where the cursor says there are no more.
  const pages = Math.ceil(Math.max(0, month.count - MONTH_FIRST_PAGE_SIZE) / MONTH_PAGE_SIZE) + 2;
  return flat(await queryClient.fetchInfiniteQuery({ ...options, pages, staleTime: 0 }));
}

/**
 * Previous and next of the open photo through the timeline's months (the same month queries the
 * timeline sections use): → past a month's last photo opens the next (older) month's first, ←
 * before its first the previous month's last; its place counts every photo of the months above.
 */
export function useMonthNavigation(
  assetId: string,
  filter: AssetFilter,
  go: (id: string) => void,
  enabled: boolean,
): ViewerNavigation {
  const queryClient = useQueryClient();
  const { months } = useMonths(filter, enabled);
  const detail = useQuery({ ...assetQueries.detail(assetId), enabled });
  const asset = findListedAsset(queryClient, assetId) ?? detail.data;
  const month = asset ? groupKeyOf(asset.local_datetime, 'month') : null;
  const monthIndex = month ? months.findIndex((m) => m.month === month) : -1;
  const newerMonth = months[monthIndex - 1];
  const newer = newerMonth?.month ?? null;
  const older = months[monthIndex + 1]?.month ?? null;

  const here = useMonthQuery(filter, month, enabled);
  const index = here.assets.findIndex((a) => a.id === assetId);
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = here.query;
  const atLoadedEnd = index >= 0 && index === here.assets.length - 1;
  // The neighbour months only once the photo is at an edge of its own.
  const above = useMonthQuery(filter, newer, enabled && index === 0);
  const below = useMonthQuery(filter, older, enabled && atLoadedEnd && !hasNextPage);

  useEffect(() => {
    const near = index >= 0 && index >= here.assets.length - PREFETCH_WITHIN;
    if (enabled && near && hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [
    enabled,
    index,
    here.assets.length,
    hasNextPage,
    isFetchingNextPage,
    isFetchNextPageError,
    fetchNextPage,
  ]);

  const previous =
    index > 0
      ? here.assets[index - 1]
      : index === 0 && !above.query.hasNextPage
        ? above.assets.at(-1)
        : undefined;
  const next =
    index >= 0 ? (here.assets[index + 1] ?? (hasNextPage ? undefined : below.assets[0])) : undefined;
  usePreloadPreviews(enabled ? previous : undefined, enabled ? next : undefined);

  // The photo asked for, updated the moment it is asked: held keys step from there.
  const current = useRef(assetId);
  useEffect(() => {
    current.current = assetId;
  }, [assetId]);
  const step = useCallback(
    (target: GalleryAsset | undefined, from: string) => {
      if (!target || current.current !== from) return;
      current.current = target.id;
      go(target.id);
    },
    [go],
  );

  // Where a photo is among the loaded months around the open one: keys pressed faster than
  // renders step from the photo asked for, which may be ahead of the rendered one (even a month
  // ahead), so this reads the cache, not the render.
  const locate = (id: string) => {
    for (let mi = Math.max(0, monthIndex - 1); mi <= monthIndex + 1 && mi < months.length; mi++) {
      const m = months[mi];
      const data = m ? queryClient.getQueryData(assetQueries.month(filter, m.month).queryKey) : undefined;
      if (!data) continue;
      const list = flat(data);
      const at = list.findIndex((a) => a.id === id);
      if (at >= 0) return { mi, list, at, complete: !data.pages.at(-1)?.has_more };
    }
    return null;
  };

  // Steps run one after another: a press while the previous one waits for a month to load
  // steps from where that one lands.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const serially = (run: () => Promise<void> | void) => {
    queue.current = queue.current.then(run, run);
    return queue.current;
  };

  const stepNext = async () => {
    const from = current.current;
    const where = locate(from);
    if (!where) return;
    const ahead = where.list[where.at + 1];
    if (ahead) return step(ahead, from);
    if (!where.complete) {
      if (where.mi !== monthIndex) return; // the render will catch up and fetch it
      const result = await fetchNextPage();
      const pages = result.data ? flat(result.data) : [];
      return step(pages[pages.findIndex((a) => a.id === from) + 1], from);
    }
    const following = months[where.mi + 1];
    if (following) step((await monthStart(queryClient, filter, following.month))[0], from);
  };

  const stepPrevious = async () => {
    const from = current.current;
    const where = locate(from);
    if (!where) return;
    const behind = where.list[where.at - 1];
    if (behind) return step(behind, from);
    const preceding = where.at === 0 ? months[where.mi - 1] : undefined;
    if (preceding) step((await wholeMonth(queryClient, filter, preceding)).at(-1), from);
  };
  const goNext = () => serially(stepNext);
  const goPrevious = () => void serially(stepPrevious);

  const before = months.slice(0, Math.max(0, monthIndex)).reduce((sum, m) => sum + m.count, 0);
  const total = months.reduce((sum, m) => sum + m.count, 0);
  return {
    position: monthIndex >= 0 && index >= 0 ? before + index + 1 : null,
    total,
    totalIsExact: true,
    hasPrevious: Boolean(previous) || (index === 0 && newer !== null),
    hasNext: Boolean(next) || (index >= 0 && (hasNextPage || (atLoadedEnd && older !== null))),
    goPrevious,
    goNext,
  };
}

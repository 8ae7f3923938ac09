import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { assetQueries } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { monthOfBucket } from '../time/month-window.ts';

/** One month of the timeline, as the server counted it. */
export interface TimelineMonth {
  /** Wall-clock `YYYY-MM`. */
  month: string;
  count: number;
  /** Sum of width/height of its assets, when the server gives it: sizes the month exactly. */
  aspectRatioSum: number | null;
}

/**
 * Every month of the filter, newest first, from the counts (a 20-year library is two pages,
 * fetched back to back): the timeline's skeleton, known before any photo loads.
 */
export function useMonths(filter: AssetFilter, enabled: boolean) {
  const query = useInfiniteQuery({ ...assetQueries.months(filter), enabled });
  const { data, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);
  const months = useMemo<TimelineMonth[]>(() => {
    const list: TimelineMonth[] = [];
    for (const page of data?.pages ?? [])
      for (const bucket of page.data) {
        const month = monthOfBucket(bucket.time_bucket);
        if (month && bucket.count > 0)
          list.push({ month, count: bucket.count, aspectRatioSum: bucket.aspect_ratio_sum ?? null });
      }
    return list;
  }, [data]);
  return { query, months, complete: Boolean(data) && !hasNextPage };
}

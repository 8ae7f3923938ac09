import { hashKey, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { Page } from '../../contract/entities.ts';
import type { MonthCount } from '../api/asset-model.ts';
import { assetQueries } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { monthOfBucket } from '../time/month-window.ts';
import { AT_PARAM } from './use-timeline-position.ts';

/**
 * Ask for the newest month's first page the moment the filter's month counts arrive, not when
 * its section mounts: between the two React renders the new timeline (~40 ms on the demo after a
 * sidebar album was clicked), and only then did the page's request start. The cache's listeners
 * run as the data is set, before any render. A page opened on another month (`?at=`) is left to
 * the timeline, which knows where that lands.
 */
export function useWarmOpeningMonth(filter: AssetFilter, enabled: boolean): void {
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const opensAtTop = !params.has(AT_PARAM);
  useEffect(() => {
    if (!enabled || !opensAtTop) return undefined;
    const monthsKey = hashKey(assetQueries.months(filter).queryKey);
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      if (event.query.queryHash !== monthsKey) return;
      const data = event.query.state.data as InfiniteData<Page<MonthCount>> | undefined;
      const bucket = data?.pages[0]?.data.find((b) => b.count > 0);
      const month = bucket ? monthOfBucket(bucket.time_bucket) : null;
      if (month) void queryClient.prefetchInfiniteQuery(assetQueries.month(filter, month));
    });
  }, [queryClient, filter, enabled, opensAtTop]);
}

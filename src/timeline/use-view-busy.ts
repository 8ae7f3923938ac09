import { hashKey, useIsFetching } from '@tanstack/react-query';
import { useMemo } from 'react';
import { assetQueries } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';

/**
 * Whether a month in view is still fetching its photos. The months mounted beside it wait for
 * them (month-section.tsx): after a let-go of the scrubber the three first pages arrived together,
 * and parsing and drawing the two neighbours held the landed month's thumbnails.
 */
export function useViewBusy(filter: AssetFilter, monthsInView: readonly string[]): boolean {
  const joined = monthsInView.join(',');
  const hashes = useMemo(
    () => new Set(joined.split(',').map((month) => hashKey(assetQueries.month(filter, month).queryKey))),
    [filter, joined],
  );
  return useIsFetching({ predicate: (query) => hashes.has(query.queryHash) }) > 0;
}

import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AssetFilter } from './asset-filter.ts';
import { filterSearch, readFilter } from './filter-params.ts';

/** The current filter, read from the URL (its single source). */
export function useFilter(): AssetFilter {
  const [params] = useSearchParams();
  // Keyed on the filter's own text, so equal filters give the same object and memoised children
  // stay put, also while other parameters (the map's place, the timeline's ?at=) change.
  const search = filterSearch(readFilter(params));
  return useMemo(() => readFilter(new URLSearchParams(search)), [search]);
}

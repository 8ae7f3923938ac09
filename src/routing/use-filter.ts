import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AssetFilter } from './asset-filter.ts';
import { readFilter } from './filter-params.ts';

/** The current filter, read from the URL (its single source). */
export function useFilter(): AssetFilter {
  const [params] = useSearchParams();
  const search = params.toString();
  // Keyed on the text so equal URLs give the same object and memoised children stay put.
  return useMemo(() => readFilter(new URLSearchParams(search)), [search]);
}

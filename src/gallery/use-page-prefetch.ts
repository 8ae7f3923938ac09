import { useEffect } from 'react';

/** Ask for the next page when the last mounted row is this many screens from the loaded end. */
const PREFETCH_SCREENS = 2;

interface PagePrefetch {
  /** Index of the last row the virtualizer mounted (-1 for none). */
  lastMountedRow: number;
  /** Index of the row showing the last loaded photo. */
  lastLoadedRow: number;
  viewportHeight: number;
  rowHeight: number;
  hasNextPage: boolean;
  canFetchMore: boolean;
  fetchNextPage: () => void;
  measured: boolean;
}

/** Fetch the next page while the person is still two screens away from the loaded end. */
export function usePagePrefetch({
  lastMountedRow,
  lastLoadedRow,
  viewportHeight,
  rowHeight,
  hasNextPage,
  canFetchMore,
  fetchNextPage,
  measured,
}: PagePrefetch): void {
  const screenRows = Math.ceil(viewportHeight / Math.max(1, rowHeight));
  const nearEnd = lastMountedRow >= lastLoadedRow - PREFETCH_SCREENS * screenRows;
  useEffect(() => {
    if (nearEnd && hasNextPage && canFetchMore && measured) fetchNextPage();
  }, [nearEnd, hasNextPage, canFetchMore, fetchNextPage, measured]);
}

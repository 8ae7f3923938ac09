import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Asset } from '../../contract/entities.ts';
import { assetImageUrl } from '../api/image-url.ts';
import { serverQueries } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { useListNavigation } from './use-list-navigation.ts';
import { useMonthNavigation } from './use-month-navigation.ts';

/** Where the open photo is in the list the person came from, and the steps to its neighbours. */
export interface ViewerNavigation {
  /** 1-based place of the photo in the whole list; null while it is not known. */
  position: number | null;
  /** Photos in the list: all of them when `totalIsExact`, else those loaded so far. */
  total: number;
  totalIsExact: boolean;
  hasPrevious: boolean;
  hasNext: boolean;
  goPrevious: () => void;
  goNext: () => Promise<void>;
}

/** Warm the neighbours' previews so a step shows its photo at once. */
export function usePreloadPreviews(previous: Asset | undefined, next: Asset | undefined) {
  useEffect(() => {
    for (const neighbour of [previous, next]) {
      if (!neighbour) continue;
      const image = new Image();
      image.decoding = 'async';
      image.src = assetImageUrl(neighbour, 'preview');
    }
  }, [previous, next]);
}

/**
 * The viewer's ←/→ over the same lists the timeline shows: month by month where the server has
 * counts (crossing into the neighbour month as needed), the one cursor-paged list where not.
 */
export function useViewerNavigation(assetId: string, filter: AssetFilter, go: (id: string) => void) {
  const capabilities = useQuery(serverQueries.capabilities()).data;
  const counted = capabilities?.monthCounts === true;
  const byMonth = useMonthNavigation(assetId, filter, go, counted);
  // Not before the probe has answered: a deep link would otherwise load a list it never shows.
  const byList = useListNavigation(assetId, filter, go, capabilities?.monthCounts === false);
  return counted ? byMonth : byList;
}

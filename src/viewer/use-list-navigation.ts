import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Asset } from '../../contract/entities.ts';
import { assetQueries } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { usePreloadPreviews, type ViewerNavigation } from './viewer-navigation.ts';

/** Fetch the next page when the viewer is this close to the end of what is loaded. */
const PREFETCH_WITHIN = 5;

/**
 * Previous and next of the open asset in the grid's own list (the same infinite query, so the
 * grid and the viewer share pages), fetching the next page before → runs out and preloading the
 * neighbours' previews so stepping through feels instant. For servers without month counts.
 */
export function useListNavigation(
  assetId: string,
  filter: AssetFilter,
  go: (id: string) => void,
  enabled: boolean,
): ViewerNavigation {
  const list = useInfiniteQuery({ ...assetQueries.list(filter), enabled });
  const { data, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = list;
  const assets = useMemo(() => data?.pages.flatMap((page) => page.data) ?? [], [data]);
  const index = assets.findIndex((asset) => asset.id === assetId);
  const previous: Asset | undefined = index > 0 ? assets[index - 1] : undefined;
  const next: Asset | undefined = index >= 0 ? assets[index + 1] : undefined;
  const atLoadedEnd = index >= 0 && index === assets.length - 1;
  const canFetch = hasNextPage && !isFetchingNextPage && !isFetchNextPageError;

  useEffect(() => {
    if (enabled && index >= 0 && index >= assets.length - PREFETCH_WITHIN && canFetch) void fetchNextPage();
  }, [enabled, index, assets.length, canFetch, fetchNextPage]);

  usePreloadPreviews(enabled ? previous : undefined, enabled ? next : undefined);

  // The asset the person has asked for, updated the moment they ask: keys pressed faster than
  // React renders (a held arrow key) step from there, not from the last rendered asset, and a
  // page that arrives after they moved on doesn't pull them back.
  const current = useRef(assetId);
  const loaded = useRef(assets);
  useEffect(() => {
    current.current = assetId;
  }, [assetId]);
  useEffect(() => {
    loaded.current = assets;
  }, [assets]);

  const step = useCallback(
    (list: Asset[], delta: 1 | -1): boolean => {
      const at = list.findIndex((asset) => asset.id === current.current);
      const target = at >= 0 ? list[at + delta] : undefined;
      if (!target) return false;
      current.current = target.id;
      go(target.id);
      return true;
    },
    [go],
  );

  const goNext = useCallback(async () => {
    if (step(loaded.current, 1) || !hasNextPage) return;
    const from = current.current;
    const result = await fetchNextPage();
    const pages = result.data?.pages.flatMap((page) => page.data) ?? [];
    if (current.current === from) step(pages, 1);
  }, [step, hasNextPage, fetchNextPage]);

  const goPrevious = useCallback(() => {
    step(loaded.current, -1);
  }, [step]);

  return {
    position: index >= 0 ? index + 1 : null,
    total: assets.length,
    totalIsExact: !hasNextPage,
    hasPrevious: Boolean(previous),
    hasNext: Boolean(next) || (atLoadedEnd && hasNextPage),
    goPrevious,
    goNext,
  };
}

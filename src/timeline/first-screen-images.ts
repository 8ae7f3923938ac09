/**
 * The first screen's thumbnails, asked for in the timeline's first commit rather than when its
 * tiles mount. On the page's first screen the tiles render after the first paint
 * (month-timeline.tsx: the first commit's task stays short), which put the thumbnails' requests
 * ~70–100 ms after that commit on the demo. By the commit the opening month's first page is in the query
 * cache (app/first-screen.ts) and the scroll area has its width, so the tiles' own URLs (the same
 * layout, tile-image.ts) can be asked at once; the tiles then find them in the browser's memory
 * cache. Only what the first viewport holds: the rows below wait for their tiles.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, type RefObject } from 'react';
import type { GalleryAsset } from '../api/asset-model.ts';
import { assetQueries } from '../api/queries.ts';
import { layoutMonth, rowsInView, type MonthLayoutOptions } from '../layout/month-layout.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { whenFirstPhotosShown } from '../ui/first-photos.ts';
import { monthItemOf, timelineLayoutOptions } from './month-sizing.ts';
import { tileImageUrl } from './tile-image.ts';
import { isTouchScreen } from './touch-screen.ts';

/** The `src` of each tile in the month's rows from its top down to `viewportHeight`, in order. Pure. */
export function imageUrlsInView(
  assets: readonly GalleryAsset[],
  options: MonthLayoutOptions,
  viewportHeight: number,
  devicePixelRatio: number,
): string[] {
  if (assets.length === 0 || options.width <= 0) return [];
  const layout = layoutMonth(assets.map(monthItemOf), options);
  const { first, last } = rowsInView(layout, 0, viewportHeight);
  const urls: string[] = [];
  for (let r = first; r <= last; r++) {
    const row = layout.rows[r]!;
    for (let i = 0; i < row.count; i++) {
      const asset = assets[row.start + i];
      if (asset) urls.push(tileImageUrl(asset, row.widths[i] ?? row.height, row.height, devicePixelRatio));
    }
  }
  return urls;
}

/**
 * On the first screen (`enabled`), ask for the opening month's visible thumbnails in the first
 * commit. The images are held until the first photos are shown, so the requests live on.
 */
export function useFirstScreenImages(options: {
  enabled: boolean;
  scrollRef: RefObject<HTMLElement | null>;
  filter: AssetFilter;
  month: string | null;
  zoomStep: number;
}): void {
  const queryClient = useQueryClient();
  const { enabled, scrollRef, filter, month, zoomStep } = options;
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!enabled || !month || !element) return undefined;
    const data = queryClient.getQueryData(assetQueries.month(filter, month).queryKey);
    const assets = data?.pages[0]?.data ?? [];
    const layout = timelineLayoutOptions(element.clientWidth, zoomStep, isTouchScreen());
    const urls = imageUrlsInView(assets, layout, element.clientHeight, window.devicePixelRatio || 1);
    const held = urls.map((url) => {
      const image = new Image();
      // They are the page's first photos: ahead of the sidebar's and the later rows' images.
      image.fetchPriority = 'high';
      image.src = url;
      return image;
    });
    return whenFirstPhotosShown(() => held.splice(0));
    // The first commit only: later ones have their tiles.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

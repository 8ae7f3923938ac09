/**
 * The clusters for what is on screen: asked for a while after the view stops moving (not on
 * every frame of a drag), over the view's area snapped to whole cells, with the cell size of the
 * zoom. The previous answer stays on screen while the next loads: clusters are placed by longitude
 * and latitude, so they stay right in any view.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { assetQueries } from '../api/queries.ts';
import { areaText } from '../routing/area.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { cellSizeFor, snapArea, viewArea, type MapView, type Size } from './map-view.ts';

/** How long the view must rest before its clusters are asked for. */
export const CLUSTER_DEBOUNCE_MS = 150;

export interface ClusterRequest {
  bbox: string;
  cellSize: number;
}

export function clusterRequestFor(view: MapView, size: Size): ClusterRequest {
  const cellSize = cellSizeFor(view.zoom);
  return { bbox: areaText(snapArea(viewArea(view, size), cellSize)), cellSize };
}

export function useClusters(filter: AssetFilter, view: MapView, size: Size) {
  const ready = size.width > 0 && size.height > 0;
  const now = ready ? clusterRequestFor(view, size) : null;
  const [request, setRequest] = useState<ClusterRequest | null>(null);
  const key = now ? `${now.bbox}|${now.cellSize}` : '';
  useEffect(() => {
    if (!key) return undefined;
    const [bbox = '', cell = ''] = key.split('|');
    const timer = setTimeout(
      () => setRequest({ bbox, cellSize: Number(cell) }),
      request ? CLUSTER_DEBOUNCE_MS : 0,
    );
    return () => clearTimeout(timer);
    // Only the request's text matters: a new object for the same cells is no new request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const query = useQuery({
    ...assetQueries.geoClusters(filter, request?.bbox ?? '', request?.cellSize ?? 1),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
  return query;
}

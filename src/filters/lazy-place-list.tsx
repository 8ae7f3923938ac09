import { preloadable, usePreloaded } from '../app/preloadable.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { useAfterFirstPhotos } from '../ui/first-photos.ts';

/**
 * The sidebar's places in their own chunk, fetched after the timeline's first photos: neither
 * their code nor their request (the HTML does not preload it) is needed for the first screen.
 */
const placeListModule = preloadable(() => import('./place-list.tsx'));

interface LazyPlaceListProps {
  filter: AssetFilter;
  onNavigate?: () => void;
}

export function LazyPlaceList(props: LazyPlaceListProps) {
  return useAfterFirstPhotos() ? <LoadedPlaceList {...props} /> : null;
}

function LoadedPlaceList(props: LazyPlaceListProps) {
  const module = usePreloaded(placeListModule);
  return module ? <module.PlaceList {...props} /> : null;
}

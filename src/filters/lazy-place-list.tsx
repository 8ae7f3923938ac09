import { useEffect, useState } from 'react';
import { preloadable } from '../app/preloadable.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { useAfterFirstPhotos } from '../ui/first-photos.ts';

/**
 * The sidebar's places in their own chunk, fetched after the timeline's first photos: neither
 * their code nor their request (the HTML does not preload it) is needed for the first screen.
 * A chunk that fails to arrive (the server went away meanwhile) leaves the section out and is
 * asked again a little later; it never takes the page down with it.
 */
const placeListModule = preloadable(() => import('./place-list.tsx'));
const RETRY_MS = 5000;

interface LazyPlaceListProps {
  filter: AssetFilter;
  onNavigate?: () => void;
}

export function LazyPlaceList(props: LazyPlaceListProps) {
  return useAfterFirstPhotos() ? <LoadedPlaceList {...props} /> : null;
}

function LoadedPlaceList(props: LazyPlaceListProps) {
  const [module, setModule] = useState(placeListModule.loaded);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (module) return undefined;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    placeListModule.preload().then(
      (loaded) => live && setModule(() => loaded),
      () => {
        if (live) retry = setTimeout(() => setAttempt((n) => n + 1), RETRY_MS);
      },
    );
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [module, attempt]);
  return module ? <module.PlaceList {...props} /> : null;
}

/**
 * Warm a photo's viewer before the click: when the pointer comes over a tile or the keyboard
 * focuses one, fetch the viewer's chunk, the asset's details and its preview image, so the click
 * that follows (about 100–300 ms later for a pointer) finds them cached. A press or a click that
 * came with no hover first (a touch, a click the page sends itself) starts them too, in the
 * capture phase: before the router's navigation and the viewer's render, not ~80 ms after.
 * A filter in the sidebar pointed at is warmed the same way: its months and its first month.
 */
import type { QueryClient } from '@tanstack/react-query';
import { assetQueries, findListedAsset } from '../api/queries.ts';
import { assetImageUrl } from '../api/image-url.ts';
import { primeFirstScreen } from '../app/first-screen.ts';
import { preloadViewer } from '../app/lazy-viewer.tsx';

/** Warmed ids kept at most: enough for a screenful pointed at, bounded for a long session. */
const REMEMBERED = 500;

/**
 * Listen on `root` for pointer and focus arriving on any `[data-asset-id]` tile (one delegated
 * listener, so tiles mount and unmount freely); returns the unsubscribe.
 */
export function warmOnIntent(root: Document | HTMLElement, queryClient: QueryClient): () => void {
  const warmed = new Set<string>();
  const kept: HTMLImageElement[] = [];
  const primed = new Set<string>();
  const warm = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    // A filter in the sidebar: its months and its first month's photos, as a page load would ask.
    const filterLink = target?.closest<HTMLAnchorElement>('#sidebar a[href]');
    if (filterLink && !primed.has(filterLink.href)) {
      if (primed.size >= REMEMBERED) primed.clear();
      primed.add(filterLink.href);
      void primeFirstScreen(queryClient, new URL(filterLink.href));
    }
    const id = target?.closest<HTMLElement>('[data-asset-id]')?.dataset.assetId;
    if (!id || warmed.has(id)) return;
    if (warmed.size >= REMEMBERED) warmed.clear();
    warmed.add(id);
    preloadViewer();
    void queryClient.prefetchQuery(assetQueries.detail(id));
    const listed = findListedAsset(queryClient, id);
    if (!listed) return;
    const image = new Image();
    image.decoding = 'async';
    image.src = assetImageUrl(listed, 'preview');
    // Held until loaded: an image dropped early may be cancelled before it reaches the cache.
    kept.push(image);
    const release = () => kept.splice(kept.indexOf(image), 1);
    image.addEventListener('load', release, { once: true });
    image.addEventListener('error', release, { once: true });
  };
  const events = ['pointerover', 'pointerdown', 'focusin', 'click'] as const;
  for (const type of events) root.addEventListener(type, warm, { passive: true, capture: true });
  return () => {
    for (const type of events) root.removeEventListener(type, warm, { capture: true });
  };
}

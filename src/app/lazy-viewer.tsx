import { preloadable } from './preloadable.ts';

/**
 * The viewer (and its EXIF formatting, face overlay and styles) in its own chunk: the grid is
 * what every visit paints first. The chunk is fetched when the page is first idle after the grid
 * mounts, so it never competes with the first thumbnails, and opening a photo does not wait for
 * it (nor, once it is in, suspend: see preloadable.ts); pointing at a tile fetches it at once if
 * that comes sooner.
 */
export const viewerModule = preloadable(() => import('../viewer/asset-viewer.tsx'));

/** Fetch the viewer's chunk now (repeat calls share the one import; a failure shows when opened). */
export function preloadViewer(): void {
  viewerModule.preload().catch(() => undefined);
}

/** Longest wait for an idle moment before fetching anyway (a page that is never idle). */
const IDLE_TIMEOUT_MS = 1500;

/**
 * Run `task` when the main thread is next idle, or after {@link IDLE_TIMEOUT_MS}; returns a
 * cancel. Safari has no requestIdleCallback: a timeout stands in for it.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}

/** For an effect after the first render: the viewer's chunk when idle. */
export function preloadViewerWhenIdle(): () => void {
  return whenIdle(preloadViewer);
}

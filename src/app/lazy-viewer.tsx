import { whenIdle } from '../ui/when-idle.ts';
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

/** For an effect after the first render: the viewer's chunk when idle. */
export function preloadViewerWhenIdle(): () => void {
  return whenIdle(preloadViewer);
}

/**
 * The map page in its own chunks (its code, then the world's outlines): nobody pays for them on
 * the first screen. The code (~15 KB gzip) is fetched when the page is idle, after the viewer's;
 * the outlines (~38 KB gzip) when someone points at or focuses a link to the map. The click then
 * finds both in memory and the map shows without a loading step (see preloadable.ts).
 */
import { preloadable } from './preloadable.ts';
import { whenIdle } from '../ui/when-idle.ts';

export const mapPage = preloadable(() => import('../map/map-page.tsx'));

/** Fetch the map's code now. */
export function preloadMap(): void {
  mapPage.preload().catch(() => undefined);
}

/** Fetch the map's code and its outlines now: someone is about to open it. */
export function preloadMapAndWorld(): void {
  mapPage
    .preload()
    .then((module) => module.preloadWorld())
    .catch(() => undefined);
}

/** For an effect after the first render: the map's code when the page is next idle. */
export function preloadMapWhenIdle(): () => void {
  return whenIdle(preloadMap);
}

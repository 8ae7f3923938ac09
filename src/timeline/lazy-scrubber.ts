import { preloadable } from '../app/preloadable.ts';

/**
 * The scrubber in its own chunk: it is drawn after the first screenful's photos (month-timeline),
 * so its code need not be in the first script either. Fetched as the timeline mounts.
 */
export const scrubberModule = preloadable(() => import('./scrubber.tsx'));

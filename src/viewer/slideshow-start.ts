/**
 * How a slideshow is asked for, kept apart from the slideshow itself (its own lazy chunk) so the
 * viewer's toolbar, the timeline's bar and the selection bar can start one without loading it.
 * A slideshow opens in the viewer on its first photo: `?slideshow=1` in the URL (a link can say
 * it), or route state that may also carry the selected photos' ids to walk instead of the filter.
 */
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';

export const SLIDESHOW_PARAM = 'slideshow';

export interface SlideshowRequest {
  /** The photos to show in order (a selection); absent: every photo of the current filter. */
  assetIds?: readonly string[];
}

interface SlideshowState {
  slideshow?: SlideshowRequest;
  fromGrid?: boolean;
}

function stateOf(state: unknown): SlideshowState {
  return typeof state === 'object' && state !== null ? state : {};
}

/** The slideshow a location asks for, or null. Ids that are not strings are ignored. */
export function readSlideshowRequest(search: string, state: unknown): SlideshowRequest | null {
  const requested = stateOf(state).slideshow;
  if (requested && typeof requested === 'object') {
    const ids = Array.isArray(requested.assetIds)
      ? requested.assetIds.filter((id): id is string => typeof id === 'string' && id !== '')
      : undefined;
    return ids && ids.length > 0 ? { assetIds: ids } : {};
  }
  return new URLSearchParams(search).get(SLIDESHOW_PARAM) === '1' ? {} : null;
}

/** The route state without the slideshow request (what stays once the slideshow ends). */
export function withoutSlideshow(state: unknown): unknown {
  if (typeof state !== 'object' || state === null || !('slideshow' in state)) return state;
  const { slideshow: _ended, ...rest } = state as SlideshowState;
  return rest;
}

/**
 * Where to navigate to start a slideshow on `startAssetId`: over `assetIds` when given (the
 * selection, in order; the start should be one of them), else over the filter's photos.
 * Pass `fromGrid` when starting from the grid, so ending and closing returns there with Back.
 */
export function slideshowLocation(
  startAssetId: string,
  filter: AssetFilter,
  options: { assetIds?: readonly string[]; fromGrid?: boolean } = {},
): { to: string; state: SlideshowState } {
  const slideshow: SlideshowRequest = options.assetIds?.length ? { assetIds: [...options.assetIds] } : {};
  return {
    to: paths.asset(startAssetId, filter),
    state: { slideshow, ...(options.fromGrid ? { fromGrid: true } : {}) },
  };
}

/** The slideshow's intervals a person can choose, in seconds. */
export const SLIDESHOW_INTERVALS_S = [3, 5, 10] as const;
export type SlideshowInterval = (typeof SLIDESHOW_INTERVALS_S)[number];

/**
 * The id `delta` steps from `currentId` in a slideshow's own list; null past either end, and
 * the list's first when the current photo is not in it (the viewer was on another photo).
 */
export function stepInList(ids: readonly string[], currentId: string, delta: 1 | -1): string | null {
  const at = ids.indexOf(currentId);
  if (at < 0) return ids[0] ?? null;
  return ids[at + delta] ?? null;
}

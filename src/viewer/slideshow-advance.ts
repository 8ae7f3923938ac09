/**
 * When a slideshow moves on from the current asset, kept pure so it can be tested without a
 * browser. A photo waits for its preview to load and then shows for the interval; a video plays
 * through and moves on when it ends, shows its still for the interval when it cannot play, and
 * is skipped when its playable copy is still being made after a while.
 */

/** How far the current asset has got. */
export type SlideProgress =
  /** A photo's preview (or a playable video) still loading: the interval has not started. */
  | 'loading'
  /** A photo loaded, or a video that cannot play showing its still. */
  | 'shown'
  /** A video playing: it moves on when it ends. */
  | 'playing'
  /** A video that played to its end. */
  | 'ended'
  /** A video whose playable copy the server is still making (or being asked about). */
  | 'preparing';

/** How long a slideshow waits for a video's playable copy before skipping it. */
export const VIDEO_PREPARE_LIMIT_MS = 20_000;

/** Milliseconds until the slideshow advances, or null to wait for the asset's next event. */
export function advanceDelayMs(progress: SlideProgress, intervalS: number): number | null {
  switch (progress) {
    case 'loading':
    case 'playing':
      return null;
    case 'shown':
      return intervalS * 1000;
    case 'ended':
      return 0;
    case 'preparing':
      return VIDEO_PREPARE_LIMIT_MS;
  }
}

/**
 * What a key does to a focused video (pure, so the table test needs no DOM): ←/→ seek, K plays
 * or pauses. Space is the browser's: a focused `<video controls>` already plays and pauses on
 * it, and acting on it too would undo that in the same press. Anything else is left to the
 * viewer (←/→ step between assets when the video doesn't have focus).
 */

export type VideoKeyAction = { kind: 'toggle' } | { kind: 'seek'; to: number } | null;

/** Seconds one arrow press moves: 5 s, or a tenth of a short clip (at least a quarter second). */
export function seekStep(duration: number): number {
  if (!Number.isFinite(duration) || duration <= 0) return 5;
  return Math.min(5, Math.max(0.25, duration / 10));
}

/** The action of `key` on a video at `currentTime` of `duration` seconds (NaN while unknown). */
export function videoKeyAction(key: string, currentTime: number, duration: number): VideoKeyAction {
  if (key === 'k') return { kind: 'toggle' };
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return null;
  const step = seekStep(duration);
  const end = Number.isFinite(duration) && duration > 0 ? duration : Infinity;
  const target = key === 'ArrowLeft' ? currentTime - step : currentTime + step;
  return { kind: 'seek', to: Math.min(Math.max(0, target), end) };
}

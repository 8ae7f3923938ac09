import { useEffect, useState } from 'react';

/**
 * On the page's first load, the first photos come before the rest of the page. Traced on the demo
 * (2026-12-03): the sidebar's eight face avatars took the browser's six connections to the server
 * ~70 ms before the timeline asked for its thumbnails, the live feed then held one of the six for
 * good, and the first thumbnail, in at 560 ms, waited until 691 ms for a main thread busy with the
 * rest of the page. What is not the photos waits here until a timeline photo has loaded (or
 * failed), then for one more frame so that photo is painted first.
 *
 * Only a timeline on its first screen holds the wait (`holdForFirstPhotos`); with none (another
 * page, an empty library, an error), the wait ends with the first paint. Never longer than
 * {@link HOLD_LIMIT_MS}: a slow image server must not leave the sidebar blank.
 */
export const HOLD_LIMIT_MS = 1500;

let shown = false;
let holds = 0;
let painted = false;
let scheduled = false;
let watchingPaint = false;
const waiting = new Set<() => void>();

/** The next frame has been produced, then a task: what wakes now runs after that paint. */
function afterNextFrame(run: () => void): void {
  if (typeof requestAnimationFrame !== 'function') setTimeout(run, 0);
  else requestAnimationFrame(() => setTimeout(run, 0));
}

function open(): void {
  if (shown || scheduled) return;
  scheduled = true;
  afterNextFrame(() => {
    shown = true;
    for (const wake of [...waiting]) wake();
    waiting.clear();
  });
}

function settle(): void {
  if (painted && holds === 0) open();
}

/** From a first effect on: the frame after it is the first commit on screen. */
function watchFirstPaint(): void {
  if (watchingPaint) return;
  watchingPaint = true;
  afterNextFrame(() => {
    painted = true;
    settle();
  });
}

/** Whether the page has painted once already (a component mounting later need not wait for it). */
export function hasPainted(): boolean {
  return painted;
}

/**
 * From an effect of a timeline about to show the first photos: the rest waits until
 * `firstPhotoShown` (or the returned release, or the limit). Nothing to hold once it is over.
 */
export function holdForFirstPhotos(): () => void {
  watchFirstPaint();
  if (shown || scheduled) return () => {};
  holds++;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    holds--;
    clearTimeout(limit);
    settle();
  };
  const limit = setTimeout(release, HOLD_LIMIT_MS);
  return release;
}

/** A timeline photo loaded or failed: the first screenful is under way, the rest may follow. */
export function firstPhotoShown(): void {
  open();
}

/** Whether the wait is over (what mounts later need not wait). */
export function firstPhotosShown(): boolean {
  return shown;
}

/** Call `wake` once the wait is over (at once, synchronously, if it is); returns a cancel. */
export function whenFirstPhotosShown(wake: () => void): () => void {
  if (shown) {
    wake();
    return () => {};
  }
  waiting.add(wake);
  watchFirstPaint();
  return () => waiting.delete(wake);
}

/** False until the first photos have been shown (or nothing holds them). */
export function useAfterFirstPhotos(): boolean {
  const [now, setNow] = useState(shown);
  useEffect(() => (now ? undefined : whenFirstPhotosShown(() => setNow(true))), [now]);
  return now;
}

import { useEffect, useState } from 'react';

/**
 * The page has painted once since this module loaded. What mounts behind this waits for the first
 * screenful's photos: it is measured then drawn (a forced layout of its own), or not needed to see
 * them, and would otherwise lengthen the one long render before anything shows.
 */
let painted = false;
const waiting = new Set<() => void>();

function whenPainted(done: () => void): () => void {
  waiting.add(done);
  if (waiting.size === 1) {
    // The frame after the next one has been produced: the first commit is on screen by then.
    requestAnimationFrame(() =>
      setTimeout(() => {
        painted = true;
        for (const wake of [...waiting]) wake();
        waiting.clear();
      }, 0),
    );
  }
  return () => waiting.delete(done);
}

/** Whether the page has painted once already (a component mounting later need not wait for it). */
export function hasPainted(): boolean {
  return painted;
}

export function useAfterFirstPaint(): boolean {
  const [now, setNow] = useState(painted);
  useEffect(() => (now ? undefined : whenPainted(() => setNow(true))), [now]);
  return now;
}

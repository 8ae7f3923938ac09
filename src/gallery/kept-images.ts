/**
 * The thumbnails loaded lately, held by detached `Image`s so that the browser keeps them in its
 * memory cache. Blink's memory cache holds an image only while something references it: a tile
 * that scrolled out and back (or a row re-mounted by the virtualizer) otherwise asks the HTTP
 * cache again, and reading that answer back on the main thread was ~0.7 s of a 4 s steady scroll
 * over 10k photos (Chromium trace, ResponseBodyLoader). A detached image is not decoded: what it
 * keeps is the encoded file (a thumbnail is a few tens of KB).
 */
const KEEP = 800;

const kept = new Map<string, HTMLImageElement>();

/** Keep the image at `url` (already loaded by a tile) among the last {@link KEEP} loaded. */
export function keepImage(url: string): void {
  if (!url || typeof Image === 'undefined') return;
  const old = kept.get(url);
  if (old) kept.delete(url);
  else {
    // A second element for the same resource, found in the memory cache: no new request.
    const image = new Image();
    image.src = url;
    kept.set(url, image);
    if (kept.size > KEEP) kept.delete(kept.keys().next().value as string);
    return;
  }
  kept.set(url, old);
}

/** A tile loaded `url` lately: the browser has it in memory, to draw at once (no fade-in). */
export const isKept = (url: string): boolean => kept.has(url);

/** How many are kept (for tests). */
export const keptCount = (): number => kept.size;

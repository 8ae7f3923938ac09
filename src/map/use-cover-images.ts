/**
 * The clusters' cover photos as decoded images for the cluster canvas: each asked for once (kept
 * for the page's life, up to COVERS_KEPT), and a new `version` at most once a frame as they
 * arrive, so the canvas repaints with what has come rather than once per photo.
 */
import { useEffect, useState } from 'react';
import { assetImageUrl } from '../api/image-url.ts';

const COVERS_KEPT = 2000;
const decoded = new Map<string, HTMLImageElement>();
const loading = new Map<string, Promise<void>>();

/** The decoded cover of `assetId`, or null while it loads (or if it failed). */
export const coverImage = (assetId: string): HTMLImageElement | null => decoded.get(assetId) ?? null;

function load(assetId: string): Promise<void> {
  let pending = loading.get(assetId);
  if (!pending) {
    const image = new Image();
    image.src = assetImageUrl({ id: assetId, thumbnail_url: null }, 'thumbnail');
    // Decoded off the main thread before it is painted: a canvas draw of an undecoded image
    // decodes it there and then, on the frame that draws it.
    const ready =
      typeof image.decode === 'function' ? image.decode() : Promise.reject(new Error('no decode'));
    pending = ready.then(
      () => {
        if (decoded.size >= COVERS_KEPT) decoded.delete(decoded.keys().next().value!);
        decoded.set(assetId, image);
      },
      // A cover that fails stays the placeholder colour; asked again on a later view.
      () => void loading.delete(assetId),
    );
    loading.set(assetId, pending);
  }
  return pending;
}

/** Starts loading every cover in `assetIds`; the returned number changes as they arrive. */
export function useCoverImages(assetIds: readonly string[]): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    let frame = 0;
    const arrived = () => {
      if (!live || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (live) setVersion((v) => v + 1);
      });
    };
    for (const id of new Set(assetIds)) if (!decoded.has(id)) void load(id).then(arrived);
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [assetIds]);
  return version;
}

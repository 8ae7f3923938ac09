/**
 * The view a layer was last laid out for, and how to move it to the view now. While the view
 * moves, what was painted for an earlier one is shifted and scaled on the compositor
 * (land-transform.ts), and laid out afresh once the view rests for REST_MS, or at once when the
 * shift would show the layer's edges, or when `content` or the frame's size changes.
 */
import { useEffect, useState } from 'react';
import { landShift, shiftCovers, shiftCss } from './land-transform.ts';
import type { MapView, Size } from './map-view.ts';

/** How long the view must rest before the layer is laid out for it (as the land is repainted). */
export const REST_MS = 120;

interface LaidOut {
  view: MapView;
  size: Size;
  content: unknown;
}

export function useRestingView(
  view: MapView,
  size: Size,
  content: unknown,
): { laidOut: MapView; transform: string } {
  const [rest, setRest] = useState<LaidOut | null>(null);
  const fresh =
    rest !== null &&
    rest.content === content &&
    rest.size.width === size.width &&
    rest.size.height === size.height;
  const shift = fresh ? landShift(rest.view, view, size) : null;
  if (!shift || !shiftCovers(shift, size)) {
    // Laid out for this view at once, in this render (React renders again before it commits):
    // new content, a new size, or a shift that would show the layer's edges.
    setRest({ view, size, content });
  }
  const laidOut = rest?.view ?? view;
  const transform = shift ? shiftCss(shift) : '';
  // The view is a new object on every render: the timer follows its numbers.
  const { longitude, latitude, zoom } = view;
  useEffect(() => {
    if (transform === '') return undefined;
    const timer = setTimeout(
      () => setRest((old) => old && { ...old, view: { longitude, latitude, zoom } }),
      REST_MS,
    );
    return () => clearTimeout(timer);
  }, [transform, longitude, latitude, zoom]);
  return { laidOut, transform };
}

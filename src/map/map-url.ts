/** The map's place in the URL (`?center=lon,lat&zoom=z`), beside the filter. Pure. */
import type { MapPlace } from '../routing/paths.ts';

/** The place in `params`, or null when absent or not a place on the globe. */
export function readMapPlace(params: URLSearchParams): MapPlace | null {
  const center = params.get('center')?.split(',').map(Number);
  const zoom = Number(params.get('zoom') ?? '');
  if (!center || center.length !== 2 || !Number.isFinite(zoom) || params.get('zoom') === null) return null;
  const [longitude = NaN, latitude = NaN] = center;
  if (!(Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90)) return null;
  return { longitude, latitude, zoom };
}

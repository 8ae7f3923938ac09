/**
 * An area of the map as the URL and the API spell it: `west,south,east,north` in degrees. Pure, so
 * the map, the chips and the filter read it the same way.
 */

export interface Area {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The area in `text`, or null when it isn't four numbers inside the globe with south ≤ north. */
export function readArea(text: string): Area | null {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length !== 4 || parts.some((part) => part === '')) return null;
  const [west, south, east, north] = parts.map(Number) as [number, number, number, number];
  if (![west, south, east, north].every(Number.isFinite)) return null;
  const lon = (value: number) => value >= -180 && value <= 180;
  const lat = (value: number) => value >= -90 && value <= 90;
  if (!lon(west) || !lon(east) || !lat(south) || !lat(north) || south > north) return null;
  return { west, south, east, north };
}

/** `west,south,east,north` rounded to about a metre (so equal areas give equal URLs). */
export function areaText(area: Area): string {
  const round = (value: number) => String(Number(value.toFixed(5)));
  return [area.west, area.south, area.east, area.north].map(round).join(',');
}

/** Href builders: the only place routes are spelled. Filters ride along in the search params. */
import type { AssetFilter } from './asset-filter.ts';
import { filterSearch } from './filter-params.ts';

export const routePatterns = {
  grid: '/',
  asset: '/assets/:assetId',
  map: '/map',
} as const;

/** Where the map looks: its centre and zoom level (0 shows the whole world). */
export interface MapPlace {
  longitude: number;
  latitude: number;
  zoom: number;
}

const fixed = (value: number, digits: number) => String(Number(value.toFixed(digits)));

export const paths = {
  grid: (filter: AssetFilter = {}) => `/${filterSearch(filter)}`,
  asset: (assetId: string, filter: AssetFilter = {}) =>
    `/assets/${encodeURIComponent(assetId)}${filterSearch(filter)}`,
  /** A person's photos, from the viewer: keeps the library, starts a fresh person view. */
  person: (personId: string, filter: AssetFilter = {}) =>
    `/${filterSearch({ library: filter.library, person: personId })}`,
  /** The map with the filter (an area filter is the map's own view, so it stays behind). */
  map: (filter: AssetFilter = {}, place?: MapPlace) => {
    const search = new URLSearchParams(filterSearch({ ...filter, bbox: undefined }));
    if (place) {
      search.set('center', `${fixed(place.longitude, 5)},${fixed(place.latitude, 5)}`);
      search.set('zoom', fixed(place.zoom, 2));
    }
    const text = search.toString();
    return `/map${text ? `?${text}` : ''}`;
  },
};

/** Href builders: the only place routes are spelled. Filters ride along in the search params. */
import type { AssetFilter } from './asset-filter.ts';
import { filterSearch } from './filter-params.ts';

export const routePatterns = {
  grid: '/',
  asset: '/assets/:assetId',
} as const;

export const paths = {
  grid: (filter: AssetFilter = {}) => `/${filterSearch(filter)}`,
  asset: (assetId: string, filter: AssetFilter = {}) =>
    `/assets/${encodeURIComponent(assetId)}${filterSearch(filter)}`,
  /** A person's photos, from the viewer: keeps the library, starts a fresh person view. */
  person: (personId: string, filter: AssetFilter = {}) =>
    `/${filterSearch({ library: filter.library, person: personId })}`,
};

/**
 * The URL is the single source of filter state: `?library=&album=&person=`. These functions read
 * and write it so that links, back/forward, reload and bookmarks all restore the same view.
 */
import { areaText, readArea } from './area.ts';
import type { AssetFilter } from './asset-filter.ts';

export const FILTER_PARAMS = [
  'library',
  'album',
  'person',
  'bbox',
  'country',
  'city',
] as const satisfies ReadonlyArray<keyof AssetFilter>;

/** The filter in `params`; empty values count as absent. */
export function readFilter(params: URLSearchParams): AssetFilter {
  const filter: AssetFilter = {};
  for (const name of FILTER_PARAMS) {
    const value = params.get(name)?.trim();
    if (value) filter[name] = value;
  }
  // A mistyped area would make every request a 422: read it as no area at all.
  if (filter.bbox) {
    const area = readArea(filter.bbox);
    if (area) filter.bbox = areaText(area);
    else delete filter.bbox;
  }
  // As the server reads a place: a code in capitals or a name; a city only inside its country.
  if (filter.country && !/^(?:[A-Z]{2}|[^\p{Cc}]{3,200})$/u.test(filter.country)) delete filter.country;
  if (filter.city && (!filter.country || filter.city.length > 200)) delete filter.city;
  return filter;
}

/** `?library=…&album=…&person=…` in a fixed order (so equal filters give equal URLs), or ''. */
export function filterSearch(filter: AssetFilter): string {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = filter[name];
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A stable string naming the filter, for per-view memories such as the scroll position. */
export function filterId(filter: AssetFilter): string {
  return filterSearch(filter) || '?';
}

/** `filter` with `patch` applied; `null` clears a field. */
export function withFilter(
  filter: AssetFilter,
  patch: { [K in keyof AssetFilter]?: string | null },
): AssetFilter {
  const next: AssetFilter = { ...filter };
  for (const name of FILTER_PARAMS) {
    if (!(name in patch)) continue;
    const value = patch[name];
    if (value) next[name] = value;
    else delete next[name];
  }
  // A city belongs to its country: a new country or none drops it.
  if ('country' in patch && !('city' in patch)) delete next.city;
  return next;
}

export function isFiltered(filter: AssetFilter): boolean {
  return FILTER_PARAMS.some((name) => Boolean(filter[name]));
}

/**
 * The API requests the gallery makes as it starts on a page URL, in the form it makes them (the
 * same parameter order, the same `URLSearchParams` encoding), so the server can name them in the
 * HTML as preloads and the browser answers the app's own fetches from those. A URL that differs by
 * one character is fetched twice, so tests/first-load.spec.ts holds this to what the app asks.
 * The gallery builds these in src/api/queries.ts and src/api/capabilities.ts; the server may not
 * import the gallery, hence the mirror. Pure.
 */

/** The filter as the page URL holds it (src/routing/filter-params.ts). */
export interface PageFilter {
  library?: string;
  album?: string;
  person?: string;
  bbox?: string;
}

/** Page sizes the gallery asks for (src/api/queries.ts). */
const SIDEBAR_PAGE_SIZE = 50;
const MONTHS_PAGE_SIZE = 200;
/** A month's first page (MONTH_FIRST_PAGE_SIZE there). */
const MONTH_FIRST_PAGE_SIZE = 100;
/** The capability probe's questions (src/api/capabilities.ts). */
const PROBES = [
  '/api/assets/counts?group_by=month&limit=1',
  '/api/assets/geo-clusters?bbox=0%2C0%2C0.0001%2C0.0001&cell_size=1',
];

/** Pages of the gallery that are not the timeline (they have no grid behind them). */
const OTHER_PAGES = new Set(['/map']);

type Params = Record<string, string | number | undefined>;

/** `path?query` without empty values, in the order given (src/api/client.ts buildUrl). */
function url(path: string, params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The filter a page URL's search holds; empty values are absent. */
export function readPageFilter(search: URLSearchParams): PageFilter {
  const filter: PageFilter = {};
  for (const name of ['library', 'album', 'person', 'bbox'] as const) {
    const value = search.get(name)?.trim();
    if (value) filter[name] = value;
  }
  return filter;
}

/** The list parameters of a filter, in the gallery's order (queries.ts filterParams). */
function filterParams(filter: PageFilter): Params {
  return {
    library_id: filter.library,
    album_id: filter.album,
    person_id: filter.person,
    bbox: filter.bbox,
  };
}

/** A naive month's exclusive bounds: 1 ms before its start, the next month's start (time/month-window.ts). */
export function monthBounds(month: string): { after: string; before: string } | null {
  const match = /^(\d{4})-(\d{2})/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const mm = Number(match[2]);
  return {
    after: new Date(Date.UTC(year, mm - 1, 1) - 1).toISOString().slice(0, 23),
    before: new Date(Date.UTC(year, mm, 1)).toISOString().slice(0, 19),
  };
}

/** Whether the page shows the timeline, whose month requests are named here (not for an area). */
export function showsTimeline(pathname: string, filter: PageFilter): boolean {
  return !OTHER_PAGES.has(pathname) && !filter.bbox;
}

/** The month-counts request whose first bucket is the timeline's first month. */
export function firstMonthCountsUrl(filter: PageFilter): string {
  return url('/api/assets/counts', { group_by: 'month', ...filterParams(filter), limit: 1 });
}

/**
 * The requests the gallery makes at once on `pathname` + `search`, and the first month's page when
 * `newestMonth` (`YYYY-MM`, the filter's newest) is known. An area filter is left out of the
 * requests that carry it: the gallery rewrites its numbers before asking.
 */
export function firstRequests(
  pathname: string,
  search: URLSearchParams,
  newestMonth: string | null,
): string[] {
  const filter = readPageFilter(search);
  const { library, album, person } = filter;
  const requests: string[] = [];
  const asset = /^\/assets\/([^/]+)$/.exec(pathname)?.[1];
  if (asset) requests.push(`/api/assets/${asset}`);
  if (album) requests.push(`/api/albums/${encodeURIComponent(album)}`);
  if (person) requests.push(`/api/people/${encodeURIComponent(person)}`);
  if (showsTimeline(pathname, filter)) requests.push(...timelineRequests(filter, newestMonth));
  requests.push(...PROBES);
  requests.push('/api/libraries');
  requests.push(url('/api/albums', { library_id: library, person_id: person, limit: SIDEBAR_PAGE_SIZE }));
  if (album) {
    requests.push(url('/api/albums', { ids: album, library_id: library, person_id: person, limit: 1 }));
  }
  requests.push(url('/api/people', { library_id: library, album_id: album, limit: SIDEBAR_PAGE_SIZE }));
  if (person) {
    requests.push(url('/api/people', { ids: person, library_id: library, album_id: album, limit: 1 }));
  }
  return requests;
}

/** The timeline's months, and its newest month's first page when that month is known. */
function timelineRequests(filter: PageFilter, newestMonth: string | null): string[] {
  const requests: string[] = [];
  const bounds = newestMonth === null ? null : monthBounds(newestMonth);
  if (bounds) {
    requests.push(
      url('/api/assets', {
        ...filterParams(filter),
        local_datetime_after: bounds.after,
        local_datetime_before: bounds.before,
        limit: MONTH_FIRST_PAGE_SIZE,
      }),
    );
  }
  requests.push(
    url('/api/assets/counts', { group_by: 'month', ...filterParams(filter), limit: MONTHS_PAGE_SIZE }),
  );
  return requests;
}

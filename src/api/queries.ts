/**
 * Query-options factories: the only place a query key is written. Paged lists (assets, albums,
 * people) are infinite queries under `[resource, 'list', filter]`; single items are plain queries
 * under `[resource, 'detail', id]`; so a useQuery key never equals a useInfiniteQuery key (their
 * cached data have different shapes). Libraries come as a bare array: a plain query.
 */
import {
  infiniteQueryOptions,
  queryOptions,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import type { Page } from '../../contract/entities.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { monthWindow } from '../time/month-window.ts';
import { apiOf } from './api-for-client.ts';
import type { GalleryAsset, MonthCount } from './asset-model.ts';
import { probeCapabilities } from './capabilities.ts';
import {
  getAlbum,
  getAsset,
  getAssetTags,
  getPerson,
  getVideoState,
  listAlbums,
  listAssets,
  listGeoClusters,
  listMonthCounts,
  listPeople,
  listPlaces,
} from './endpoints.ts';

/** Assets per page: the 2025 default; small enough for a fast first paint, few enough round trips. */
export const ASSET_PAGE_SIZE = 100;
/**
 * Assets per page inside one month of the timeline: months are loaded as they near the viewport,
 * and a few big pages fill a busy month sooner than many small ones.
 */
export const MONTH_PAGE_SIZE = 250;
/**
 * A month's first page is smaller: it is what a jump, a scrubber let-go or the first screen waits
 * for, and its JSON is read, parsed and laid out before any of its thumbnails is asked for (at
 * ~4 kB an asset, 250 took ~150 ms of main thread at 1M; 100 rows cover two screens at 1440 px).
 */
export const MONTH_FIRST_PAGE_SIZE = 100;
/** Months per counts page: the API's maximum, so a 20-year library is two requests. */
export const MONTHS_PAGE_SIZE = 200;
/** Sidebar lists page in smaller steps: a person scans a few dozen names before searching. */
export const SIDEBAR_PAGE_SIZE = 50;

/** The cursor rule of the API: the last id, until `has_more` is false or a page comes back empty. */
export function nextCursor<T extends { id: string }>(page: Page<T>): string | undefined {
  if (!page.has_more || page.data.length === 0) return undefined;
  return page.data[page.data.length - 1]?.id;
}

/** Same filter, same key, however the object was built (undefined vs missing vs ''). */
function filterKey(filter: AssetFilter) {
  return {
    library: filter.library || null,
    album: filter.album || null,
    person: filter.person || null,
    bbox: filter.bbox || null,
    country: filter.country || null,
    city: filter.city || null,
  };
}

const firstPage = undefined as string | undefined;

/** The list parameters of a filter (the 2025 names, which every server knows). */
function filterParams(filter: AssetFilter) {
  return {
    library_id: filter.library || undefined,
    album_id: filter.album || undefined,
    person_id: filter.person || undefined,
    // 2026 only (an area is chosen on the map, which needs a 2026 server).
    bbox: filter.bbox || undefined,
    // Ours (the local server's places; the sidebar offers them only there).
    country_code: filter.country || undefined,
    city: filter.city || undefined,
  };
}

/** Counts are paged by date: the next page is before the last month's first instant. */
function nextMonthsCursor(page: Page<MonthCount>): string | undefined {
  if (!page.has_more || page.data.length === 0) return undefined;
  return page.data[page.data.length - 1]?.time_bucket;
}

export const assetQueries = {
  all: () => ['assets'] as const,
  lists: () => [...assetQueries.all(), 'list'] as const,
  list: (filter: AssetFilter) =>
    infiniteQueryOptions({
      queryKey: [...assetQueries.lists(), filterKey(filter)] as const,
      queryFn: ({ client, pageParam, signal }) =>
        listAssets(
          apiOf(client),
          { ...filterParams(filter), starting_after_id: pageParam, limit: ASSET_PAGE_SIZE },
          signal,
        ),
      initialPageParam: firstPage,
      getNextPageParam: nextCursor,
      // A stale infinite query refetches every loaded page in turn: for a grid scrolled deep
      // that is dozens of requests on each return to a filter, for photos that rarely change.
      staleTime: 5 * 60_000,
    }),
  /** One month of the timeline, cursor-paged inside its window (under lists(): findListedAsset sees it). */
  month: (filter: AssetFilter, month: string) =>
    infiniteQueryOptions({
      queryKey: [...assetQueries.lists(), 'month', filterKey(filter), month] as const,
      queryFn: ({ client, pageParam, signal }) => {
        const window = monthWindow(month);
        return listAssets(
          apiOf(client),
          {
            ...filterParams(filter),
            local_datetime_after: window.after,
            local_datetime_before: window.before,
            starting_after_id: pageParam,
            limit: pageParam === undefined ? MONTH_FIRST_PAGE_SIZE : MONTH_PAGE_SIZE,
          },
          signal,
        );
      },
      initialPageParam: firstPage,
      getNextPageParam: nextCursor,
      staleTime: 5 * 60_000,
    }),
  /** The months of a filter with their counts, newest first (servers with counts only). */
  months: (filter: AssetFilter) =>
    infiniteQueryOptions({
      queryKey: [...assetQueries.all(), 'months', filterKey(filter)] as const,
      queryFn: ({ client, pageParam, signal }) =>
        listMonthCounts(
          apiOf(client),
          { ...filterParams(filter), local_datetime_before: pageParam, limit: MONTHS_PAGE_SIZE },
          signal,
        ),
      initialPageParam: firstPage,
      getNextPageParam: nextMonthsCursor,
      staleTime: 5 * 60_000,
    }),
  /** The map's clusters of a filter in one area at one cell size (servers with clusters only). */
  geoClusters: (filter: AssetFilter, bbox: string, cellSize: number) =>
    queryOptions({
      queryKey: [...assetQueries.all(), 'geo-clusters', filterKey(filter), bbox, cellSize] as const,
      // The answer keeps its cell size: the map tells each cluster's area from it.
      queryFn: async ({ client, signal }) => ({
        ...(await listGeoClusters(
          apiOf(client),
          { ...filterParams(filter), bbox, cell_size: cellSize },
          signal,
        )),
        cellSize,
      }),
      staleTime: 5 * 60_000,
    }),
  /** A few photos of one area, newest first: the map names its places after them. */
  inArea: (filter: AssetFilter, bbox: string, limit: number) =>
    queryOptions({
      queryKey: [...assetQueries.all(), 'in-area', filterKey(filter), bbox, limit] as const,
      queryFn: ({ client, signal }) =>
        listAssets(apiOf(client), { ...filterParams(filter), bbox, limit }, signal),
      staleTime: 5 * 60_000,
    }),
  details: () => [...assetQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...assetQueries.details(), id] as const,
      queryFn: ({ client, signal }) => getAsset(apiOf(client), id, signal),
    }),
  /** Every tag of one asset's file, read when "More" is opened (under detail(id): refreshed with it). */
  tags: (id: string) =>
    queryOptions({
      queryKey: [...assetQueries.all(), 'detail', id, 'tags'] as const,
      queryFn: ({ client, signal }) => getAssetTags(apiOf(client), id, signal),
      staleTime: 5 * 60_000,
    }),
  /** A video's playback state, asked again every `retry_after_seconds` while its copy is made. */
  video: (playbackUrl: string) =>
    queryOptions({
      queryKey: [...assetQueries.all(), 'video', playbackUrl] as const,
      queryFn: ({ client, signal }) => getVideoState(apiOf(client), playbackUrl, signal),
      refetchInterval: (query) =>
        query.state.data?.status === 'preparing' ? (query.state.data.retry_after_seconds ?? 1) * 1000 : false,
      staleTime: Infinity,
    }),
  /** Every file of one stack (a RAW+JPEG pair: a handful), for the viewer's downloads. */
  stack: (stackId: string) =>
    queryOptions({
      queryKey: [...assetQueries.all(), 'stack', stackId] as const,
      queryFn: ({ client, signal }) => listAssets(apiOf(client), { stack_id: stackId, limit: 20 }, signal),
      staleTime: 5 * 60_000,
    }),
};

/** What the server can summarise: asked once per app (a server doesn't change while browsing). */
export const serverQueries = {
  capabilities: () =>
    queryOptions({
      queryKey: ['server', 'capabilities'] as const,
      queryFn: ({ client, signal }) => probeCapabilities(apiOf(client), signal),
      staleTime: Infinity,
      gcTime: Infinity,
    }),
};

/** An asset already loaded by some grid page, to show at once while its detail loads. */
export function findListedAsset(queryClient: QueryClient, id: string): GalleryAsset | undefined {
  const lists = queryClient.getQueriesData<InfiniteData<Page<GalleryAsset>>>({
    queryKey: assetQueries.lists(),
  });
  for (const [, data] of lists) {
    for (const page of data?.pages ?? []) {
      const found = page.data.find((asset) => asset.id === id);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * A `?ids=<id>` page read for one item: `item` when listed, null when the page is empty (no photos
 * under the filter); `known` false when the server ignored `ids` and answered other items.
 */
export function chosenOf<T extends { id: string }>(
  items: T[],
  id: string,
): { item: T | null; known: boolean } {
  const item = items.find((x) => x.id === id) ?? null;
  return { item, known: item !== null || items.length === 0 };
}

/** The filters a sidebar list is narrowed by (the others than its own). */
type PlaceFacet = { country?: string; city?: string };
type AlbumFacet = { library?: string; person?: string } & PlaceFacet;
type PersonFacet = { library?: string; album?: string } & PlaceFacet;
const placeKey = (f: PlaceFacet) => ({ country: f.country || null, city: f.city || null });
const placeParams = (f: PlaceFacet) => ({ country_code: f.country || undefined, city: f.city || undefined });
const albumFacetKey = (f: AlbumFacet) => ({
  library: f.library || null,
  person: f.person || null,
  ...placeKey(f),
});
const personFacetKey = (f: PersonFacet) => ({
  library: f.library || null,
  album: f.album || null,
  ...placeKey(f),
});

export const albumQueries = {
  all: () => ['albums'] as const,
  list: (filter: AlbumFacet) =>
    infiniteQueryOptions({
      queryKey: [...albumQueries.all(), 'list', albumFacetKey(filter)] as const,
      queryFn: ({ client, pageParam, signal }) =>
        listAlbums(
          apiOf(client),
          {
            library_id: filter.library || undefined,
            person_id: filter.person || undefined,
            ...placeParams(filter),
            starting_after_id: pageParam,
            limit: SIDEBAR_PAGE_SIZE,
          },
          signal,
        ),
      initialPageParam: firstPage,
      getNextPageParam: nextCursor,
    }),
  /** The chosen album as the narrowed list would hold it (see {@link chosenOf}). */
  chosen: (id: string, filter: AlbumFacet) =>
    queryOptions({
      queryKey: [...albumQueries.all(), 'chosen', id, albumFacetKey(filter)] as const,
      queryFn: async ({ client, signal }) => {
        const page = await listAlbums(
          apiOf(client),
          {
            ids: id,
            library_id: filter.library || undefined,
            person_id: filter.person || undefined,
            ...placeParams(filter),
            limit: 1,
          },
          signal,
        );
        return chosenOf(page.data, id);
      },
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...albumQueries.all(), 'detail', id] as const,
      queryFn: ({ client, signal }) => getAlbum(apiOf(client), id, signal),
    }),
};

export const personQueries = {
  all: () => ['people'] as const,
  list: (filter: PersonFacet) =>
    infiniteQueryOptions({
      queryKey: [...personQueries.all(), 'list', personFacetKey(filter)] as const,
      queryFn: ({ client, pageParam, signal }) =>
        listPeople(
          apiOf(client),
          {
            library_id: filter.library || undefined,
            album_id: filter.album || undefined,
            ...placeParams(filter),
            starting_after_id: pageParam,
            limit: SIDEBAR_PAGE_SIZE,
          },
          signal,
        ),
      initialPageParam: firstPage,
      getNextPageParam: nextCursor,
    }),
  /** The chosen person as the narrowed list would hold them (see {@link chosenOf}). */
  chosen: (id: string, filter: PersonFacet) =>
    queryOptions({
      queryKey: [...personQueries.all(), 'chosen', id, personFacetKey(filter)] as const,
      queryFn: async ({ client, signal }) => {
        const page = await listPeople(
          apiOf(client),
          {
            ids: id,
            library_id: filter.library || undefined,
            album_id: filter.album || undefined,
            ...placeParams(filter),
            limit: 1,
          },
          signal,
        );
        return chosenOf(page.data, id);
      },
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...personQueries.all(), 'detail', id] as const,
      queryFn: ({ client, signal }) => getPerson(apiOf(client), id, signal),
    }),
};

/** The places of a filter (its own place aside: the list shows every country to choose from). */
export const placeQueries = {
  all: () => ['places'] as const,
  list: (filter: AssetFilter) =>
    queryOptions({
      queryKey: [...placeQueries.all(), 'list', filterKey({ ...filter, country: '', city: '' })] as const,
      queryFn: ({ client, signal }) => {
        const { country_code: _country, city: _city, ...params } = filterParams(filter);
        return listPlaces(apiOf(client), params, signal);
      },
      staleTime: 5 * 60_000,
    }),
};

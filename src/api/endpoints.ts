/** One function per Gumnut endpoint the gallery reads; each parses with the contract schema. */
import { AssetTags } from '../../contract/asset-tags.ts';
import { GeoClusters } from '../../contract/entities-2026.ts';
import { Album, AlbumPage, LibraryList, Person, PersonPage, VideoState } from '../../contract/entities.ts';
import { PlaceList } from '../../contract/places.ts';
import type { AlbumListQuery, AssetListQuery, PersonListQuery } from '../../contract/queries.ts';
import { GalleryAsset, GalleryAssetPage, MonthCountPage } from './asset-model.ts';
import type { ApiClient, QueryParams } from './client.ts';

const seg = (id: string) => encodeURIComponent(id);

/** The 2025 list parameters, and the 2026 ones a server without them ignores. */
export type AssetListParams = Partial<AssetListQuery> & {
  local_datetime_after?: string;
  local_datetime_before?: string;
  order?: 'asc' | 'desc';
  /** `west,south,east,north` in degrees. */
  bbox?: string;
  /** The files of one stack (a RAW+JPEG pair), cover included. */
  stack_id?: string;
};

export function listAssets(api: ApiClient, query: AssetListParams, signal?: AbortSignal) {
  return api.get('/api/assets', GalleryAssetPage, { query, signal });
}

export function getAsset(api: ApiClient, id: string, signal?: AbortSignal) {
  return api.get(`/api/assets/${seg(id)}`, GalleryAsset, { signal });
}

/** Months of the timeline, newest first; the next page is before the last `time_bucket`. */
/** Whether a video's `playback_url` plays now or its copy is being made (the local server's extension). */
export function getVideoState(api: ApiClient, playbackUrl: string, signal?: AbortSignal) {
  return api.get(playbackUrl, VideoState, { signal });
}

export function listMonthCounts(api: ApiClient, query: QueryParams, signal?: AbortSignal) {
  return api.get('/api/assets/counts', MonthCountPage, { query: { group_by: 'month', ...query }, signal });
}

export function listGeoClusters(api: ApiClient, query: QueryParams, signal?: AbortSignal) {
  return api.get('/api/assets/geo-clusters', GeoClusters, { query, signal });
}

/** Ours: the countries and cities of a filter (the local server only; others answer an error). */
export function listPlaces(api: ApiClient, query: QueryParams, signal?: AbortSignal) {
  return api.get('/api/assets/places', PlaceList, { query, signal });
}

export function listAlbums(api: ApiClient, query: Partial<AlbumListQuery>, signal?: AbortSignal) {
  return api.get('/api/albums', AlbumPage, { query, signal });
}

export function getAlbum(api: ApiClient, id: string, signal?: AbortSignal) {
  return api.get(`/api/albums/${seg(id)}`, Album, { signal });
}

export function listPeople(api: ApiClient, query: Partial<PersonListQuery>, signal?: AbortSignal) {
  return api.get('/api/people', PersonPage, { query, signal });
}

export function getPerson(api: ApiClient, id: string, signal?: AbortSignal) {
  return api.get(`/api/people/${seg(id)}`, Person, { signal });
}

/** The one list endpoint that answers a bare array rather than a page. */
export function listLibraries(api: ApiClient, signal?: AbortSignal) {
  return api.get('/api/libraries', LibraryList, { signal });
}

/** Every tag in an asset's original, grouped (the local server's extension; a 404 elsewhere). */
export function getAssetTags(api: ApiClient, id: string, signal?: AbortSignal) {
  return api.get(`/api/assets/${seg(id)}/tags`, AssetTags, { signal });
}

/** One function per Gumnut endpoint the gallery reads; each parses with the contract schema. */
import {
  Album,
  AlbumPage,
  Asset,
  AssetPage,
  LibraryList,
  Person,
  PersonPage,
} from '../../contract/entities.ts';
import type { AlbumListQuery, AssetListQuery, PersonListQuery } from '../../contract/queries.ts';
import type { ApiClient } from './client.ts';

const seg = (id: string) => encodeURIComponent(id);

export function listAssets(api: ApiClient, query: Partial<AssetListQuery>, signal?: AbortSignal) {
  return api.get('/api/assets', AssetPage, { query, signal });
}

export function getAsset(api: ApiClient, id: string, signal?: AbortSignal) {
  return api.get(`/api/assets/${seg(id)}`, Asset, { signal });
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

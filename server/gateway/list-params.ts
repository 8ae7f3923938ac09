/**
 * The query strings of the gateway's list routes: validated with the local server's own schemas
 * (both generations' parameters, the 2025 `limit` of 1–1000), so a bad value is the same 422 from
 * either server, then forwarded as the gallery wrote them. Only parameters a schema names are
 * forwarded; list parameters (`person_ids`, `ids`) keep every repeated value, others their last,
 * as FastAPI reads them. `limit` and `starting_after_id` are left to the pager (upstream-pages.ts).
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { AlbumListQuery, ALBUM_LIST_PARAMS } from '../albums/album-query.ts';
import { AssetCountsQuery, AssetListQuery, GeoClustersQuery } from '../assets/asset-query.ts';
import { validateQuery } from '../http/validate.ts';
import { PersonListQuery } from '../people/person-query.ts';
import { FaceListQuery } from '../../contract/queries.ts';

/** What one route takes: its schema, the names it forwards (in order) and which are lists. */
export interface ListParams<S extends z.ZodType> {
  schema: S;
  forward: readonly string[];
  lists: readonly string[];
}

const ASSET_FILTERS = [
  'library_id',
  'album_id',
  'album_filter',
  'local_datetime_after',
  'local_datetime_before',
  'state',
] as const;

/**
 * The summaries are 2026 endpoints: the person filters go as given. The list sends them through
 * `personFilter` (gateway-app.ts), which knows what a 2025 upstream calls them.
 */
const PERSONS = ['person_id', 'person_ids'] as const;

/**
 * `include` is not among them: the gateway asks the upstream for every part it serves and answers
 * the superset (as the local server does), so what a gallery names in `include` changes nothing.
 */
const withoutInclude = (raw: unknown) => {
  if (typeof raw !== 'object' || raw === null) return raw;
  const { include: _ignored, ...rest } = raw as Record<string, unknown>;
  return rest;
};
const AssetListWithoutInclude = z.preprocess(withoutInclude, AssetListQuery);

export const ASSET_LIST: ListParams<typeof AssetListWithoutInclude> = {
  schema: AssetListWithoutInclude,
  forward: [...ASSET_FILTERS, 'order', 'media_type', 'ids', 'bbox', 'center', 'radius', 'stack_id'],
  lists: ['person_ids', 'ids'],
};
export const ASSET_COUNTS: ListParams<typeof AssetCountsQuery> = {
  schema: AssetCountsQuery,
  forward: [
    ...ASSET_FILTERS,
    ...PERSONS,
    'media_type',
    'ids',
    'bbox',
    'center',
    'radius',
    'stack_id',
    'group_by',
    'limit',
  ],
  lists: ['person_ids', 'ids'],
};
export const GEO_CLUSTERS: ListParams<typeof GeoClustersQuery> = {
  schema: GeoClustersQuery,
  forward: [...ASSET_FILTERS, ...PERSONS, 'media_type', 'ids', 'stack_id', 'bbox', 'cell_size'],
  lists: ['person_ids', 'ids'],
};
export const ALBUM_LIST: ListParams<typeof AlbumListQuery> = {
  schema: AlbumListQuery,
  forward: ['library_id', 'asset_id', 'ids'],
  lists: ALBUM_LIST_PARAMS,
};
export const PERSON_LIST: ListParams<typeof PersonListQuery> = {
  schema: PersonListQuery,
  forward: ['library_id', 'album_id', 'asset_id', 'ids', 'name', 'name_filter', 'sort'],
  lists: ['ids'],
};
export const FACE_LIST: ListParams<typeof FaceListQuery> = {
  schema: FaceListQuery,
  forward: ['library_id', 'asset_id', 'person_id'],
  lists: [],
};

/**
 * The request's query validated by `spec.schema` (a 422 in FastAPI's words when it fails), and the
 * parameters to send upstream: the ones `spec.forward` names, in that order, as given.
 */
export function readListQuery<S extends z.ZodType>(
  c: Context,
  spec: ListParams<S>,
): { query: z.infer<S>; params: URLSearchParams } {
  // validateQuery asks for an object input; a preprocessed schema's input is `unknown`.
  const schema = spec.schema as unknown as z.ZodType<z.infer<S>, Record<string, unknown>>;
  const query = validateQuery(c, schema, spec.lists);
  return { query, params: forwardedParams(c.req.queries(), spec) };
}

/** Pure part of `readListQuery`: the upstream parameters of a parsed query string. */
export function forwardedParams(
  given: Record<string, string[]>,
  spec: Pick<ListParams<z.ZodType>, 'forward' | 'lists'>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of spec.forward) {
    for (const value of valuesOf(given, name, spec.lists)) params.append(name, value);
  }
  return params;
}

/** A parameter's values as FastAPI reads them: every one of a list (blanks dropped), else the last. */
export function valuesOf(given: Record<string, string[]>, name: string, lists: readonly string[]): string[] {
  const values = given[name] ?? [];
  if (lists.includes(name)) return values.filter((value) => value !== '');
  const last = values[values.length - 1];
  return last === undefined || last === '' ? [] : [last];
}

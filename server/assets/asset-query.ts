/**
 * The local server's query strings for `/api/assets` and its summaries: one schema that accepts
 * both generations of client (contract/queries.ts and contract/queries-2026.ts). The list keeps the
 * 2025 `limit` (1–1000, default 100); every 2026 filter is accepted beside the 2025 ones.
 */
import { z } from 'zod';
import { LIMIT_DEFAULT, LIMIT_MAX, LIMIT_MIN } from '../../contract/constants.ts';
import { idOf, limitOf } from '../../contract/queries.ts';
import {
  ASSET_INCLUDES,
  BoundingBoxParam,
  CELL_SIZE_MIN,
  CenterParam,
  LIMIT_DEFAULT_2026,
  LIMIT_MAX_2026,
  RADIUS_MAX,
  listOf,
} from '../../contract/queries-2026.ts';

/** Parameters that may come repeated (or comma-joined): validateQuery hands them over as arrays. */
export const LIST_PARAMS = ['person_ids', 'ids', 'include'] as const;

/** Most month buckets one counts page may ask for. */
export const COUNTS_LIMIT_MAX = LIMIT_MAX_2026;
/** Most cells one geo-clusters answer holds; a denser viewport is a 422. */
export const GEO_CLUSTERS_MAX = 1000;

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:?\d{2})?$/;

/** A capture-time bound: its wall-clock key, and its UTC key when the value carries an offset. */
export interface TimeBound {
  wall: string;
  utc: string | null;
}

/** `2024-06-01`, `2024-06-01T14:30`, `…:05.5`, each optionally with `Z`/`±HH:MM`: as a TimeBound. */
export const timeBound = z.string().transform((text, ctx): TimeBound => {
  const m = DATE_TIME.exec(text);
  const wall = m ? wallKey(m[1]!, m[2]) : null;
  if (!m || !wall || Number.isNaN(Date.parse(`${wall}Z`))) {
    ctx.addIssue({ code: 'custom', message: 'Input should be a valid datetime' });
    return z.NEVER;
  }
  const zone = m[3];
  if (!zone) return { wall, utc: null };
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const ms = Date.parse(`${wall}${offset}`);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: 'Input should be a valid datetime' });
    return z.NEVER;
  }
  return { wall, utc: keyOfTime(ms) };
});

const KEY_MIN = Date.parse('0000-01-01T00:00:00.000Z');
const KEY_MAX = Date.parse('9999-12-31T23:59:59.999Z');
/** The `sort_key` text of an instant, clamped to years 0000–9999 (what the key's four digits hold). */
export function keyOfTime(ms: number): string {
  return new Date(Math.min(Math.max(ms, KEY_MIN), KEY_MAX)).toISOString().slice(0, 23);
}

/** The `sort_key` text of a date and optional time (`2024-06-01T14:30:05.000`), or null if invalid. */
function wallKey(date: string, time: string | undefined): string | null {
  const [hms = '00:00', fraction = ''] = (time ?? '00:00').split('.');
  const full = hms.length === 5 ? `${hms}:00` : hms;
  const key = `${date}T${full}.${fraction.padEnd(3, '0').slice(0, 3)}`;
  // Date.parse rolls 2024-02-30 over to March; a round trip catches it.
  const ms = Date.parse(`${key}Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 23) === key ? key : null;
}

const PLACE_NAME_MAX = 200;

/**
 * Ours (issue 14): a place as the sidebar names it. `country_code` is an ISO 3166-1 alpha-2 code,
 * or the country's name as written in the photos when it has no code we know; `city` goes with it
 * (a city's name alone can't be told from a namesake abroad).
 */
export const placeFields = {
  country_code: z
    .string()
    .trim()
    .min(2, 'Give an upper-case ISO 3166-1 alpha-2 code or a country name')
    .max(PLACE_NAME_MAX, `At most ${PLACE_NAME_MAX} characters`)
    .regex(/^(?:[A-Z]{2}|[^\p{Cc}]{3,})$/u, 'Give an upper-case ISO 3166-1 alpha-2 code or a country name')
    .optional(),
  city: z
    .string()
    .trim()
    .min(1, 'Give a city name')
    .max(PLACE_NAME_MAX, `At most ${PLACE_NAME_MAX} characters`)
    .regex(/^[^\p{Cc}]+$/u, 'Give a city name')
    .optional(),
};
const filterFields = {
  library_id: idOf('lib').optional(),
  album_id: idOf('album').optional(),
  album_filter: z.enum(['all', 'in_album', 'not_in_album']).default('all'),
  person_ids: listOf(idOf('person')).optional(),
  person_id: idOf('person').optional(),
  local_datetime_after: timeBound.optional(),
  local_datetime_before: timeBound.optional(),
  state: z.enum(['live', 'trashed', 'all']).default('live'),
  ...placeFields,
};

const listOnlyFields = {
  media_type: z.enum(['image', 'video']).optional(),
  ids: listOf(idOf('asset')).optional(),
  center: CenterParam.optional(),
  radius: z.coerce
    .number({ error: 'Input should be a valid number, unable to parse string as a number' })
    .gt(0, 'Input should be greater than 0')
    .max(RADIUS_MAX, `Input should be less than or equal to ${RADIUS_MAX}`)
    .optional(),
  stack_id: z
    .string()
    .regex(/^asset_stack_[A-Za-z0-9]+$/, 'must be an asset_stack_ id')
    .optional(),
};

interface RuleInput {
  album_id?: string | undefined;
  album_filter: string;
  person_id?: string | undefined;
  person_ids?: string[] | undefined;
  bbox?: unknown;
  center?: unknown;
  radius?: number | undefined;
  country_code?: string | undefined;
  city?: string | undefined;
}
/** `city` needs its country (the facet lists check it too). */
export function placeRule(
  query: { country_code?: string | undefined; city?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (query.city !== undefined && query.country_code === undefined) {
    ctx.addIssue({ code: 'custom', path: ['city'], message: 'city goes with country_code' });
  }
}
function filterRules(query: RuleInput, ctx: z.RefinementCtx) {
  placeRule(query, ctx);
  if (query.album_id && query.album_filter !== 'all') {
    ctx.addIssue({
      code: 'custom',
      path: ['album_filter'],
      message: 'album_filter cannot be used with album_id',
    });
  }
  // Both naming the same one person is let through: a client that doesn't know which generation
  // it talks to (our gateway, until it has seen an asset) sends both.
  const same = query.person_ids?.length === 1 && query.person_ids[0] === query.person_id;
  if (query.person_id && query.person_ids && !same) {
    ctx.addIssue({ code: 'custom', path: ['person_id'], message: 'Give person_ids or person_id, not both' });
  }
}
function geoRules(query: RuleInput, ctx: z.RefinementCtx) {
  if (query.bbox && (query.center || query.radius !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['bbox'], message: 'bbox cannot be used with center/radius' });
  }
  if ((query.center === undefined) !== (query.radius === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [query.center ? 'radius' : 'center'],
      message: 'center and radius go together',
    });
  }
}

/** What the filter builder receives (absent fields filter nothing; the 2025 `person_id` is one of `person_ids`). */
export interface AssetFilter {
  library_id?: string | undefined;
  album_id?: string | undefined;
  album_filter?: 'all' | 'in_album' | 'not_in_album' | undefined;
  person_ids?: string[] | undefined;
  person_id?: string | undefined;
  local_datetime_after?: TimeBound | undefined;
  local_datetime_before?: TimeBound | undefined;
  state?: 'live' | 'trashed' | 'all' | undefined;
  media_type?: 'image' | 'video' | undefined;
  ids?: string[] | undefined;
  /** `[west, south, east, north]`. */
  bbox?: number[] | undefined;
  /** `[longitude, latitude]` with `radius` in metres. */
  center?: number[] | undefined;
  radius?: number | undefined;
  stack_id?: string | undefined;
  /** ISO alpha-2, or a country name that has no code. */
  country_code?: string | undefined;
  city?: string | undefined;
}

const foldPerson = <T extends { person_id?: string | undefined; person_ids?: string[] | undefined }>({
  person_id,
  ...rest
}: T) => ({ ...rest, person_ids: person_id ? [person_id] : rest.person_ids });

export const AssetListQuery = z
  .object({
    ...filterFields,
    ...listOnlyFields,
    bbox: BoundingBoxParam.optional(),
    order: z.enum(['desc', 'asc']).default('desc'),
    include: listOf(z.enum(ASSET_INCLUDES)).optional(),
    starting_after_id: z.string().min(1).max(200).optional(),
    limit: limitOf(LIMIT_MIN, LIMIT_MAX, LIMIT_DEFAULT),
  })
  .superRefine((query, ctx) => {
    filterRules(query, ctx);
    geoRules(query, ctx);
  })
  .transform(foldPerson);
export type AssetListQuery = z.infer<typeof AssetListQuery>;

export const AssetCountsQuery = z
  .object({
    ...filterFields,
    ...listOnlyFields,
    bbox: BoundingBoxParam.optional(),
    group_by: z.literal('month', { error: "Input should be 'month'" }).default('month'),
    limit: limitOf(1, COUNTS_LIMIT_MAX, LIMIT_DEFAULT_2026),
  })
  .superRefine((query, ctx) => {
    filterRules(query, ctx);
    geoRules(query, ctx);
  })
  .transform(foldPerson);
export type AssetCountsQuery = z.infer<typeof AssetCountsQuery>;

/** `GET /api/assets/places` (ours): the places of the assets the list would return. */
export const PlacesQuery = z
  .object({ ...filterFields, ...listOnlyFields, bbox: BoundingBoxParam.optional() })
  .superRefine((query, ctx) => {
    filterRules(query, ctx);
    geoRules(query, ctx);
  })
  .transform(foldPerson);
export type PlacesQuery = z.infer<typeof PlacesQuery>;

export const GeoClustersQuery = z
  .object({
    ...filterFields,
    media_type: listOnlyFields.media_type,
    ids: listOnlyFields.ids,
    stack_id: listOnlyFields.stack_id,
    bbox: BoundingBoxParam,
    cell_size: z.coerce
      .number({ error: 'Input should be a valid number, unable to parse string as a number' })
      .min(CELL_SIZE_MIN, `Input should be greater than or equal to ${CELL_SIZE_MIN}`),
  })
  .superRefine(filterRules)
  .transform(foldPerson);
export type GeoClustersQuery = z.infer<typeof GeoClustersQuery>;

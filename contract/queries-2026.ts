/**
 * Query strings of the 2026 list endpoints (../shared/docs/api-2026.md), beside the 2025 ones in
 * queries.ts and in the same classic zod (the server validates with these; the browser never
 * imports this file). Lists (`person_ids`, `ids`, `include`) may come repeated or comma-joined:
 * give them as a string or an array of strings (e.g. Hono's `c.req.queries()` values).
 */
import { z } from 'zod';
import { idOf, limitOf } from './queries.ts';

export const LIMIT_MAX_2026 = 200;
export const LIMIT_DEFAULT_2026 = 20;
/** The most ids one list filter takes (`person_ids`, `ids`). */
export const IDS_MAX = 200;
/** The widest `radius` in metres. */
export const RADIUS_MAX = 50_000;
/** The finest geo-clusters `cell_size` in degrees. */
export const CELL_SIZE_MIN = 0.0001;

/** What `include=` may ask for on assets; anything else is a 422. */
export const ASSET_INCLUDES = ['metadata', 'faces', 'people', 'metrics', 'file_data', 'variants'] as const;
export type AssetInclude = (typeof ASSET_INCLUDES)[number];

const splitList = (value: unknown): unknown =>
  typeof value === 'string' || Array.isArray(value)
    ? ([value] as unknown[])
        .flat()
        .flatMap((item) => (typeof item === 'string' ? item.split(',') : [item]))
        .filter((item) => item !== '')
    : value;
/** A repeated or comma-joined parameter of `item`s, at most `max` of them. */
export const listOf = <T extends z.ZodType>(item: T, max = IDS_MAX) =>
  z.preprocess(splitList, z.array(item).max(max, `List should have at most ${max} items`));

const decimal = /^[+-]?(\d+\.?\d*|\.\d+)$/;
/** `n` comma-separated decimal numbers. */
const numbersOf = (n: number, what: string) =>
  z.string().transform((text, ctx) => {
    const parts = text.split(',').map((part) => part.trim());
    if (parts.length !== n || !parts.every((part) => decimal.test(part))) {
      ctx.addIssue({ code: 'custom', message: `${what} should be ${n} comma-separated numbers` });
      return z.NEVER;
    }
    return parts.map(Number);
  });
const longitude = (value: number) => value >= -180 && value <= 180;
const latitude = (value: number) => value >= -90 && value <= 90;

/** `west,south,east,north` in degrees; west > east crosses the antimeridian. */
export const BoundingBoxParam = numbersOf(4, 'bbox').refine(
  ([west, south, east, north]) =>
    longitude(west!) && longitude(east!) && latitude(south!) && latitude(north!) && south! <= north!,
  'bbox should be west,south,east,north in degrees, south ≤ north',
);
/** `longitude,latitude`. */
export const CenterParam = numbersOf(2, 'center').refine(
  ([lon, lat]) => longitude(lon!) && latitude(lat!),
  'center should be longitude,latitude in degrees',
);

/** Capture-time bounds (exclusive): a naive value is wall-clock, one with an offset is compared in UTC. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const dateTime = z.string().regex(DATE_TIME, 'Input should be an ISO 8601 date-time');

const assetInclude = listOf(z.enum(ASSET_INCLUDES)).optional();

const paging = {
  starting_after_id: z.string().min(1).max(200).optional(),
  limit: limitOf(1, LIMIT_MAX_2026, LIMIT_DEFAULT_2026),
};

/** The filters `/api/assets`, `/counts` and `/geo-clusters` share. */
const assetFilters = {
  library_id: idOf('lib').optional(),
  album_id: idOf('album').optional(),
  album_filter: z.enum(['all', 'in_album', 'not_in_album']).default('all'),
  person_ids: listOf(idOf('person')).optional(),
  /** Deprecated alias of `person_ids` for one person; not both. */
  person_id: idOf('person').optional(),
  local_datetime_after: dateTime.optional(),
  local_datetime_before: dateTime.optional(),
  state: z.enum(['live', 'trashed', 'all']).default('live'),
};

type FilterInput = { album_id?: string; album_filter: string; person_id?: string; person_ids?: string[] };
const filterRules = <T extends FilterInput>(query: T, ctx: z.RefinementCtx) => {
  if (query.album_id && query.album_filter !== 'all') {
    ctx.addIssue({
      code: 'custom',
      path: ['album_filter'],
      message: 'album_filter cannot be used with album_id',
    });
  }
  if (query.person_id && query.person_ids) {
    ctx.addIssue({ code: 'custom', path: ['person_id'], message: 'Give person_ids or person_id, not both' });
  }
};

export const AssetListQuery = z
  .object({
    ...assetFilters,
    order: z.enum(['desc', 'asc']).default('desc'),
    media_type: z.enum(['image', 'video']).optional(),
    ids: listOf(idOf('asset')).optional(),
    bbox: BoundingBoxParam.optional(),
    center: CenterParam.optional(),
    radius: z.coerce.number().gt(0).max(RADIUS_MAX).optional(),
    stack_id: z.string().startsWith('asset_stack_').optional(),
    include: assetInclude,
    ...paging,
  })
  .superRefine((query, ctx) => {
    filterRules(query, ctx);
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
  });
export type AssetListQuery = z.infer<typeof AssetListQuery>;

/** `GET /api/assets/{id}`. */
export const AssetQuery = z.object({ include: assetInclude });

/** `GET /api/assets/counts`: per-month buckets; the next page is `local_datetime_before` = last bucket. */
export const AssetCountsQuery = z
  .object({ ...assetFilters, group_by: z.literal('month').default('month'), limit: paging.limit })
  .superRefine(filterRules);
export type AssetCountsQuery = z.infer<typeof AssetCountsQuery>;

/** `GET /api/assets/geo-clusters`: not paged (a viewport denser than 1000 cells is a 422). */
export const GeoClustersQuery = z
  .object({ ...assetFilters, bbox: BoundingBoxParam, cell_size: z.coerce.number().min(CELL_SIZE_MIN) })
  .superRefine(filterRules);
export type GeoClustersQuery = z.infer<typeof GeoClustersQuery>;

export const AlbumListQuery = z.object({
  library_id: idOf('lib').optional(),
  asset_id: idOf('asset').optional(),
  ids: listOf(idOf('album')).optional(),
  ...paging,
});
export type AlbumListQuery = z.infer<typeof AlbumListQuery>;

export const PersonListQuery = z.object({
  library_id: idOf('lib').optional(),
  album_id: idOf('album').optional(),
  asset_id: idOf('asset').optional(),
  ids: listOf(idOf('person')).optional(),
  name: z.string().min(1).optional(),
  /** Absent: `named`, or `all` when `ids` is given (the upstream decides). */
  name_filter: z.enum(['named', 'unnamed', 'all']).optional(),
  sort: z
    .enum([
      'created_at_desc',
      'created_at_asc',
      'name_asc',
      'name_desc',
      'asset_count_desc',
      'asset_count_asc',
    ])
    .optional(),
  /** Its values are not documented for people: kept as given. */
  include: listOf(z.string()).optional(),
  ...paging,
});
export type PersonListQuery = z.infer<typeof PersonListQuery>;

export const FaceListQuery = z.object({
  library_id: idOf('lib').optional(),
  asset_id: idOf('asset').optional(),
  person_id: idOf('person').optional(),
  ids: listOf(idOf('face')).optional(),
  /** Its values are not documented for faces: kept as given. */
  include: listOf(z.string()).optional(),
  ...paging,
});
export type FaceListQuery = z.infer<typeof FaceListQuery>;

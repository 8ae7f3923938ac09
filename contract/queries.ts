/**
 * Query strings of the list endpoints. The server validates with these (a failure becomes a
 * FastAPI-style 422); the client builds its requests from the same types.
 */
import { z } from 'zod';
import {
  ID_ALPHABET,
  ID_LENGTH,
  IMAGE_SIZES,
  LIMIT_DEFAULT,
  LIMIT_MAX,
  LIMIT_MIN,
  THUMBNAIL_SIZES,
} from './constants.ts';

/** An id of one kind: prefix + 22 base-57 characters (the alphabet has no regex metacharacters). */
export const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}_[${ID_ALPHABET}]{${ID_LENGTH}}$`), `must be a ${prefix}_ id`);

/** A query-string integer as FastAPI reads one: optional sign and decimal digits, nothing else. */
const DECIMAL_INTEGER = /^[+-]?[0-9]+$/;

// Not `z.coerce.number()`: `Number()` also takes `0x10`, `1e2`, `0b11`, `5.0` and padded blanks,
// which FastAPI refuses with `int_parsing`. Only plain decimals become numbers here; anything else
// stays a string and fails the number check with that error type. Digits beyond a safe integer
// are clamped so a huge value fails only the range check, as FastAPI reports it.
const toInteger = (value: unknown) =>
  typeof value === 'string' && DECIMAL_INTEGER.test(value)
    ? Math.min(Math.max(Number(value), Number.MIN_SAFE_INTEGER), Number.MAX_SAFE_INTEGER)
    : value;
/** `limit` as FastAPI validates it: plain decimals from `min` to `max`, `fallback` when absent. */
export const limitOf = (min: number, max: number, fallback: number) =>
  z
    .preprocess(
      toInteger,
      z
        .number({ error: 'Input should be a valid integer, unable to parse string as an integer' })
        .int('Input should be a valid integer')
        .min(min, `Input should be greater than or equal to ${min}`)
        .max(max, `Input should be less than or equal to ${max}`),
    )
    .default(fallback);
const limit = limitOf(LIMIT_MIN, LIMIT_MAX, LIMIT_DEFAULT);

const paging = {
  starting_after_id: z.string().min(1).max(200).optional(),
  limit,
};

/**
 * Ours (the local server, issue 14): a place. `country_code` is an ISO 3166-1 alpha-2 code or the
 * name of a country without one; `city` goes with it. The server validates them more closely
 * (server/assets/asset-query.ts); other servers ignore them.
 */
const place = {
  country_code: z.string().optional(),
  city: z.string().optional(),
};

export const AssetListQuery = z.object({
  library_id: idOf('lib').optional(),
  album_id: idOf('album').optional(),
  person_id: idOf('person').optional(),
  ...place,
  ...paging,
});
export type AssetListQuery = z.infer<typeof AssetListQuery>;

export const AlbumListQuery = z.object({
  library_id: idOf('lib').optional(),
  /** Ours (the local server): albums holding photos of this person; other servers ignore it. */
  person_id: idOf('person').optional(),
  /** 2026: only these albums (one here: the sidebar's chosen album, counted under the filter). */
  ids: idOf('album').optional(),
  ...place,
  ...paging,
});
export type AlbumListQuery = z.infer<typeof AlbumListQuery>;

export const PersonListQuery = z.object({
  library_id: idOf('lib').optional(),
  album_id: idOf('album').optional(),
  asset_id: idOf('asset').optional(),
  /** 2026: only these people (one here: the sidebar's chosen person, counted under the filter). */
  ids: idOf('person').optional(),
  ...place,
  ...paging,
});
export type PersonListQuery = z.infer<typeof PersonListQuery>;

export const FaceListQuery = z.object({
  library_id: idOf('lib').optional(),
  asset_id: idOf('asset').optional(),
  person_id: idOf('person').optional(),
  ...paging,
});
export type FaceListQuery = z.infer<typeof FaceListQuery>;

export const ThumbnailSize = z.enum(THUMBNAIL_SIZES);
export type ThumbnailSize = z.infer<typeof ThumbnailSize>;
export const ThumbnailQuery = z.object({ size: ThumbnailSize.default('thumbnail') });

/** The local server's thumbnail endpoint: the 2025 sizes plus `small` (the 2026 720 px variant). */
export const AssetImageQuery = z.object({ size: z.enum(IMAGE_SIZES).default('thumbnail') });

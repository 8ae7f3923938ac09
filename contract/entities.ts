/**
 * The Gumnut API's resource shapes (2025 shape) plus the local server's documented extensions.
 * See docs/api-contract.md. Objects strip unknown keys rather than reject them: the cloud keeps
 * adding fields and a client must not break when it does.
 *
 * Written with `zod/mini` (functional checks, tree-shakable): the gallery parses every response
 * with these, and classic zod would put ~25 kB (gzip) into its bundle for the same checks.
 */
import { z } from 'zod/mini';
import { DATE_SOURCES, PLACE_SOURCES, ZONE_SOURCES } from './constants.ts';

/** ISO 8601 date-time as Pydantic prints it; kept as text so an offsetless wall-clock time survives. */
export const DateTimeText = z.string().check(z.minLength(1));

export const BoundingBox = z.object({
  x: z.number(),
  y: z.number(),
  w: z.number(),
  h: z.number(),
});
export type BoundingBox = z.infer<typeof BoundingBox>;

/** A field that may be missing or null: how the API marks everything not every record has. */
export const nullish = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

export const Exif = z.object({
  make: nullish(z.string()),
  model: nullish(z.string()),
  orientation: nullish(z.int()),
  modified_datetime: nullish(DateTimeText),
  original_datetime: nullish(DateTimeText),
  digitized_datetime: nullish(DateTimeText),
  lens_model: nullish(z.string()),
  f_number: nullish(z.number()),
  focal_length: nullish(z.number()),
  iso: nullish(z.number()),
  exposure_time: nullish(z.number()),
  exposure_bias: nullish(z.number()),
  latitude: nullish(z.number()),
  longitude: nullish(z.number()),
  altitude: nullish(z.number()),
  city: nullish(z.string()),
  state: nullish(z.string()),
  country: nullish(z.string()),
  description: nullish(z.string()),
  fps: nullish(z.number()),
  live_photo_cid: nullish(z.string()),
  projection_type: nullish(z.string()),
  profile_description: nullish(z.string()),
  auto_stack_id: nullish(z.string()),
  rating: nullish(z.number()),
});
export type Exif = z.infer<typeof Exif>;

export const Face = z.object({
  id: z.string(),
  asset_id: z.string(),
  person_id: nullish(z.string()),
  bounding_box: BoundingBox,
  timestamp_ms: nullish(z.number()),
  thumbnail_url: nullish(z.string()),
  created_at: DateTimeText,
  updated_at: DateTimeText,
});
export type Face = z.infer<typeof Face>;

export const Person = z.object({
  id: z.string(),
  name: nullish(z.string()),
  birth_date: nullish(z.string()),
  is_hidden: z.boolean(),
  is_favorite: z.boolean(),
  thumbnail_face_id: nullish(z.string()),
  thumbnail_face_url: nullish(z.string()),
  /** Extension (also in the 2026 cloud API): distinct assets this person appears in. */
  asset_count: nullish(z.int()),
  /**
   * Ours, on the local server's list: the person's assets inside the list's `album_id` and
   * `library_id` (their `asset_count` without either). Absent elsewhere: then the list is narrowed
   * but its counts are whole-library totals.
   */
  matching_asset_count: nullish(z.int()),
  created_at: DateTimeText,
  updated_at: DateTimeText,
});
export type Person = z.infer<typeof Person>;

/** A value of `values`, or null for one this client doesn't know (a newer server's). */
const known = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.optional(z.catch(z.nullable(z.enum(values)), null));

/**
 * Extension (local server, both shapes): where an asset's date, its time zone and its place came
 * from (docs/api-contract.md, "Dates, zones and places: where they came from"). Absent through
 * the gateway and on rows indexed before they were kept: unknown.
 */
export const assetSources = {
  local_datetime_source: known(DATE_SOURCES),
  time_zone_source: known(ZONE_SOURCES),
  place_source: known(PLACE_SOURCES),
};

export const Asset = z.object({
  id: z.string(),
  device_asset_id: z.string(),
  device_id: z.string(),
  mime_type: z.string(),
  original_file_name: z.string(),
  file_created_at: DateTimeText,
  file_modified_at: DateTimeText,
  local_datetime: DateTimeText,
  checksum: z.string(),
  /** Extension: pixel size as displayed (after EXIF rotation). */
  width: nullish(z.int()),
  height: nullish(z.int()),
  exif: nullish(Exif),
  metrics: nullish(z.record(z.string(), z.nullable(z.number()))),
  download_url: nullish(z.string()),
  thumbnail_url: nullish(z.string()),
  /**
   * Extension (local server): where a `<video>` plays this video, with ranges: the original when
   * a browser plays it as it is, else an H.264 copy (202 while it is being made).
   */
  playback_url: nullish(z.string()),
  /** Extension (local server): a Live Photo's motion clip, played like `playback_url`. */
  live_photo_video_url: nullish(z.string()),
  ...assetSources,
  faces: nullish(z.array(Face)),
  people: nullish(z.array(Person)),
  created_at: DateTimeText,
  updated_at: DateTimeText,
});
export type Asset = z.infer<typeof Asset>;

/**
 * Extension (local server): what `playback_url` answers a client asking for JSON instead of the
 * bytes: `ready` (200), or `preparing` (202) while the H.264 copy is made; ask again after
 * `retry_after_seconds`.
 */
export const VideoState = z.object({
  status: z.enum(['ready', 'preparing']),
  retry_after_seconds: nullish(z.number()),
});
export type VideoState = z.infer<typeof VideoState>;

export const Album = z.object({
  id: z.string(),
  name: z.string(),
  description: nullish(z.string()),
  /** Extension (also in the 2026 cloud API). */
  asset_count: nullish(z.int()),
  /**
   * Ours, on the local server's list: the album's assets showing the list's `person_id` (its
   * `asset_count` without one). Absent elsewhere: then the list was not narrowed by person.
   */
  matching_asset_count: nullish(z.int()),
  created_at: DateTimeText,
  updated_at: DateTimeText,
});
export type Album = z.infer<typeof Album>;

export const Library = z.object({
  id: z.string(),
  name: z.string(),
  description: nullish(z.string()),
  user_id: z.string(),
  created_at: DateTimeText,
  updated_at: DateTimeText,
});
export type Library = z.infer<typeof Library>;

/** A cursor page: `{data, has_more}`; the next page is asked with `starting_after_id` = last id. */
export const pageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({ data: z.array(item), has_more: z.boolean() });
export type Page<T> = { data: T[]; has_more: boolean };

export const AssetPage = pageOf(Asset);
export const AlbumPage = pageOf(Album);
export const PersonPage = pageOf(Person);
export const FacePage = pageOf(Face);
export const LibraryList = z.array(Library);
export const AssetList = z.array(Asset);

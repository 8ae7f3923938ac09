/**
 * The Gumnut API's resource shapes as the cloud serves them in late 2026
 * (../shared/docs/api-2026.md), beside the 2025 ones in entities.ts and built from them where the
 * two agree (the Exif fields, bounding boxes, faces, people, albums, libraries). Import the module
 * as a namespace (`import * as api2026 from …`) so `api2026.Asset` and the 2025 `Asset` read apart.
 *
 * Same rules as entities.ts: `zod/mini` (the browser may parse these), unknown keys stripped and
 * never rejected. Required is what every record carries; a field the upstream leaves out unless
 * `include=` asks for it, or documents as nullable, is `nullish`.
 */
import { z } from 'zod/mini';
import { IMAGE_VARIANTS, VIDEO_VARIANTS } from './constants.ts';
import * as v2025 from './entities.ts';
import { DateTimeText, nullish, pageOf } from './entities.ts';

/** One image (or clip) of an asset: a signed URL that loads without a key. */
export const AssetVariant = z.object({
  url: z.string().check(z.minLength(1)),
  mimetype: nullish(z.string()),
  /** Target width in pixels; null when unknown (an original). */
  width: nullish(z.number()),
});
export type AssetVariant = z.infer<typeof AssetVariant>;

/** Every variant name a photo or a video may carry; names added later are stripped, not refused. */
export const VARIANT_NAMES: readonly VariantName[] = [...new Set([...IMAGE_VARIANTS, ...VIDEO_VARIANTS])];
export type VariantName = (typeof IMAGE_VARIANTS)[number] | (typeof VIDEO_VARIANTS)[number];

/**
 * `asset_urls`: `{variant: {url, mimetype, width}}`. Without `include=variants` only the lean rung
 * is there (`thumbnail`, or `thumbnail_image` for a video), so every name is optional.
 */
export const AssetUrls = z.object(
  Object.fromEntries(VARIANT_NAMES.map((name) => [name, nullish(AssetVariant)])) as Record<
    VariantName,
    ReturnType<typeof nullish<typeof AssetVariant>>
  >,
);
export type AssetUrls = z.infer<typeof AssetUrls>;

/** `metadata` (with `include=metadata`): the 2025 Exif fields plus location names and the record's own ids. */
export const Metadata = z.extend(v2025.Exif, {
  asset_id: z.string(),
  created_at: DateTimeText,
  updated_at: DateTimeText,
  /** ISO 3166-1 alpha-2. */
  country_code: nullish(z.string()),
  /** A landmark or point of interest. */
  place_name: nullish(z.string()),
  sublocation: nullish(z.string()),
  /** "Golden Gate Bridge, San Francisco, California": the most specific name, then broader context. */
  display_label: nullish(z.string()),
  /** IANA zone, e.g. `Europe/Lisbon`. */
  timezone: nullish(z.string()),
  /** Encoded pixel size, before `orientation`; null or 0 when unknown. */
  raw_width: nullish(z.number()),
  raw_height: nullish(z.number()),
});
export type Metadata = z.infer<typeof Metadata>;

/** `file_data` (with `include=file_data`): what 2025 had flat on the asset. */
export const FileData = z.object({
  /** Base64 SHA-256 of the uploaded file. */
  checksum: z.string(),
  /** Null for assets uploaded before SHA-1s were kept. */
  checksum_sha1: nullish(z.string()),
  device_asset_id: z.string(),
  device_id: z.string(),
  file_created_at: DateTimeText,
  file_modified_at: DateTimeText,
  file_size_bytes: nullish(z.number()),
});
export type FileData = z.infer<typeof FileData>;

/** A face: the 2025 one with its crop as `asset_urls` instead of `thumbnail_url`. */
export const Face = z.extend(z.omit(v2025.Face, { thumbnail_url: true }), {
  /** `automatic` or `manual`; kept as text so a new source doesn't refuse the face. */
  source: nullish(z.string()),
  confidence: nullish(z.number()),
  asset_urls: nullish(AssetUrls),
  cluster_assignment: nullish(z.record(z.string(), z.unknown())),
});
export type Face = z.infer<typeof Face>;

/** A person: the avatar is `asset_urls` (null when embedded in an asset), plus clustering figures. */
export const Person = z.extend(z.omit(v2025.Person, { thumbnail_face_url: true }), {
  asset_urls: nullish(AssetUrls),
  cluster_metrics: nullish(z.record(z.string(), z.unknown())),
});
export type Person = z.infer<typeof Person>;

/**
 * An asset. Lean by default: `metadata`, `file_data`, `faces`, `people` and `metrics` are null
 * unless `include=` asked for them (`[]` when asked and empty).
 */
export const Asset = z.object({
  id: z.string(),
  created_at: DateTimeText,
  updated_at: DateTimeText,
  /** Wall-clock capture time; may carry an offset, `Z` or none. */
  local_datetime: DateTimeText,
  mime_type: z.string(),
  original_file_name: z.string(),
  /** What made the current rendering: `original`, `edit` or `external:<service>`. */
  kind: z.string(),
  /** `asset_version_…`: the version the top-level fields describe. */
  current_version_id: z.string(),
  file_size_bytes: nullish(z.number()),
  width: nullish(z.int()),
  height: nullish(z.int()),
  /** An AI caption, not EXIF (that is `metadata.description`). */
  description: nullish(z.string()),
  /** Base64 ThumbHash; null while pending. */
  thumbhash: nullish(z.string()),
  /** Seconds, for videos; null until extracted. */
  duration: nullish(z.number()),
  /** `asset_stack_…`, grouping bursts and RAW+JPEG pairs. */
  stack_id: nullish(z.string()),
  /** Ours (local server): where the date, zone and place came from, as on the 2025 shape. */
  ...v2025.assetSources,
  trashed_at: nullish(DateTimeText),
  asset_urls: nullish(AssetUrls),
  metadata: nullish(Metadata),
  file_data: nullish(FileData),
  faces: nullish(z.array(Face)),
  people: nullish(z.array(Person)),
  metrics: nullish(z.record(z.string(), z.nullable(z.number()))),
});
export type Asset = z.infer<typeof Asset>;

export const Album = z.extend(v2025.Album, {
  asset_count: z.int(),
  album_cover_asset_id: nullish(z.string()),
  /** The cover's variants. */
  asset_urls: nullish(AssetUrls),
  /** Capture time of the album's oldest and newest assets. */
  start_date: nullish(DateTimeText),
  end_date: nullish(DateTimeText),
});
export type Album = z.infer<typeof Album>;

export const Library = z.extend(v2025.Library, {
  /** 2026 libraries can be shared: the owner may be named instead of a flat `user_id`. */
  user_id: nullish(z.string()),
  owner: nullish(z.object({ id: z.string() })),
  asset_count: nullish(z.int()),
  storage_used_bytes: nullish(z.number()),
  storage_limit_bytes: nullish(z.number()),
});
export type Library = z.infer<typeof Library>;

export const AssetPage = pageOf(Asset);
export const AlbumPage = pageOf(Album);
export const PersonPage = pageOf(Person);
export const FacePage = pageOf(Face);
export const LibraryList = z.array(Library);

/** `GET /api/assets/counts`: one bucket per month, newest first; `time_bucket` is its naive start. */
export const CountBucket = z.object({ time_bucket: DateTimeText, count: z.int() });
export type CountBucket = z.infer<typeof CountBucket>;
export const AssetCounts = pageOf(CountBucket);

/** `GET /api/assets/geo-clusters`: one row per non-empty cell (not paged, at most 1000). */
export const GeoCluster = z.object({
  /** The centroid of the cell's members. */
  latitude: z.number(),
  longitude: z.number(),
  count: z.int(),
  /** The cell's newest geotagged asset, for a cover. */
  representative_asset_id: z.string(),
});
export type GeoCluster = z.infer<typeof GeoCluster>;
export const GeoClusters = z.object({ data: z.array(GeoCluster) });

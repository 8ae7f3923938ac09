/**
 * Facts about the wire that both sides (and both API generations) share: the id alphabet, the
 * image sizes and the names of the 2026 image variants. Plain values, no zod, so the browser can
 * import them for free.
 */

/** Gumnut ids: `prefix_` + a UUID in base 57 (Python's `shortuuid` alphabet), 22 characters. */
export const ID_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export const ID_LENGTH = 22;
/** `asset_version` names one rendering of an asset (2026 `current_version_id`). */
export type IdPrefix = 'asset' | 'album' | 'person' | 'face' | 'lib' | 'asset_version' | 'asset_stack';

/** The sizes `GET /api/assets/{id}/thumbnail?size=` serves (the 2025 API's names). */
export const THUMBNAIL_SIZES = ['thumbnail', 'preview', 'fullsize'] as const;
export type ThumbnailSize = (typeof THUMBNAIL_SIZES)[number];

/**
 * The sizes the local server renders: the 2025 ones plus 2026's `small`. Only the local
 * thumbnail endpoint takes `small` (the 2025 API, and so the gateway, name three sizes).
 */
export const IMAGE_SIZES = ['thumbnail', 'small', 'preview', 'fullsize'] as const;
export type ImageSize = (typeof IMAGE_SIZES)[number];

/**
 * Long-edge limits in pixels of each size. `thumbnail`, `small` and `preview` are the numbers
 * the 2026 variants name; `fullsize` is the original as displayed, capped so a 100-megapixel
 * scan stays servable.
 */
export const THUMBNAIL_EDGE = {
  thumbnail: 360,
  small: 720,
  preview: 1440,
  fullsize: 4096,
} as const satisfies Record<ImageSize, number>;

/** The 2026 API's image variants (`asset_urls` keys) of a photo, smallest first. */
export const IMAGE_VARIANTS = ['thumbnail', 'small', 'preview', 'fullsize', 'original'] as const;
export type ImageVariant = (typeof IMAGE_VARIANTS)[number];

/** A video's variants: the original plus stills taken from it. */
export const VIDEO_VARIANTS = [
  'original',
  'thumbnail_image',
  'small_image',
  'preview_image',
  'fullsize_image',
] as const;
export type VideoVariant = (typeof VIDEO_VARIANTS)[number];

/** Long edges of the 2026 derived variants (`fullsize` and `original` have none: the photo's own). */
export const VARIANT_EDGE = {
  thumbnail: THUMBNAIL_EDGE.thumbnail,
  small: THUMBNAIL_EDGE.small,
  preview: THUMBNAIL_EDGE.preview,
} as const;

/** The most ids one zip download names (`GET /api/assets/download.zip?ids=`); more is a 422. */
export const DOWNLOAD_IDS_MAX = 1000;
/** The most ids one zip download leaves out of its filter (`exclude_ids=`). */
export const DOWNLOAD_EXCLUDE_MAX = 1000;

/** A list page's `limit` (ours: up to 1000; a 2026 Gumnut server allows 200). Here, not in
    queries.ts, so the gallery can read them without pulling classic zod into its bundle. */
export const LIMIT_MIN = 1;
export const LIMIT_MAX = 1000;
export const LIMIT_DEFAULT = 100;

/**
 * Ours: where an asset's `local_datetime` came from (`local_datetime_source`): the file's metadata
 * (EXIF/XMP/QuickTime), a date in its name, or the file's modification time.
 */
export const DATE_SOURCES = ['camera', 'file_name', 'file_time'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];
/**
 * Ours: where the offset of `local_datetime` came from (`time_zone_source`): written in the file,
 * the time zone of its GPS position, UTC by the naming convention (Pixel `PXL_…`), or the zone of
 * the computer that indexed it (a file time). Null when the time has no offset.
 */
export const ZONE_SOURCES = ['camera', 'gps', 'file_name', 'machine'] as const;
export type ZoneSource = (typeof ZONE_SOURCES)[number];
/** Ours: where city/state/country came from (`place_source`): written in the file, or from GPS. */
export const PLACE_SOURCES = ['file', 'gps'] as const;
export type PlaceSource = (typeof PLACE_SOURCES)[number];

/**
 * The one place each table's row is typed and mapped to its contract shape. Image URLs come from
 * the `MediaUrls` the caller passes: the data layer doesn't know which routes serve images.
 */
import type { Album, Asset, Exif, Face, Library, Person } from '../../contract/entities.ts';
import type * as api2026 from '../../contract/entities-2026.ts';
import type { DateSource, PlaceSource, ZoneSource } from '../../contract/constants.ts';
import { stableId } from '../ids.ts';
import { assetUrlsOf, faceUrlsOf } from './asset-urls.ts';
import type { MediaUrls } from './media-urls.ts';
import { countryCodeOf, displayLabelOf } from './place-labels.ts';

// The local server answers both generations at once: every record carries its 2025 fields and
// the 2026 ones beside them (the two use different names, so they never collide).
export type LocalFace = Face & api2026.Face;
export type LocalPerson = Person & api2026.Person;
export type LocalAlbum = Album & api2026.Album;
export type LocalLibrary = Library & api2026.Library;
export type LocalAsset = Omit<Asset, 'faces' | 'people'> &
  Omit<api2026.Asset, 'faces' | 'people'> & { faces: LocalFace[]; people: LocalPerson[] };

export interface LibraryRow {
  id: string;
  name: string;
  description: string | null;
  root_path: string;
  user_id: string;
  created_at: string;
  updated_at: string;
}

export interface AssetRow {
  id: string;
  library_id: string;
  rel_path: string;
  file_size: number;
  file_mtime_ms: number;
  checksum: string;
  mime_type: string;
  original_file_name: string;
  file_created_at: string;
  file_modified_at: string;
  local_datetime: string;
  sort_key: string;
  width: number | null;
  height: number | null;
  exif_json: string | null;
  /**
   * Base64 ThumbHash of the grid thumbnail; null until the indexer has computed it. Optional
   * because rows built outside the indexer (the benchmarks' generator) have none to give.
   */
  thumbhash?: string | null;
  /** Seconds, for a video (migration 8); optional like `thumbhash` for rows built elsewhere. */
  duration?: number | null;
  /** 1 when a browser plays the video's original as it is, 0 when it needs a copy; null on photos. */
  video_playable?: number | null;
  /** The `live_motions` id of a Live Photo's motion clip. */
  live_motion_id?: string | null;
  /** `asset_stack_…` shared by the files of one shot (a RAW+JPEG pair); optional as thumbhash. */
  stack_id?: string | null;
  /** 1 for a stack's members other than its cover: listed only through their stack. */
  stack_hidden?: number;
  /** Where the date, zone and place came from (migration 12); null: unknown (indexed before). */
  date_source?: DateSource | null;
  zone_source?: ZoneSource | null;
  place_source?: PlaceSource | null;
  created_at: string;
  updated_at: string;
}

export interface AlbumRow {
  id: string;
  library_id: string;
  rel_path: string;
  name: string;
  description: string | null;
  asset_count: number;
  created_at: string;
  updated_at: string;
}

/** What an album's 2026 fields read from its assets: the newest (the cover) and the oldest. */
export interface AlbumSpanRow {
  album_id: string;
  cover_id: string | null;
  cover_checksum: string | null;
  cover_mime_type: string | null;
  cover_width: number | null;
  cover_height: number | null;
  end_date: string | null;
  start_date: string | null;
}

/** A library with the aggregates of its assets. */
export interface LibraryStatsRow extends LibraryRow {
  asset_count: number;
  storage_used_bytes: number;
}

export interface PersonRow {
  id: string;
  name: string | null;
  birth_date: string | null;
  is_hidden: number;
  is_favorite: number;
  thumbnail_face_id: string | null;
  asset_count: number;
  created_at: string;
  updated_at: string;
}

export interface FaceRow {
  id: string;
  asset_id: string;
  person_id: string | null;
  x: number;
  y: number;
  w: number;
  h: number;
  created_at: string;
  updated_at: string;
}

export const toLibrary = (row: LibraryStatsRow): LocalLibrary => ({
  id: row.id,
  name: row.name,
  description: row.description,
  user_id: row.user_id,
  asset_count: row.asset_count,
  storage_used_bytes: row.storage_used_bytes,
  storage_limit_bytes: null,
  created_at: row.created_at,
  updated_at: row.updated_at,
});

export const toAlbum = (row: AlbumRow, span: AlbumSpanRow | undefined, urls: MediaUrls): LocalAlbum => {
  const cover =
    span?.cover_id && span.cover_checksum && span.cover_mime_type
      ? {
          id: span.cover_id,
          checksum: span.cover_checksum,
          mime_type: span.cover_mime_type,
          width: span.cover_width,
          height: span.cover_height,
        }
      : null;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    asset_count: row.asset_count,
    album_cover_asset_id: cover?.id ?? null,
    asset_urls: cover ? assetUrlsOf(cover, urls) : null,
    start_date: span?.start_date ?? null,
    end_date: span?.end_date ?? null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
};

export const toPerson = (row: PersonRow, urls: MediaUrls): LocalPerson => ({
  id: row.id,
  name: row.name,
  birth_date: row.birth_date,
  is_hidden: row.is_hidden === 1,
  is_favorite: row.is_favorite === 1,
  thumbnail_face_id: row.thumbnail_face_id,
  thumbnail_face_url: row.thumbnail_face_id ? urls.faceThumbnail(row.thumbnail_face_id) : null,
  asset_urls: row.thumbnail_face_id ? faceUrlsOf(row.thumbnail_face_id, urls) : null,
  asset_count: row.asset_count,
  created_at: row.created_at,
  updated_at: row.updated_at,
});

export const toFace = (row: FaceRow, urls: MediaUrls): LocalFace => ({
  id: row.id,
  asset_id: row.asset_id,
  person_id: row.person_id,
  bounding_box: { x: row.x, y: row.y, w: row.w, h: row.h },
  timestamp_ms: null,
  thumbnail_url: urls.faceThumbnail(row.id),
  // Regions come from the photo's XMP: written by a camera's or an editor's face detection (or
  // tagged by hand there), never by a person using this API, so "automatic"; no score is kept.
  source: 'automatic',
  confidence: null,
  asset_urls: faceUrlsOf(row.id, urls),
  created_at: row.created_at,
  updated_at: row.updated_at,
});

/**
 * `current_version_id`: a stable `asset_version_…` per asset and content (a new file, a new
 * version). Remembered: its SHA-256 was a seventh of a page's time, for an answer that changes
 * only when the file does. Bounded; emptied when full (pages repeat, a full library doesn't).
 */
export function assetVersionId(row: Pick<AssetRow, 'id' | 'checksum'>): string {
  const key = `${row.id}:${row.checksum}`;
  let id = versionIds.get(key);
  if (id === undefined) {
    if (versionIds.size >= VERSION_IDS_KEPT) versionIds.clear();
    id = stableId('asset_version', key);
    versionIds.set(key, id);
  }
  return id;
}
const VERSION_IDS_KEPT = 50_000;
const versionIds = new Map<string, string>();

/**
 * `metadata`: the Exif fields plus the record's ids and what we can say of the place. Parsed
 * afresh and extended in place: spreading a parsed 25-field object into a new one cost ~40 µs
 * an asset (measured at 1M, a third of a page's time), the parse ~1 µs.
 */
function metadataOf(row: AssetRow, exif: Exif | null): api2026.Metadata {
  const countryCode = countryCodeOf(exif?.country);
  const own: Omit<api2026.Metadata, keyof Exif> = {
    asset_id: row.id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    country_code: countryCode,
    place_name: null,
    sublocation: null,
    display_label: exif ? displayLabelOf(exif, countryCode) : null,
    timezone: null,
    raw_width: null,
    raw_height: null,
  };
  return row.exif_json ? Object.assign(JSON.parse(row.exif_json) as Exif, own) : own;
}

export function toAsset(
  row: AssetRow,
  faces: LocalFace[],
  people: LocalPerson[],
  urls: MediaUrls,
): LocalAsset {
  const exif = row.exif_json ? (JSON.parse(row.exif_json) as Exif) : null;
  const deviceId = `contact-sheet:${row.library_id}`;
  return {
    id: row.id,
    device_asset_id: row.rel_path,
    device_id: deviceId,
    mime_type: row.mime_type,
    original_file_name: row.original_file_name,
    file_created_at: row.file_created_at,
    file_modified_at: row.file_modified_at,
    local_datetime: row.local_datetime,
    checksum: row.checksum,
    width: row.width,
    height: row.height,
    exif,
    metrics: null,
    download_url: urls.assetDownload(row),
    thumbnail_url: urls.assetThumbnail(row),
    playback_url: row.mime_type.startsWith('video/') ? (urls.assetVideo?.(row) ?? null) : null,
    live_photo_video_url: row.live_motion_id ? (urls.assetLiveVideo?.(row) ?? null) : null,
    local_datetime_source: row.date_source ?? null,
    time_zone_source: row.zone_source ?? null,
    place_source: row.place_source ?? null,
    faces,
    people,
    // 2026
    kind: 'original',
    current_version_id: assetVersionId(row),
    file_size_bytes: row.file_size,
    description: exif?.description ?? null,
    thumbhash: row.thumbhash ?? null,
    duration: row.duration ?? null,
    stack_id: row.stack_id ?? null,
    trashed_at: null,
    asset_urls: assetUrlsOf(row, urls),
    metadata: metadataOf(row, exif),
    file_data: {
      checksum: row.checksum,
      checksum_sha1: null,
      device_asset_id: row.rel_path,
      device_id: deviceId,
      file_created_at: row.file_created_at,
      file_modified_at: row.file_modified_at,
      file_size_bytes: row.file_size,
    },
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

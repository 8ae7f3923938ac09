/**
 * The one place each table's row is typed and mapped to its contract shape. Image URLs come from
 * the `MediaUrls` the caller passes: the data layer doesn't know which routes serve images.
 */
import type { Album, Asset, Exif, Face, Library, Person } from '../../contract/entities.ts';
import type { MediaUrls } from './media-urls.ts';

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

export const toLibrary = (row: LibraryRow): Library => ({
  id: row.id,
  name: row.name,
  description: row.description,
  user_id: row.user_id,
  created_at: row.created_at,
  updated_at: row.updated_at,
});

export const toAlbum = (row: AlbumRow): Album => ({
  id: row.id,
  name: row.name,
  description: row.description,
  asset_count: row.asset_count,
  created_at: row.created_at,
  updated_at: row.updated_at,
});

export const toPerson = (row: PersonRow, urls: MediaUrls): Person => ({
  id: row.id,
  name: row.name,
  birth_date: row.birth_date,
  is_hidden: row.is_hidden === 1,
  is_favorite: row.is_favorite === 1,
  thumbnail_face_id: row.thumbnail_face_id,
  thumbnail_face_url: row.thumbnail_face_id ? urls.faceThumbnail(row.thumbnail_face_id) : null,
  asset_count: row.asset_count,
  created_at: row.created_at,
  updated_at: row.updated_at,
});

export const toFace = (row: FaceRow, urls: MediaUrls): Face => ({
  id: row.id,
  asset_id: row.asset_id,
  person_id: row.person_id,
  bounding_box: { x: row.x, y: row.y, w: row.w, h: row.h },
  timestamp_ms: null,
  thumbnail_url: urls.faceThumbnail(row.id),
  created_at: row.created_at,
  updated_at: row.updated_at,
});

export function toAsset(row: AssetRow, faces: Face[], people: Person[], urls: MediaUrls): Asset {
  return {
    id: row.id,
    device_asset_id: row.rel_path,
    device_id: `contact-sheet:${row.library_id}`,
    mime_type: row.mime_type,
    original_file_name: row.original_file_name,
    file_created_at: row.file_created_at,
    file_modified_at: row.file_modified_at,
    local_datetime: row.local_datetime,
    checksum: row.checksum,
    width: row.width,
    height: row.height,
    exif: row.exif_json ? (JSON.parse(row.exif_json) as Exif) : null,
    metrics: null,
    download_url: urls.assetDownload(row),
    thumbnail_url: urls.assetThumbnail(row),
    faces,
    people,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

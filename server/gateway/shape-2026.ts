/**
 * Upstream resources (the 2025 shape or the 2026 one) turned into the contract's 2025 shape, the
 * only shape the gallery parses. Pure: no I/O. Image URLs come out pointing at this server (the
 * browser can neither send the key nor load a CDN under our CSP); what they stand for is handed
 * to `sink`, which keeps it server-side.
 *
 * 2026 differences handled here (docs/api-contract.md, and the official SDKs' types):
 * `metadata` instead of `exif`; `file_data{checksum, device_asset_id, device_id, file_created_at,
 * file_modified_at}` instead of flat fields; `asset_urls{variant: {url}}` instead of
 * `thumbnail_url` / `download_url`, on assets, faces (their crop) and people (their avatar).
 */
import { createHash } from 'node:crypto';
import type { Album, Asset, Exif, Face, Library, Person } from '../../contract/entities.ts';

export type Raw = Record<string, unknown>;
export type UpstreamShape = '2025' | '2026';
export type ImageKind = 'asset' | 'face' | 'person';
export type ImageVariant = 'thumbnail' | 'preview' | 'fullsize' | 'original';

/** Where the images of one asset, face or person really are (absolute upstream URLs). */
export interface ImageSource {
  /** One URL per size (2026 `asset_urls`, 2025 `download_url` as `original`). */
  variants: Partial<Record<ImageVariant, string>>;
  /** A 2025 thumbnail endpoint that takes `size=thumbnail|preview|fullsize` itself. */
  sized?: string;
  /** For the download's Content-Disposition. */
  fileName?: string;
}

export interface AdaptContext {
  /** Make an upstream URL absolute (relative ones are relative to the upstream). */
  resolve: (url: string) => string;
  /** Keep the source of `kind:id`'s images; the adapters only emit our own URLs. */
  sink: (kind: ImageKind, id: string, source: ImageSource) => void;
}

const EXIF_FIELDS = [
  'make', 'model', 'orientation', 'modified_datetime', 'original_datetime', 'digitized_datetime',
  'lens_model', 'f_number', 'focal_length', 'iso', 'exposure_time', 'exposure_bias', 'latitude',
  'longitude', 'altitude', 'city', 'state', 'country', 'description', 'fps', 'live_photo_cid',
  'projection_type', 'profile_description', 'auto_stack_id', 'rating',
] as const satisfies readonly (keyof Exif)[];

/**
 * 2026 variant names, best first, for each size the 2025 API serves. Videos name their stills
 * `*_image`. A bigger image stands in for a missing one before a smaller does; `original` never
 * stands in for a display size (it may be HEIC or a video).
 */
const VARIANT_FALLBACKS: Record<ImageVariant, readonly string[]> = {
  thumbnail: ['thumbnail', 'thumbnail_image', 'small', 'small_image', 'preview', 'preview_image'],
  preview: ['preview', 'preview_image', 'fullsize', 'fullsize_image', 'small', 'small_image', 'thumbnail', 'thumbnail_image'],
  fullsize: ['fullsize', 'fullsize_image', 'preview', 'preview_image', 'small', 'small_image', 'thumbnail', 'thumbnail_image'],
  original: ['original'],
};

const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Raw, k: string): string | null => {
  const v = o[k];
  return typeof v === 'string' ? v : null;
};
const num = (o: Raw, k: string): number | null => {
  const v = o[k];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};
const int = (o: Raw, k: string): number | null => {
  const n = num(o, k);
  return n !== null && Number.isInteger(n) ? n : null;
};
const obj = (o: Raw, k: string): Raw | null => {
  const v = o[k];
  return isObj(v) ? v : null;
};
const list = (o: Raw, k: string): Raw[] | null => (Array.isArray(o[k]) ? (o[k] as unknown[]).filter(isObj) : null);

/** Which shape an asset is in: 2026 assets carry `asset_urls` / `metadata` / `file_data`, never `thumbnail_url`. */
export function assetShapeOf(raw: Raw): UpstreamShape {
  if ('asset_urls' in raw || 'metadata' in raw || 'file_data' in raw) return '2026';
  return 'thumbnail_url' in raw || 'exif' in raw || 'checksum' in raw ? '2025' : '2026';
}

/** A short, URL-safe tag of an image source: when the upstream's URL changes, ours changes. */
export function imageVersion(source: ImageSource | string): string {
  const text = typeof source === 'string' ? source : JSON.stringify([source.variants, source.sized ?? null]);
  return createHash('sha256').update(text).digest('base64url').slice(0, 12);
}

/** Our URL for the images of `kind:id` (assets take `size=`); see docs/api-contract.md. */
export function localImageUrl(kind: ImageKind, id: string, version: string): string {
  const base = kind === 'asset' ? 'assets' : kind === 'face' ? 'faces' : 'people';
  return `/api/${base}/${encodeURIComponent(id)}/thumbnail?v=${version}`;
}

/** The 2026 `asset_urls` map as one absolute URL per 2025 size. */
export function variantsOf(assetUrls: Raw | null, ctx: Pick<AdaptContext, 'resolve'>): ImageSource['variants'] {
  const out: ImageSource['variants'] = {};
  if (!assetUrls) return out;
  for (const [size, names] of Object.entries(VARIANT_FALLBACKS) as [ImageVariant, readonly string[]][]) {
    for (const name of names) {
      const variant = obj(assetUrls, name);
      const url = variant ? str(variant, 'url') : null;
      if (url) {
        out[size] = ctx.resolve(url);
        break;
      }
    }
  }
  return out;
}

const hasImages = (s: ImageSource) => Boolean(s.sized) || Object.keys(s.variants).length > 0;

/** Register `source` and return our URL for it, or null when there is nothing to show. */
function emit(kind: ImageKind, id: string, source: ImageSource, ctx: AdaptContext): string | null {
  if (!hasImages(source)) return null;
  ctx.sink(kind, id, source);
  return localImageUrl(kind, id, imageVersion(source));
}

export function adaptExif(raw: Raw | null): Exif | null {
  if (!raw) return null;
  const exif: Record<string, unknown> = {};
  for (const field of EXIF_FIELDS) exif[field] = raw[field] ?? null;
  return exif;
}

export function adaptFace(raw: Raw, ctx: AdaptContext): Face {
  const id = str(raw, 'id') ?? '';
  const legacy = str(raw, 'thumbnail_url');
  const source: ImageSource = { variants: legacy ? { thumbnail: ctx.resolve(legacy) } : variantsOf(obj(raw, 'asset_urls'), ctx) };
  const box = obj(raw, 'bounding_box') ?? {};
  return {
    id,
    asset_id: str(raw, 'asset_id') ?? '',
    person_id: str(raw, 'person_id'),
    bounding_box: { x: num(box, 'x') ?? 0, y: num(box, 'y') ?? 0, w: num(box, 'w') ?? 0, h: num(box, 'h') ?? 0 },
    timestamp_ms: num(raw, 'timestamp_ms'),
    thumbnail_url: emit('face', id, source, ctx),
    created_at: str(raw, 'created_at') ?? '',
    updated_at: str(raw, 'updated_at') ?? '',
  };
}

export function adaptPerson(raw: Raw, ctx: AdaptContext): Person {
  const id = str(raw, 'id') ?? '';
  const legacy = str(raw, 'thumbnail_face_url');
  const faceId = str(raw, 'thumbnail_face_id');
  const source: ImageSource = { variants: legacy ? { thumbnail: ctx.resolve(legacy) } : variantsOf(obj(raw, 'asset_urls'), ctx) };
  // A person embedded in a 2026 asset may come without asset_urls; /api/people/{id} has them,
  // and our route fetches it when asked, so a person with a face still gets an avatar URL.
  const avatar = emit('person', id, source, ctx) ?? (faceId ? localImageUrl('person', id, imageVersion(faceId)) : null);
  return {
    id,
    name: str(raw, 'name'),
    birth_date: str(raw, 'birth_date'),
    is_hidden: raw.is_hidden === true,
    is_favorite: raw.is_favorite === true,
    thumbnail_face_id: faceId,
    thumbnail_face_url: avatar,
    asset_count: int(raw, 'asset_count'),
    created_at: str(raw, 'created_at') ?? '',
    updated_at: str(raw, 'updated_at') ?? '',
  };
}

/**
 * An asset in the 2025 shape. Fields a 2026 upstream left out (no `file_data` when `include` was
 * ignored) become '' or the record's own dates rather than failing the gallery's parse.
 */
export function adaptAsset(raw: Raw, ctx: AdaptContext): Asset {
  const id = str(raw, 'id') ?? '';
  const shape = assetShapeOf(raw);
  const file = obj(raw, 'file_data') ?? raw;
  const fileName = str(raw, 'original_file_name') ?? str(file, 'original_file_name') ?? '';
  const createdAt = str(raw, 'created_at') ?? '';
  let source: ImageSource;
  if (shape === '2025') {
    // The 2025 endpoints exist even when a response leaves the URLs out.
    const thumb = str(raw, 'thumbnail_url') ?? `/api/assets/${encodeURIComponent(id)}/thumbnail`;
    const download = str(raw, 'download_url') ?? `/api/assets/${encodeURIComponent(id)}/download`;
    source = { variants: { original: ctx.resolve(download) }, sized: ctx.resolve(thumb), fileName };
  } else {
    source = { variants: variantsOf(obj(raw, 'asset_urls'), ctx), fileName };
  }
  const thumbnailUrl = emit('asset', id, source, ctx);
  const metrics = obj(raw, 'metrics');
  return {
    id,
    device_asset_id: str(file, 'device_asset_id') ?? '',
    device_id: str(file, 'device_id') ?? '',
    mime_type: str(raw, 'mime_type') ?? str(file, 'mime_type') ?? 'application/octet-stream',
    original_file_name: fileName,
    file_created_at: str(file, 'file_created_at') ?? createdAt,
    file_modified_at: str(file, 'file_modified_at') ?? createdAt,
    local_datetime: str(raw, 'local_datetime') ?? createdAt,
    checksum: str(file, 'checksum') ?? '',
    width: int(raw, 'width'),
    height: int(raw, 'height'),
    exif: adaptExif(obj(raw, shape === '2025' ? 'exif' : 'metadata')),
    metrics: metrics ? adaptMetrics(metrics) : null,
    download_url: source.variants.original ? `/api/assets/${encodeURIComponent(id)}/download` : null,
    thumbnail_url: thumbnailUrl,
    faces: list(raw, 'faces')?.map((face) => adaptFace(face, ctx)) ?? null,
    people: list(raw, 'people')?.map((person) => adaptPerson(person, ctx)) ?? null,
    created_at: createdAt,
    updated_at: str(raw, 'updated_at') ?? createdAt,
  };
}

function adaptMetrics(raw: Raw): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const key of Object.keys(raw)) out[key] = num(raw, key);
  return out;
}

export function adaptAlbum(raw: Raw): Album {
  return {
    id: str(raw, 'id') ?? '',
    name: str(raw, 'name') ?? '',
    description: str(raw, 'description'),
    asset_count: int(raw, 'asset_count'),
    created_at: str(raw, 'created_at') ?? '',
    updated_at: str(raw, 'updated_at') ?? '',
  };
}

export function adaptLibrary(raw: Raw): Library {
  const owner = obj(raw, 'owner');
  return {
    id: str(raw, 'id') ?? '',
    name: str(raw, 'name') ?? '',
    description: str(raw, 'description'),
    user_id: str(raw, 'user_id') ?? (owner ? str(owner, 'id') : null) ?? '',
    created_at: str(raw, 'created_at') ?? '',
    updated_at: str(raw, 'updated_at') ?? '',
  };
}

/** `{data, has_more}` from an upstream page; tolerates a bare array (some list endpoints). */
export function pageItems(body: unknown): { data: Raw[]; hasMore: boolean } | null {
  if (Array.isArray(body)) return { data: body.filter(isObj), hasMore: false };
  if (!isObj(body) || !Array.isArray(body.data)) return null;
  return { data: body.data.filter(isObj), hasMore: body.has_more === true };
}

export { isObj };

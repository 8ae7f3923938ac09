/**
 * Upstream resources (the 2025 shape or the 2026 one) turned into the contract's 2025 shape, the
 * only shape the gallery parses. Pure: no I/O. Each upstream item is parsed with the contract's
 * schema of its generation (contract/entities.ts, contract/entities-2026.ts) and adapted from the
 * typed value; an item its schema refuses is adapted from the fields that do parse, and reported
 * (shape-2026-parse.ts). Image URLs come out pointing at this server (the browser can neither send
 * the key nor load a CDN under our CSP); what they stand for is handed to `sink`, which keeps it
 * server-side.
 *
 * 2026 differences handled here (docs/api-contract.md, ../shared/docs/api-2026.md): `metadata`
 * instead of `exif`; `file_data{…}` instead of flat file fields; `asset_urls{variant: {url}}`
 * instead of `thumbnail_url` / `download_url`, on assets, faces (their crop) and people (their avatar).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod/mini';
import type { ImageSize } from '../../contract/constants.ts';
import * as api2025 from '../../contract/entities.ts';
import type { Asset, Exif } from '../../contract/entities.ts';
import * as api2026 from '../../contract/entities-2026.ts';
import * as extras from './fields-2026.ts';
import type {
  GatewayAlbum,
  GatewayAsset,
  GatewayFace,
  GatewayLibrary,
  GatewayPerson,
} from './fields-2026.ts';
import { isObj, parseItem, type ShapeProblem } from './shape-2026-parse.ts';

export type UpstreamShape = '2025' | '2026';
export type ImageKind = 'asset' | 'face' | 'person';
/** What the gateway serves of an image: the 2025 sizes and 2026's `small`, and the original. */
export type ImageVariant = ImageSize | 'original';

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
  /** Told of each upstream item its schema refused (it is still adapted, from what parses). */
  report?: (problem: ShapeProblem) => void;
}

/**
 * 2026 variant names, best first, for each size the 2025 API serves. Videos name their stills
 * `*_image`. A bigger image stands in for a missing one before a smaller does; `original` never
 * stands in for a display size (it may be HEIC or a video).
 */
const VARIANT_FALLBACKS = {
  thumbnail: ['thumbnail', 'thumbnail_image', 'small', 'small_image', 'preview', 'preview_image'],
  small: [
    'small',
    'small_image',
    'preview',
    'preview_image',
    'fullsize',
    'fullsize_image',
    'thumbnail',
    'thumbnail_image',
  ],
  preview: [
    'preview',
    'preview_image',
    'fullsize',
    'fullsize_image',
    'small',
    'small_image',
    'thumbnail',
    'thumbnail_image',
  ],
  fullsize: [
    'fullsize',
    'fullsize_image',
    'preview',
    'preview_image',
    'small',
    'small_image',
    'thumbnail',
    'thumbnail_image',
  ],
  original: ['original'],
} as const satisfies Record<ImageVariant, readonly api2026.VariantName[]>;

const EXIF_FIELDS = Object.keys(api2025.Exif.shape) as (keyof Exif)[];

// Faces and people inside an asset are parsed one by one, as a page's items are: one odd face
// must not take the asset's other faces with it.
const nested = {
  faces: api2025.nullish(z.array(z.unknown())),
  people: api2025.nullish(z.array(z.unknown())),
};
const Asset2025 = z.extend(api2025.Asset, nested);
const Asset2026 = z.extend(api2026.Asset, nested);

/**
 * Which shape an asset is in: 2026 assets carry `asset_urls` / `metadata` / `file_data`, never
 * `thumbnail_url`, `exif` or a flat `checksum`. An asset with both generations' fields (our
 * local server answers the superset) is read as 2025: every 2025 field is there, and such a
 * server takes the 2025 parameters too.
 */
export function assetShapeOf(raw: object): UpstreamShape {
  if ('thumbnail_url' in raw || 'exif' in raw || 'checksum' in raw) return '2025';
  return '2026';
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
export function variantsOf(
  assetUrls: api2026.AssetUrls | null | undefined,
  ctx: Pick<AdaptContext, 'resolve'>,
): ImageSource['variants'] {
  const out: ImageSource['variants'] = {};
  if (!assetUrls) return out;
  for (const [size, names] of Object.entries(VARIANT_FALLBACKS) as [
    ImageVariant,
    readonly api2026.VariantName[],
  ][]) {
    const url = names.map((name) => assetUrls[name]?.url).find(Boolean);
    if (url) out[size] = ctx.resolve(url);
  }
  return out;
}

/** A face's or person's images: the 2025 URL when it has one, else its 2026 `asset_urls`. */
function smallImage(
  legacy: string | null | undefined,
  assetUrls: api2026.AssetUrls | null | undefined,
  ctx: AdaptContext,
): ImageSource {
  return { variants: legacy ? { thumbnail: ctx.resolve(legacy) } : variantsOf(assetUrls, ctx) };
}

const hasImages = (s: ImageSource) => Boolean(s.sized) || Object.keys(s.variants).length > 0;

/** Register `source` and return our URL for it, or null when there is nothing to show. */
function emit(kind: ImageKind, id: string, source: ImageSource, ctx: AdaptContext): string | null {
  if (!hasImages(source)) return null;
  ctx.sink(kind, id, source);
  return localImageUrl(kind, id, imageVersion(source));
}

/**
 * Our URL for one 2026 variant of `kind:id`, given its `thumbnail_url` (`base`): an asset's sizes
 * are `base&size=…` (a video's `*_image` stills are its sizes), its `original` the download (which
 * streams with ranges, for `<video>`); a face or person has one image, whatever the variant.
 */
function variantUrl(kind: ImageKind, id: string, base: string | null, name: api2026.VariantName) {
  if (kind !== 'asset' || !base) return base;
  if (name === 'original') return `/api/assets/${encodeURIComponent(id)}/download`;
  return `${base}&size=${name.replace(/_image$/, '')}`;
}

/** The upstream's `asset_urls` of `kind:id` as ours (see `variantUrl`). */
const ourUrls = (kind: ImageKind, id: string, base: string | null, urls: api2026.AssetUrls | null) =>
  extras.rewriteAssetUrls(urls, (name) => variantUrl(kind, id, base, name));

/** The 2025 Exif of a 2025 `exif` or a 2026 `metadata` (a superset): its fields, every one present. */
export function adaptExif(metadata: Exif | null | undefined): Exif | null {
  if (!metadata) return null;
  return Object.fromEntries(EXIF_FIELDS.map((field) => [field, metadata[field] ?? null]));
}

export function adaptFace(raw: unknown, ctx: AdaptContext): GatewayFace {
  let face: Partial<api2026.Face>;
  let source: ImageSource;
  if (isObj(raw) && 'thumbnail_url' in raw) {
    const legacy = parseItem('face', raw, [api2025.Face], ctx.report);
    [face, source] = [legacy, smallImage(legacy.thumbnail_url, null, ctx)];
  } else {
    face = parseItem('face', raw, [api2026.Face], ctx.report);
    source = smallImage(null, face.asset_urls, ctx);
  }
  const id = face.id ?? '';
  const thumbnail = emit('face', id, source, ctx);
  const more = extras.faceExtrasOf(raw);
  return {
    id,
    asset_id: face.asset_id ?? '',
    person_id: face.person_id ?? null,
    bounding_box: face.bounding_box ?? { x: 0, y: 0, w: 0, h: 0 },
    timestamp_ms: face.timestamp_ms ?? null,
    thumbnail_url: thumbnail,
    created_at: face.created_at ?? '',
    updated_at: face.updated_at ?? '',
    ...more,
    asset_urls: ourUrls('face', id, thumbnail, more.asset_urls),
  };
}

export function adaptPerson(raw: unknown, ctx: AdaptContext): GatewayPerson {
  let person: Partial<api2026.Person>;
  let source: ImageSource;
  if (isObj(raw) && 'thumbnail_face_url' in raw) {
    const legacy = parseItem('person', raw, [api2025.Person], ctx.report);
    [person, source] = [legacy, smallImage(legacy.thumbnail_face_url, null, ctx)];
  } else {
    person = parseItem('person', raw, [api2026.Person], ctx.report);
    source = smallImage(null, person.asset_urls, ctx);
  }
  const id = person.id ?? '';
  const faceId = person.thumbnail_face_id ?? null;
  // A person embedded in a 2026 asset may come without asset_urls; /api/people/{id} has them,
  // and our route fetches it when asked, so a person with a face still gets an avatar URL.
  const avatar =
    emit('person', id, source, ctx) ?? (faceId ? localImageUrl('person', id, imageVersion(faceId)) : null);
  return {
    id,
    name: person.name ?? null,
    birth_date: person.birth_date ?? null,
    is_hidden: person.is_hidden ?? false,
    is_favorite: person.is_favorite ?? false,
    thumbnail_face_id: faceId,
    thumbnail_face_url: avatar,
    asset_count: person.asset_count ?? null,
    created_at: person.created_at ?? '',
    updated_at: person.updated_at ?? '',
    asset_urls: ourUrls('person', id, avatar, extras.urlsOf(raw)),
  };
}

/** The file fields both shapes have, flat (2025) or in `file_data` (2026). */
type FileFields = Partial<
  Pick<Asset, 'device_asset_id' | 'device_id' | 'file_created_at' | 'file_modified_at' | 'checksum'>
>;

/**
 * An asset in the 2025 shape. Fields a 2026 upstream left out (no `file_data` when `include` was
 * ignored) become '' or the record's own dates rather than failing the gallery's parse.
 */
export function adaptAsset(raw: object, ctx: AdaptContext): GatewayAsset {
  let asset: Partial<z.infer<typeof Asset2025 | typeof Asset2026>>;
  let file: FileFields;
  let exif: Exif | null | undefined;
  let source: ImageSource;
  if (assetShapeOf(raw) === '2025') {
    const legacy = parseItem('asset', raw, [Asset2025], ctx.report);
    const id = encodeURIComponent(legacy.id ?? '');
    // The 2025 endpoints exist even when a response leaves the URLs out.
    const thumb = legacy.thumbnail_url ?? `/api/assets/${id}/thumbnail`;
    const download = legacy.download_url ?? `/api/assets/${id}/download`;
    [asset, file, exif] = [legacy, legacy, legacy.exif];
    source = {
      variants: { original: ctx.resolve(download) },
      sized: ctx.resolve(thumb),
      fileName: legacy.original_file_name ?? '',
    };
  } else {
    const current = parseItem('asset', raw, [Asset2026], ctx.report);
    [asset, file, exif] = [current, current.file_data ?? {}, current.metadata];
    source = { variants: variantsOf(current.asset_urls, ctx), fileName: current.original_file_name ?? '' };
  }
  const id = asset.id ?? '';
  const createdAt = asset.created_at ?? '';
  const thumbnail = emit('asset', id, source, ctx);
  const more = extras.assetExtrasOf(raw);
  return {
    ...more,
    asset_urls: ourUrls('asset', id, thumbnail, more.asset_urls),
    id,
    device_asset_id: file.device_asset_id ?? '',
    device_id: file.device_id ?? '',
    mime_type: asset.mime_type ?? 'application/octet-stream',
    original_file_name: asset.original_file_name ?? '',
    file_created_at: file.file_created_at ?? createdAt,
    file_modified_at: file.file_modified_at ?? createdAt,
    local_datetime: asset.local_datetime ?? createdAt,
    checksum: file.checksum ?? '',
    width: asset.width ?? null,
    height: asset.height ?? null,
    exif: adaptExif(exif),
    metrics: asset.metrics ?? null,
    download_url: source.variants.original ? `/api/assets/${encodeURIComponent(id)}/download` : null,
    thumbnail_url: thumbnail,
    faces: asset.faces?.filter(isObj).map((face) => adaptFace(face, ctx)) ?? null,
    people: asset.people?.filter(isObj).map((person) => adaptPerson(person, ctx)) ?? null,
    created_at: createdAt,
    updated_at: asset.updated_at ?? createdAt,
  };
}

/**
 * An album. Its 2026 `asset_urls` are its cover's variants: they are registered as the cover
 * asset's images and answered as the cover's URLs on our origin, the ones the cover itself has.
 */
export function adaptAlbum(raw: unknown, ctx: Partial<AdaptContext> = {}): GatewayAlbum {
  // A 2026 album is a 2025 one with more fields (`asset_count` required): either parses.
  const album: Partial<api2025.Album> = parseItem('album', raw, [api2026.Album, api2025.Album], ctx.report);
  const more = extras.albumExtrasOf(raw);
  const cover = more.album_cover_asset_id;
  let asset_urls: api2026.AssetUrls | null = null;
  if (cover && more.asset_urls && ctx.resolve && ctx.sink) {
    const source: ImageSource = { variants: variantsOf(more.asset_urls, { resolve: ctx.resolve }) };
    const base = emit('asset', cover, source, { ...ctx, resolve: ctx.resolve, sink: ctx.sink });
    asset_urls = ourUrls('asset', cover, base, more.asset_urls);
  }
  return {
    id: album.id ?? '',
    name: album.name ?? '',
    description: album.description ?? null,
    asset_count: album.asset_count ?? null,
    created_at: album.created_at ?? '',
    updated_at: album.updated_at ?? '',
    ...more,
    asset_urls,
  };
}

export function adaptLibrary(raw: unknown, ctx: Pick<AdaptContext, 'report'> = {}): GatewayLibrary {
  // The 2026 schema also reads a 2025 library: it only adds fields and loosens `user_id`.
  const library = parseItem('library', raw, [api2026.Library], ctx.report);
  return {
    id: library.id ?? '',
    name: library.name ?? '',
    description: library.description ?? null,
    user_id: library.user_id ?? library.owner?.id ?? '',
    created_at: library.created_at ?? '',
    updated_at: library.updated_at ?? '',
    ...extras.libraryExtrasOf(raw),
  };
}

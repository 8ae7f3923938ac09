/**
 * The 2026 fields the gateway keeps beside the 2025 ones, so a gallery behind it gets what the
 * local server gives (docs/api-contract.md, "Both generations at once"). Pure: no I/O. Every field
 * is read on its own from whatever the upstream sent (a 2026 upstream, or a server that answers
 * both shapes); one the upstream left out, or sent in a shape its schema refuses, is null. Variant
 * URLs are rewritten by the caller's `urlOf` (our origin), never passed on as the upstream's.
 */
import { z } from 'zod/mini';
import type { Album, Asset, Face, Library, Person } from '../../contract/entities.ts';
import * as api2026 from '../../contract/entities-2026.ts';
import { nullish } from '../../contract/entities.ts';

/** The 2026-only fields of an asset, each nullish so one bad field drops only itself. */
const AssetExtras = z.object({
  thumbhash: nullish(z.string()),
  duration: nullish(z.number()),
  kind: nullish(z.string()),
  current_version_id: nullish(z.string()),
  stack_id: nullish(z.string()),
  trashed_at: nullish(z.string()),
  file_size_bytes: nullish(z.number()),
  description: nullish(z.string()),
  metadata: nullish(api2026.Metadata),
  file_data: nullish(api2026.FileData),
  asset_urls: nullish(api2026.AssetUrls),
});
const AlbumExtras = z.object({
  album_cover_asset_id: nullish(z.string()),
  asset_urls: nullish(api2026.AssetUrls),
  start_date: nullish(z.string()),
  end_date: nullish(z.string()),
});
const FaceExtras = z.object({
  source: nullish(z.string()),
  confidence: nullish(z.number()),
  asset_urls: nullish(api2026.AssetUrls),
});
const UrlsOnly = z.object({ asset_urls: nullish(api2026.AssetUrls) });
const LibraryExtras = z.object({
  asset_count: nullish(z.int()),
  storage_used_bytes: nullish(z.number()),
  storage_limit_bytes: nullish(z.number()),
});

type Nulls<T> = { [K in keyof T]-?: Exclude<T[K], undefined> | null };
type AssetUrls = api2026.AssetUrls;

/** What the gateway answers for an asset: the 2025 fields and the 2026 ones beside them. */
export type GatewayAsset = Omit<Asset, 'faces' | 'people'> &
  Nulls<z.infer<typeof AssetExtras>> & { faces: GatewayFace[] | null; people: GatewayPerson[] | null };
export type GatewayAlbum = Album & Nulls<z.infer<typeof AlbumExtras>>;
export type GatewayFace = Face & Nulls<z.infer<typeof FaceExtras>>;
export type GatewayPerson = Person & { asset_urls: AssetUrls | null };
export type GatewayLibrary = Library & Nulls<z.infer<typeof LibraryExtras>>;

/** Each field of `schema` parsed on its own from `raw`: a refused or missing one is null. */
function fieldsOf<T extends Record<string, unknown>>(
  schema: z.ZodMiniObject<z.core.$ZodLooseShape>,
  raw: unknown,
): Nulls<T> {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const parsed = (field as z.ZodMiniType).safeParse(record[key]);
    out[key] = parsed.success && parsed.data !== undefined ? parsed.data : null;
  }
  return out as Nulls<T>;
}

/**
 * `asset_urls` with each variant's URL replaced by `urlOf(name)` (null: left out), `mimetype` and
 * `width` kept: the gallery learns every size the upstream has without learning where it is.
 */
export function rewriteAssetUrls(
  urls: AssetUrls | null,
  urlOf: (name: api2026.VariantName) => string | null,
): AssetUrls | null {
  if (!urls) return null;
  const out: AssetUrls = {};
  for (const name of api2026.VARIANT_NAMES) {
    const variant = urls[name];
    const url = variant ? urlOf(name) : null;
    if (variant && url) out[name] = { url, mimetype: variant.mimetype ?? null, width: variant.width ?? null };
  }
  return Object.keys(out).length ? out : null;
}

/** The asset's 2026 fields; `asset_urls` still the upstream's (the caller rewrites them). */
export const assetExtrasOf = (raw: unknown) => fieldsOf<z.infer<typeof AssetExtras>>(AssetExtras, raw);
export const albumExtrasOf = (raw: unknown) => fieldsOf<z.infer<typeof AlbumExtras>>(AlbumExtras, raw);
export const faceExtrasOf = (raw: unknown) => fieldsOf<z.infer<typeof FaceExtras>>(FaceExtras, raw);
export const urlsOf = (raw: unknown) => fieldsOf<z.infer<typeof UrlsOnly>>(UrlsOnly, raw).asset_urls;
export const libraryExtrasOf = (raw: unknown) => fieldsOf<z.infer<typeof LibraryExtras>>(LibraryExtras, raw);

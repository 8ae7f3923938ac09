/**
 * The gallery's one asset model, whichever generation of server answered. The local server and
 * the gateway answer the superset (every 2025 field with the 2026 ones beside it); a 2025 Gumnut
 * server answers only the 2025 fields; a server speaking only the 2026 shape answers `metadata`
 * and `asset_urls` instead of `exif` and `thumbnail_url`. All three parse into {@link GalleryAsset}:
 * the 2025 fields every view already reads, plus the 2026 ones the timeline uses (null when the
 * server has none), so no feature above this file asks which server it is talking to.
 */
import { z } from 'zod/mini';
import * as api2026 from '../../contract/entities-2026.ts';
import * as v2025 from '../../contract/entities.ts';
import { nullish, pageOf } from '../../contract/entities.ts';

/** The 2026 fields the gallery reads, beside the 2025 ones. */
const extras2026 = {
  /** Base64 ThumbHash: a placeholder painted before the thumbnail arrives. */
  thumbhash: nullish(z.string()),
  /** Seconds, for videos. */
  duration: nullish(z.number()),
  stack_id: nullish(z.string()),
  asset_urls: nullish(api2026.AssetUrls),
};

/** A 2025 asset, or the superset our servers answer. */
const SupersetAsset = z.extend(v2025.Asset, extras2026);
export type GalleryAsset = z.infer<typeof SupersetAsset>;

const url = (urls: api2026.AssetUrls | null | undefined, ...names: api2026.VariantName[]) => {
  for (const name of names) if (urls?.[name]?.url) return urls[name].url;
  return null;
};

function faceOf(face: api2026.Face): v2025.Face {
  return { ...face, thumbnail_url: url(face.asset_urls, 'thumbnail', 'thumbnail_image') };
}

function personOf(person: api2026.Person): v2025.Person {
  return { ...person, thumbnail_face_url: url(person.asset_urls, 'thumbnail', 'thumbnail_image') };
}

/**
 * A 2026-only asset in the gallery's model: the file facts from `file_data` and `metadata`, the
 * images from `asset_urls` (the lean rung is always there; the original when `include=variants`).
 */
export function galleryAssetOf2026(asset: api2026.Asset): GalleryAsset {
  const file = asset.file_data;
  const { metadata, faces, people, asset_urls, ...top } = asset;
  return {
    ...top,
    device_asset_id: file?.device_asset_id ?? '',
    device_id: file?.device_id ?? '',
    checksum: file?.checksum ?? '',
    file_created_at: file?.file_created_at ?? asset.created_at,
    file_modified_at: file?.file_modified_at ?? asset.updated_at,
    exif: metadata ?? null,
    thumbnail_url: url(asset_urls, 'thumbnail', 'thumbnail_image'),
    download_url: url(asset_urls, 'original', 'fullsize'),
    faces: faces?.map(faceOf) ?? null,
    people: people?.map(personOf) ?? null,
    asset_urls: asset_urls ?? null,
  };
}

/** Either shape in, the one model out (the superset is tried first: it is what our servers send). */
export const GalleryAsset = z.union([
  SupersetAsset,
  z.pipe(
    api2026.Asset,
    z.transform((asset) => galleryAssetOf2026(asset)),
  ),
]);

export const GalleryAssetPage = pageOf(GalleryAsset);

/** A month of the timeline: our servers add the sum of its assets' aspect ratios (an extension). */
export const MonthCount = z.extend(api2026.CountBucket, { aspect_ratio_sum: nullish(z.number()) });
export type MonthCount = z.infer<typeof MonthCount>;
export const MonthCountPage = pageOf(MonthCount);

/**
 * Image URLs for <img>. The API hands out `thumbnail_url`, `download_url`, face `thumbnail_url` and
 * person `thumbnail_face_url` as absolute or relative URLs, some already carrying a query string
 * (signed CDN URLs). Only the `size` parameter is touched: everything else is kept byte for byte,
 * because re-encoding a signed URL's query can break its signature.
 */
import { THUMBNAIL_EDGE } from '../../contract/constants.ts';
import type { Asset } from '../../contract/entities.ts';
import type { ThumbnailSize } from '../../contract/queries.ts';

export interface ImageUrlOptions {
  size?: ThumbnailSize;
}

/** `url` with `size=` set (replacing any size it had), keeping its other parameters and fragment. */
export function imageUrl(url: string, options: ImageUrlOptions = {}): string {
  if (!options.size) return url;
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const params = queryAt >= 0 ? beforeHash.slice(queryAt + 1).split('&') : [];
  const kept = params.filter((param) => param !== '' && param.split('=')[0] !== 'size');
  kept.push(`size=${options.size}`);
  return `${path}?${kept.join('&')}${hash}`;
}

/** The asset's thumbnail endpoint, from its `thumbnail_url` or (when absent) the documented path. */
export function assetImageUrl(asset: Pick<Asset, 'id' | 'thumbnail_url'>, size: ThumbnailSize): string {
  const base = asset.thumbnail_url || `/api/assets/${encodeURIComponent(asset.id)}/thumbnail`;
  return imageUrl(base, { size });
}

/** The original file, for the download button. */
export function assetDownloadUrl(asset: Pick<Asset, 'id' | 'download_url'>): string {
  return asset.download_url || `/api/assets/${encodeURIComponent(asset.id)}/download`;
}

/**
 * Up to how many device pixels a tile may stretch the 360 px thumbnail before the preview is
 * worth its ~10× bytes: 1.5× keeps small and medium tiles on thumbnails even at DPR 2, and gives
 * big tiles on dense screens (≥ 270 CSS px at DPR 2) the preview.
 */
const THUMBNAIL_STRETCH = 1.5;

/** Which size fills a square tile of `tileCssPx` at `devicePixelRatio` without visible blur. */
export function thumbnailSizeFor(tileCssPx: number, devicePixelRatio: number): 'thumbnail' | 'preview' {
  const dpr = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  return tileCssPx * dpr > THUMBNAIL_EDGE.thumbnail * THUMBNAIL_STRETCH ? 'preview' : 'thumbnail';
}

/**
 * The `src` of a square tile. Deliberately no `srcset`: with `360w, 1440w` a browser takes the
 * preview as soon as a tile needs 361 device pixels, i.e. nearly every tile on a DPR 2 screen,
 * and a scrolling grid would download ten times the bytes for a barely visible gain.
 */
export function tileImageSrc(
  asset: Pick<Asset, 'id' | 'thumbnail_url'>,
  tileCssPx: number,
  devicePixelRatio: number,
): string {
  return assetImageUrl(asset, thumbnailSizeFor(tileCssPx, devicePixelRatio));
}

/**
 * Image URLs for <img>. The API hands out `thumbnail_url`, `download_url`, face `thumbnail_url` and
 * person `thumbnail_face_url` as absolute or relative URLs, some already carrying a query string
 * (signed CDN URLs). Only the `size` parameter is touched: everything else is kept byte for byte,
 * because re-encoding a signed URL's query can break its signature.
 */
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

/** Long edge in pixels of each size the API serves (thumbnail 360, preview 1440). */
export const SIZE_PIXELS = { thumbnail: 360, preview: 1440 } as const;

/**
 * Which size fills a square tile of `tileCssPx` at `devicePixelRatio` without visible blur: the
 * 360 px thumbnail while the tile needs at most 360 device pixels, the 1440 px preview beyond
 * (big tiles on a DPR 2 screen). The preview costs ~10× the bytes, so it is never the default.
 */
export function thumbnailSizeFor(tileCssPx: number, devicePixelRatio: number): 'thumbnail' | 'preview' {
  const dpr = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  return tileCssPx * dpr > SIZE_PIXELS.thumbnail ? 'preview' : 'thumbnail';
}

/** `src`, `srcSet` and `sizes` for a square tile: the browser may still pick better per screen. */
export function tileImageSources(asset: Pick<Asset, 'id' | 'thumbnail_url'>, tileCssPx: number, devicePixelRatio: number) {
  const thumb = assetImageUrl(asset, 'thumbnail');
  const preview = assetImageUrl(asset, 'preview');
  return {
    src: thumbnailSizeFor(tileCssPx, devicePixelRatio) === 'preview' ? preview : thumb,
    srcSet: `${thumb} ${SIZE_PIXELS.thumbnail}w, ${preview} ${SIZE_PIXELS.preview}w`,
    sizes: `${Math.ceil(tileCssPx)}px`,
  };
}

/**
 * The 2026 `asset_urls` of an asset, a face and a person: each variant's URL from the
 * `MediaUrls` builder, with the mimetype and width of what that URL serves.
 */
import { THUMBNAIL_EDGE, type ImageSize } from '../../contract/constants.ts';
import type { AssetUrls, AssetVariant } from '../../contract/entities-2026.ts';
import type { AssetImageSource, MediaUrls } from './media-urls.ts';

const WEBP = 'image/webp';

/** What a photo's variants need to know of it: its URLs' source, its type and displayed size. */
export interface VariantSource extends AssetImageSource {
  mime_type: string;
  width: number | null;
  height: number | null;
}

/**
 * The width of a rendition whose long edge is at most `edge`, never enlarged (as the renderer
 * resizes: `fit: inside`, `withoutEnlargement`); null when the photo's size isn't known.
 */
export function renderedWidth(width: number | null, height: number | null, edge: number): number | null {
  if (width === null || height === null || width <= 0 || height <= 0) return null;
  const long = Math.max(width, height);
  if (long <= edge) return width;
  return width >= height ? edge : Math.max(1, Math.round((width * edge) / height));
}

const rendered = (asset: VariantSource, urls: MediaUrls, size: ImageSize): AssetVariant => ({
  url: urls.assetImage(asset, size),
  mimetype: WEBP,
  width: renderedWidth(asset.width, asset.height, THUMBNAIL_EDGE[size]),
});

/**
 * A photo's five variants (we answer the superset: all of them, whatever `include=` says); a
 * video's stills are the same renditions of its poster under the `_image` names.
 */
export function assetUrlsOf(asset: VariantSource, urls: MediaUrls): AssetUrls {
  if (asset.mime_type.startsWith('video/')) {
    return {
      thumbnail_image: rendered(asset, urls, 'thumbnail'),
      small_image: rendered(asset, urls, 'small'),
      preview_image: rendered(asset, urls, 'preview'),
      fullsize_image: rendered(asset, urls, 'fullsize'),
      original: { url: urls.assetDownload(asset), mimetype: asset.mime_type, width: asset.width },
    };
  }
  return {
    thumbnail: rendered(asset, urls, 'thumbnail'),
    small: rendered(asset, urls, 'small'),
    preview: rendered(asset, urls, 'preview'),
    fullsize: rendered(asset, urls, 'fullsize'),
    original: { url: urls.assetDownload(asset), mimetype: asset.mime_type, width: asset.width },
  };
}

/** A face's crop as its only variant (`thumbnail`); its width depends on the box, so it is left null. */
export function faceUrlsOf(faceId: string, urls: MediaUrls): AssetUrls {
  return { thumbnail: { url: urls.faceThumbnail(faceId), mimetype: WEBP, width: null } };
}

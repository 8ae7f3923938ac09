import type { ImageSize } from '../../contract/constants.ts';
import type { MediaUrls } from '../db/media-urls.ts';
import { thumbnailVersion } from '../media/content-version.ts';

/**
 * The version tag of the last checksum asked for: a mapper asks for one asset's five image URLs
 * in a row, each carrying the same tag.
 */
let lastChecksum = '';
let lastVersion = '';
const versionOf = (checksum: string) => {
  if (checksum !== lastChecksum) {
    lastVersion = thumbnailVersion(checksum);
    lastChecksum = checksum;
  }
  return lastVersion;
};

/**
 * The image URLs the server puts in its responses. Relative, so they work behind any origin.
 * The asset thumbnail URL carries a version from the file's checksum: when the photo changes, the
 * URL changes, which is what lets the thumbnail be cached for a year as immutable.
 */
export const assetThumbnailUrl = (id: string, checksum: string) =>
  `/api/assets/${id}/thumbnail?v=${versionOf(checksum)}`;
/** One rendered size, as a 2026 variant names it: the same image `thumbnail_url&size=` gives. */
export const assetImageUrl = (id: string, checksum: string, size: ImageSize) =>
  `/api/assets/${id}/thumbnail?size=${size}&v=${versionOf(checksum)}`;
export const assetDownloadUrl = (id: string) => `/api/assets/${id}/download`;
export const faceThumbnailUrl = (faceId: string) => `/api/faces/${faceId}/thumbnail`;
/** Versioned like the thumbnail: a changed video (or a new proxy) is a new URL. */
export const assetVideoUrl = (id: string, checksum: string) =>
  `/api/assets/${id}/video?v=${versionOf(checksum)}`;
export const assetLiveVideoUrl = (id: string) => `/api/assets/${id}/live-video`;

/** The local server's URLs, as the row mappers are given them (`ctx.urls`). */
export const localMediaUrls: MediaUrls = {
  assetThumbnail: (asset) => assetThumbnailUrl(asset.id, asset.checksum),
  assetImage: (asset, size) => assetImageUrl(asset.id, asset.checksum, size),
  assetDownload: (asset) => assetDownloadUrl(asset.id),
  assetVideo: (asset) => assetVideoUrl(asset.id, asset.checksum),
  assetLiveVideo: (asset) => assetLiveVideoUrl(asset.id),
  faceThumbnail: faceThumbnailUrl,
};

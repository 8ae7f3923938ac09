/**
 * The URLs a row mapper puts in a response for an asset's or a face's images. The data layer is
 * given them and never builds them: which URL serves an image is the HTTP side's business
 * (`server/http/urls.ts` holds the local server's).
 */
import type { ImageSize } from '../../contract/constants.ts';

/**
 * What an asset's image URLs are made from. A mapper passes its row, so a variant that needs
 * more of the asset (the 2026 `asset_urls`, a video's stills) can read it without a new parameter.
 */
export interface AssetImageSource {
  id: string;
  /** The file's checksum: a URL carrying its version changes when the photo does. */
  checksum: string;
}

export interface MediaUrls {
  /** The grid thumbnail (`thumbnail_url`). */
  assetThumbnail(asset: AssetImageSource): string;
  /** One rendered size of the asset: the URL of a 2026 derived variant (`asset_urls`). */
  assetImage(asset: AssetImageSource, size: ImageSize): string;
  /** The original file (`download_url`). */
  assetDownload(asset: AssetImageSource): string;
  /**
   * A video as a browser plays it (`playback_url`): the original or its H.264 copy. Optional:
   * a server without it (the benchmarks' fixtures) answers null, and players use the original.
   */
  assetVideo?(asset: AssetImageSource): string;
  /** A Live Photo's motion clip (`live_photo_video_url`). */
  assetLiveVideo?(asset: AssetImageSource): string;
  /** A face's crop (`thumbnail_url` of a face, `thumbnail_face_url` of a person). */
  faceThumbnail(faceId: string): string;
}

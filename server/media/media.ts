/**
 * What the routes and the indexer need from media: an asset's (or a face's) image as bytes, the
 * original to send, and a place to keep a thumbnail rendered elsewhere. `createApp` receives one;
 * the product's reads photo files (`file-media.ts`), the benchmarks' draws pictures for assets
 * that have no files. Errors are the domain's (`server/errors.ts`): NotFoundError when there is
 * nothing to send, UnrenderableError when the original can't become the image asked for.
 */
import type { ImageSize } from '../../contract/constants.ts';
import type { AssetRow, FaceRow } from '../db/rows.ts';

/** Rendered WebP bytes and the key naming them: the key changes whenever the bytes would. */
export interface MediaImage {
  bytes: Buffer;
  key: string;
}

/** An original on disk, checked and ready to open. */
export interface OriginalFile {
  file: string;
  size: number;
}

/**
 * A video as a browser can play it: the file to stream with ranges and its type, or "preparing"
 * while its H.264 copy is being made.
 */
export type PlayableVideo =
  { status: 'ready'; file: OriginalFile; mimeType: string } | { status: 'preparing' };

export interface Media {
  /** The asset at one of the API's sizes. */
  assetImage(asset: AssetRow, size: ImageSize): Promise<MediaImage>;
  /** The crop around a face on its asset. */
  faceCrop(face: FaceRow, asset: AssetRow): Promise<MediaImage>;
  /** The asset's original file. */
  original(asset: AssetRow): Promise<OriginalFile>;
  /** A video asset as a browser plays it (UnrenderableError when no copy can be made). */
  playableVideo(asset: AssetRow): Promise<PlayableVideo>;
  /** A Live Photo's motion clip as a browser plays it (NotFoundError when the photo has none). */
  liveVideo(asset: AssetRow): Promise<PlayableVideo>;
  /** Keep a grid thumbnail the indexer rendered while reading the file, so no request waits for it. */
  storeThumbnail(asset: Pick<AssetRow, 'id' | 'checksum'>, bytes: Buffer): Promise<void>;
}

/**
 * Reading one video for the index: its container tags (ExifTool), a checksum streamed from
 * disk (a video can be gigabytes: never read whole), and a grid thumbnail from its poster frame
 * (ffmpeg; a placeholder when ffmpeg is missing). A Live Photo's motion clip is recognised here
 * when its still is already indexed, and then skips the poster: it never becomes a tile.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { renderThumbnail } from '../media/render-image.ts';
import { posterOrPlaceholder } from '../media/video-poster.ts';
import { indexedDateOf } from './capture-date.ts';
import type { IndexedFile } from './photo-metadata.ts';
import { videoMetadataOf, type VideoFacts } from './video-metadata.ts';
import { readVideoTags } from './video-tags.ts';
import type { FoundFile } from './walk.ts';

export interface ReadVideo {
  file: IndexedFile;
  video: VideoFacts;
  /** Null for a Live Photo's motion clip (no tile, so no thumbnail). */
  thumbnail: Buffer | null;
  /** The content identifier pairs it with a photo of the library. */
  isLiveMotion: boolean;
}

/** base64 SHA-256 of a file, streamed. */
export async function fileChecksum(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('base64');
}

/**
 * Everything the index keeps of a video. `hasStill(cid)` says whether a photo of the library
 * carries the clip's content identifier. Rejects for a file that is no readable video (reported
 * and skipped by the caller).
 */
export async function readVideoFile(
  found: FoundFile,
  hasStill: (cid: string) => boolean,
): Promise<ReadVideo> {
  if (found.size === 0) throw new Error('empty file');
  const tags = await readVideoTags(found.absPath);
  const metadata = videoMetadataOf(tags, path.extname(found.relPath));
  if (metadata.width === null && metadata.duration === null) throw new Error('not a readable video');
  const cid = metadata.exif?.live_photo_cid ?? null;
  const isLiveMotion = cid !== null && hasStill(cid);
  const checksum = await fileChecksum(found.absPath);
  let thumbnail: Buffer | null = null;
  if (!isLiveMotion) {
    const poster = await posterOrPlaceholder(found.absPath, metadata.duration);
    thumbnail = await renderThumbnail(poster.bytes, 'thumbnail');
  }
  const fileModifiedAt = new Date(found.mtimeMs).toISOString();
  const { duration, videoCodec, browserPlayable, ...photoMetadata } = metadata;
  return {
    file: {
      relPath: found.relPath,
      fileSize: found.size,
      mtimeMs: Math.round(found.mtimeMs),
      checksum,
      originalFileName: path.posix.basename(found.relPath),
      fileCreatedAt: new Date(found.birthtimeMs || found.mtimeMs).toISOString(),
      fileModifiedAt,
      ...indexedDateOf(metadata, found.relPath, found.mtimeMs),
      metadata: photoMetadata,
    },
    video: { duration, videoCodec, browserPlayable },
    thumbnail,
    isLiveMotion,
  };
}

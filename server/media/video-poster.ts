/**
 * A video's poster: one frame taken by ffmpeg, upright (ffmpeg applies the container's rotation
 * itself, and the JPEG it writes carries no orientation, so sharp applies none on top), at most
 * 1920 px on its long edge. The grid thumbnail and the viewer's stills are rendered from it like
 * any photo. Without ffmpeg a placeholder says the video can't be shown.
 */
import sharp from 'sharp';
import { FfmpegMissingError, runFfmpeg, warnFfmpegMissingOnce } from './ffmpeg.ts';

/** Long edge of the poster frame: the viewer's preview (1440) is sharp, a 4K frame is not kept. */
export const POSTER_EDGE = 1920;
const POSTER_TIMEOUT_MS = 30_000;

/**
 * Where to take the frame: a little way in (first frames are often black or a fade), at most
 * one second, never past the clip's middle.
 */
export function posterTime(durationSeconds: number | null): number {
  if (!durationSeconds || !Number.isFinite(durationSeconds) || durationSeconds <= 0) return 0;
  return Math.min(1, durationSeconds / 2, durationSeconds * 0.1 + 0.1);
}

/** The poster frame as JPEG bytes; rejects when the video has no decodable frame. */
export async function renderPosterFrame(
  file: string,
  durationSeconds: number | null,
  binary?: string,
): Promise<Buffer> {
  const scale = `scale=w='min(${POSTER_EDGE},iw)':h='min(${POSTER_EDGE},ih)':force_original_aspect_ratio=decrease`;
  // `-skip_frame nokey` would decode a 4K HEVC poster in ~0.3 s of CPU instead of ~1 s, but with
  // an input seek it drops the only key frame of a short clip and writes nothing: left out.
  const args = ['-ss', posterTime(durationSeconds).toFixed(3), '-i', file];
  args.push('-map', '0:v:0', '-frames:v', '1');
  args.push('-vf', scale, '-f', 'image2pipe', '-c:v', 'mjpeg', '-q:v', '3', 'pipe:1');
  const bytes = await runFfmpeg(args, { timeoutMs: POSTER_TIMEOUT_MS, binary });
  if (bytes.length === 0) throw new Error('the video has no frame to show');
  return bytes;
}

let placeholder: Promise<Buffer> | null = null;

/** A grey 16:9 card with a play sign and "Video": what a tile shows when ffmpeg is missing. */
export function placeholderPoster(): Promise<Buffer> {
  placeholder ??= sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360">
      <rect width="640" height="360" fill="#3a3d42"/>
      <circle cx="320" cy="150" r="56" fill="none" stroke="#d8dade" stroke-width="8"/>
      <path d="M300 120 L300 180 L350 150 Z" fill="#d8dade"/>
      <text x="320" y="270" font-family="sans-serif" font-size="34" fill="#d8dade" text-anchor="middle">Video</text>
      <text x="320" y="312" font-family="sans-serif" font-size="22" fill="#a9adb3" text-anchor="middle">No preview available</text>
    </svg>`),
  )
    .jpeg({ quality: 85 })
    .toBuffer();
  return placeholder;
}

/**
 * The poster, or the placeholder when ffmpeg is missing (warned once). A video ffmpeg can't
 * decode still rejects: the indexer reports it and skips the file.
 */
export async function posterOrPlaceholder(
  file: string,
  durationSeconds: number | null,
  binary?: string,
): Promise<{ bytes: Buffer; placeholder: boolean }> {
  try {
    return { bytes: await renderPosterFrame(file, durationSeconds, binary), placeholder: false };
  } catch (error) {
    if (!(error instanceof FfmpegMissingError)) throw error;
    warnFfmpegMissingOnce(error);
    return { bytes: await placeholderPoster(), placeholder: true };
  }
}

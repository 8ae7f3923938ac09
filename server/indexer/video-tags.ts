/**
 * Reading a video's container tags with the server's shared ExifTool (media/exiftool-process.ts):
 * one long-lived perl serves every read of a run, where starting it per file would cost ~0.3 s a
 * video. Whoever starts reads ends it with {@link endVideoTagReader} (the CLI on shutdown).
 */
import { endExifTool, exiftool } from '../media/exiftool-process.ts';
import type { VideoTags } from './video-metadata.ts';

/**
 * Numbers as numbers (`-n`): rotation in degrees, duration in seconds, GPS as decimal degrees.
 * The place comes from our `GeolocationLocality` tag (media/exiftool-locality.config), which
 * reads the Composite position and so also a 3GPP `loci` box (what ffmpeg's MP4 muxer writes),
 * where ExifTool's own geolocation finds none; that geolocation stays for its time zone.
 */
const VIDEO_READ_ARGS = ['-n', '-fast', '-api', 'geolocation', '-api', 'GeolocMaxDist=50'] as const;

/** The tags of a video (or a Live Photo's still, for its content identifier), raw text. */
export async function readVideoTags(file: string): Promise<VideoTags> {
  const tags: VideoTags = await exiftool().readRaw(file, { readArgs: [...VIDEO_READ_ARGS] });
  const errors = Array.isArray(tags.errors) ? tags.errors.filter((e) => typeof e === 'string') : [];
  if (toTextError(tags.Error) ?? errors[0]) throw new Error(String(toTextError(tags.Error) ?? errors[0]));
  return tags;
}

const toTextError = (value: unknown) => (typeof value === 'string' && value ? value : null);

/** End the shared ExifTool (idempotent): a server that stops must not leave perl behind. */
export const endVideoTagReader = endExifTool;

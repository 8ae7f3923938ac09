/**
 * Reading a video's container tags with the server's shared ExifTool (media/exiftool-process.ts):
 * one long-lived perl serves every read of a run, where starting it per file would cost ~0.3 s a
 * video. Whoever starts reads ends it with {@link endVideoTagReader} (the CLI on shutdown).
 */
import { endExifTool, exiftool } from '../media/exiftool-process.ts';
import type { VideoTags } from './video-metadata.ts';

/**
 * Numbers as numbers (`-n`): rotation in degrees, duration in seconds, GPS as decimal degrees.
 * Geolocation as for photos (exiftool-tags.ts): the nearest city of ExifTool's own database,
 * offline, only within 50 km.
 */
const VIDEO_READ_ARGS = ['-n', '-fast', '-api', 'geolocation', '-api', 'GeolocMaxDist=50'] as const;

/** The tags of a video (or a Live Photo's still, for its content identifier), raw text. */
export async function readVideoTags(file: string): Promise<VideoTags> {
  const tags: VideoTags = await exiftool().readRaw(file, { readArgs: [...VIDEO_READ_ARGS] });
  const errors = Array.isArray(tags.errors) ? tags.errors.filter((e) => typeof e === 'string') : [];
  if (toTextError(tags.Error) ?? errors[0]) throw new Error(String(toTextError(tags.Error) ?? errors[0]));
  return { ...tags, ...(await geolocationOfPosition(file, tags)) };
}

/**
 * ExifTool geolocates only some position tags: a 3GPP `loci` box (what ffmpeg's MP4 muxer
 * writes) gives a Composite position but no place. Such a file is asked again, for the place of
 * that position.
 */
async function geolocationOfPosition(file: string, tags: VideoTags): Promise<VideoTags> {
  const { GPSLatitude: latitude, GPSLongitude: longitude } = tags;
  if (tags.GeolocationCity !== undefined || tags.GeolocationCountry !== undefined) return {};
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return {};
  const readArgs = [
    '-n',
    '-fast',
    '-api',
    `geolocation=${latitude},${longitude}`,
    '-api',
    'GeolocMaxDist=50',
  ];
  const place: VideoTags = await exiftool().readRaw(file, { readArgs: [...readArgs, '-Geolocation*'] });
  return Object.fromEntries(Object.entries(place).filter(([key]) => key.startsWith('Geolocation')));
}

const toTextError = (value: unknown) => (typeof value === 'string' && value ? value : null);

/** End the shared ExifTool (idempotent): a server that stops must not leave perl behind. */
export const endVideoTagReader = endExifTool;

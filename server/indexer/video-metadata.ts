/**
 * What the index keeps about a video, from the tags ExifTool reads in its container (QuickTime
 * atoms and Apple's `Keys`, Matroska, RIFF). Pure: the table tests feed it tag objects.
 *
 * Capture time: Apple's `CreationDate` (`com.apple.quicktime.creationdate`) carries the wall
 * clock with its zone and wins; a camera's `DateTimeOriginal` next; the QuickTime `CreateDate`
 * is UTC by the format's definition, so it becomes an instant (`…Z`). `0000:00:00 00:00:00`
 * (what ffmpeg and many cameras write) is no date.
 */
import type { Exif } from '../../contract/entities.ts';
import { formatWallClock, parseExifDateTime } from './exif-dates.ts';
import { firstOf, roundTo, toNumber, toPosition, toText } from './exif-values.ts';
import type { PhotoMetadata } from './photo-metadata.ts';

export type VideoTags = Record<string, unknown>;

/** What a video adds to a photo's metadata. */
export interface VideoFacts {
  /** Seconds; null when the container doesn't say. */
  duration: number | null;
  /** Codec tag of the video track (`avc1`, `hvc1`, `FMP4`…), lower case; null when unknown. */
  videoCodec: string | null;
  /** Whether Chromium plays the original as it is (else it gets an H.264 copy). */
  browserPlayable: boolean;
}

export type VideoMetadata = PhotoMetadata & VideoFacts;

const MIME_BY_EXTENSION: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/x-m4v',
  '.mov': 'video/quicktime',
  '.3gp': 'video/3gpp',
  '.mkv': 'video/x-matroska',
  '.webm': 'video/webm',
  '.avi': 'video/x-msvideo',
};

/** The video's type: ExifTool's when it names a video, else from the extension. */
export function videoMimeType(tags: VideoTags, extension: string): string {
  const fromTags = toText(tags.MIMEType);
  if (fromTags?.startsWith('video/')) return fromTags;
  return MIME_BY_EXTENSION[extension.toLowerCase()] ?? 'video/mp4';
}

/**
 * Chromium plays H.264 (with AAC or no sound) in MP4/MOV, and WebM as it is (VP8/VP9/AV1 are
 * all it allows). HEVC plays only with hardware support, and old codecs (MPEG-4 Part 2, H.263,
 * MJPEG…) not at all: those get a proxy.
 */
export function isBrowserPlayable(mimeType: string, videoCodec: string | null, audioCodec: string | null) {
  if (mimeType === 'video/webm') return true;
  const isoFamily = ['video/mp4', 'video/quicktime', 'video/x-m4v'].includes(mimeType);
  const h264 = videoCodec === 'avc1' || videoCodec === 'avc3';
  return isoFamily && h264 && (audioCodec === null || audioCodec === 'mp4a');
}

/** `"48.8584 2.2945 35"` or ISO 6709 `"+48.8584+002.2945+035.000/"` → a position (altitude aside). */
export function parseCoordinates(
  value: unknown,
): { latitude: number; longitude: number; altitude: number | null } | null {
  const text = toText(value);
  if (!text) return null;
  const iso = /^([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?\/?$/.exec(
    text.replace(/\s+/g, ''),
  );
  const parts = iso ? iso.slice(1) : text.split(/[\s,]+/);
  const [lat, lon, alt] = parts.map((part) =>
    part === undefined || !Number.isFinite(Number(part)) ? null : Number(part),
  );
  const position = toPosition(lat ?? null, lon ?? null);
  if (!position) return null;
  return {
    ...position,
    altitude: alt !== null && alt !== undefined && Number.isFinite(alt) ? roundTo(alt, 2) : null,
  };
}

/** The capture time as the API's wall-clock text, or null when the container has none. */
export function videoLocalDatetime(tags: VideoTags): string | null {
  const apple = parseExifDateTime(tags.CreationDate);
  if (apple) return formatWallClock(apple);
  const original = parseExifDateTime(tags.DateTimeOriginal);
  if (original) return formatWallClock(original);
  const utc = parseExifDateTime(tags.CreateDate) ?? parseExifDateTime(tags.MediaCreateDate);
  return utc ? formatWallClock({ ...utc, offsetMinutes: utc.offsetMinutes ?? 0 }) : null;
}

/** Clockwise rotation the player applies (0, 90, 180, 270). */
export function videoRotation(value: unknown): 0 | 90 | 180 | 270 {
  const degrees = toNumber(value);
  if (degrees === null) return 0;
  const normal = (((Math.round(degrees / 90) * 90) % 360) + 360) % 360;
  return normal as 0 | 90 | 180 | 270;
}

/**
 * Everything the index keeps about a video. Width and height are of the displayed frame: a
 * portrait phone clip stored 1920×1080 with a 90° rotation is 1080×1920.
 */
export function videoMetadataOf(tags: VideoTags, extension: string): VideoMetadata {
  const mimeType = videoMimeType(tags, extension);
  const storedWidth = firstOf(toNumber, tags.ImageWidth, tags.SourceImageWidth);
  const storedHeight = firstOf(toNumber, tags.ImageHeight, tags.SourceImageHeight);
  const rotation = videoRotation(tags.Rotation);
  const quarterTurn = rotation === 90 || rotation === 270;
  const width = quarterTurn ? storedHeight : storedWidth;
  const height = quarterTurn ? storedWidth : storedHeight;
  const duration = firstOf(toNumber, tags.Duration, tags.TrackDuration);
  const fps = firstOf(toNumber, tags.VideoFrameRate, tags.FrameRate);
  const videoCodec = firstOf(toText, tags.CompressorID, tags.VideoCodec)?.toLowerCase() ?? null;
  const audioCodec = toText(tags.AudioFormat)?.toLowerCase() ?? null;
  const position = parseCoordinates(tags.GPSCoordinates);
  const localDatetime = videoLocalDatetime(tags);
  const make = toText(tags.Make);
  const model = toText(tags.Model);
  const exif: Exif = {
    make,
    model,
    orientation: null,
    modified_datetime: null,
    original_datetime: localDatetime,
    digitized_datetime: null,
    lens_model: null,
    f_number: null,
    focal_length: null,
    iso: null,
    exposure_time: null,
    exposure_bias: null,
    latitude: position?.latitude ?? null,
    longitude: position?.longitude ?? null,
    altitude: position?.altitude ?? null,
    city: null,
    state: null,
    country: null,
    description: toText(tags.Description) ?? toText(tags.Title),
    fps: fps !== null && fps > 0 ? roundTo(fps, 3) : null,
    live_photo_cid: toText(tags.ContentIdentifier),
    projection_type: null,
    profile_description: null,
    auto_stack_id: null,
    rating: null,
  };
  return {
    mimeType,
    width: width !== null && width > 0 ? Math.round(width) : null,
    height: height !== null && height > 0 ? Math.round(height) : null,
    exif,
    localDatetime,
    // Photo-reader fields (issue 13); zone and place from a video's GPS are not derived yet.
    zoneSource: /[+-]\d{2}:\d{2}$/.test(localDatetime ?? '') ? 'camera' : null,
    gpsTimeZone: null,
    placeSource: null,
    faces: [],
    duration: duration !== null && duration > 0 ? roundTo(duration, 3) : null,
    videoCodec,
    browserPlayable: isBrowserPlayable(mimeType, videoCodec, audioCodec),
  };
}

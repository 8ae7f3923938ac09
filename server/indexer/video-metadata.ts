/**
 * What the index keeps about a video, from the tags ExifTool reads in its container (QuickTime
 * atoms and Apple's `Keys`, Matroska, RIFF). Pure: the table tests feed it tag objects.
 *
 * Capture time: Apple's `CreationDate` (`com.apple.quicktime.creationdate`) carries the wall
 * clock with its zone and wins; a camera's `DateTimeOriginal` next; the QuickTime `CreateDate`
 * is UTC by the format's definition, so it becomes an instant (`…Z`). `0000:00:00 00:00:00`
 * (what ffmpeg and many cameras write) is no date.
 *
 * Zone and place from GPS, as for photos (offline): a clock without offset gets the offset of the
 * position's zone on that date, and a UTC instant (what Android phones write) becomes the wall
 * clock of that zone; city, state and country are those of the city the position is in
 * (locality.ts: ExifTool's database, offline, within 50 km).
 */
import type { Exif } from '../../contract/entities.ts';
import { offsetMinutesAt as offsetAtInstant } from './capture-date.ts';
import { formatWallClock, parseExifDateTime, type WallClock } from './exif-dates.ts';
import { zoneAtPosition } from './exif-fields.ts';
import { gpsPlaceOf } from './locality.ts';
import { firstOf, roundTo, toNumber, toPosition, toText } from './exif-values.ts';
import type { PhotoMetadata } from './photo-metadata.ts';
import { offsetMinutesAt } from './zone-offset.ts';

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
  return videoCaptureTime(tags, null).localDatetime;
}

export interface VideoCaptureTime {
  localDatetime: string | null;
  zoneSource: 'camera' | 'gps' | null;
}

/** The capture time and where its offset came from, given the zone of the video's GPS position. */
export function videoCaptureTime(tags: VideoTags, gpsTimeZone: string | null): VideoCaptureTime {
  const wall = parseExifDateTime(tags.CreationDate) ?? parseExifDateTime(tags.DateTimeOriginal);
  if (wall) {
    if (wall.offsetMinutes !== null) return { localDatetime: formatWallClock(wall), zoneSource: 'camera' };
    const offset = gpsTimeZone ? offsetMinutesAt(gpsTimeZone, wall) : null;
    return offset === null
      ? { localDatetime: formatWallClock(wall), zoneSource: null }
      : { localDatetime: formatWallClock({ ...wall, offsetMinutes: offset }), zoneSource: 'gps' };
  }
  const created = parseExifDateTime(tags.CreateDate) ?? parseExifDateTime(tags.MediaCreateDate);
  if (!created) return { localDatetime: null, zoneSource: null };
  // An offset written beside QuickTime's date is the camera's word; without one it is UTC.
  if (created.offsetMinutes !== null && created.offsetMinutes !== 0)
    return { localDatetime: formatWallClock(created), zoneSource: 'camera' };
  const utc = { ...created, offsetMinutes: 0 };
  const local = gpsTimeZone ? inZone(utc, gpsTimeZone) : null;
  return local
    ? { localDatetime: formatWallClock(local), zoneSource: 'gps' }
    : { localDatetime: formatWallClock(utc), zoneSource: null };
}

/** The wall clock `zone` showed at the UTC instant `utc`, with its offset; null for an unknown zone. */
function inZone(utc: WallClock, zone: string): WallClock | null {
  const utcMs = Date.UTC(utc.year, utc.month - 1, utc.day, utc.hour, utc.minute, utc.second);
  const offset = offsetAtInstant(zone, utcMs);
  if (offset === null) return null;
  const local = new Date(utcMs + offset * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    microsecond: utc.microsecond,
    offsetMinutes: offset,
  };
}

/** City, state and country of the position (locality.ts), when one was found. */
function videoPlace(tags: VideoTags) {
  return gpsPlaceOf(tags.GeolocationLocality, {
    city: toText(tags.GeolocationCity),
    state: toText(tags.GeolocationRegion),
    country: toText(tags.GeolocationCountry),
  });
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
  const position =
    parseCoordinates(tags.GPSCoordinates) ??
    parseCoordinates(`${String(tags.GPSLatitude)} ${String(tags.GPSLongitude)}`);
  const gpsTimeZone = position ? (zoneAtPosition(position) ?? toText(tags.GeolocationTimeZone)) : null;
  const { localDatetime, zoneSource } = videoCaptureTime(tags, gpsTimeZone);
  const place = position ? videoPlace(tags) : null;
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
    city: place?.city ?? null,
    state: place?.state ?? null,
    country: place?.country ?? null,
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
    zoneSource,
    gpsTimeZone,
    placeSource: place ? 'gps' : null,
    faces: [],
    duration: duration !== null && duration > 0 ? roundTo(duration, 3) : null,
    videoCodec,
    browserPlayable: isBrowserPlayable(mimeType, videoCodec, audioCodec),
  };
}

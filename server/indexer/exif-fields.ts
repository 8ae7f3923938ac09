/**
 * The contract's Exif fields, the photo's dates and where its zone and place came from, out of
 * the tags ExifTool read (see exiftool-tags.ts for their `Group:Tag` names). Pure: no file
 * access, so every precedence rule is testable with plain objects.
 *
 * Precedence per field: the MWG reconciled value where MWG defines one (description, city,
 * state, country, rating, the three dates: EXIF over IPTC over XMP, with IPTC's digest check);
 * else the standard EXIF tag, then its XMP copy; maker notes only where both are missing (a
 * camera's ISO or lens that EXIF never got). A sidecar's tags come before the file's throughout
 * (see TagSources).
 */
// Not re-exported by the package's index; the same lookup its ReadTask uses for GPS zones.
import { geoTz } from 'exiftool-vendored/dist/GeoTz.js';
import type { Exif } from '../../contract/entities.ts';
import { formatWallClock, parseExifDateTime, sameWallClockSecond, type WallClock } from './exif-dates.ts';
import { firstTag, rawTag, type TagIndex, type TagSources } from './exiftool-tags.ts';
import {
  isRecord,
  roundSignificant,
  roundTo,
  toAltitude,
  toDescription,
  toNumber,
  toPosition,
  toPositive,
  toText,
} from './exif-values.ts';
import { gpsPlaceOf } from './locality.ts';
import { offsetMinutesAt } from './zone-offset.ts';

/** An EXIF orientation 1–8, or null. */
export function validOrientation(value: unknown): number | null {
  const n = toNumber(value);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 8 ? n : null;
}

export interface PhotoDates {
  original: string | null;
  digitized: string | null;
  modified: string | null;
}

type Reading = WallClock | null;

/** Readings of one date, best first: the MWG composite, then each copy it reconciles. */
function readings(sources: TagSources, date: 'original' | 'digitized' | 'modified'): Reading[] {
  const at = (source: TagIndex, key: string, subSec?: string, offset?: string): Reading =>
    parseExifDateTime(
      toText(source.get(key)),
      subSec === undefined ? undefined : source.get(subSec),
      offset === undefined ? undefined : toText(source.get(offset)),
    );
  return sources.flatMap((s) => {
    if (date === 'original')
      return [
        at(s, 'MWG:DateTimeOriginal'),
        at(s, 'EXIF:DateTimeOriginal', 'EXIF:SubSecTimeOriginal', 'EXIF:OffsetTimeOriginal'),
        at(s, 'XMP-exif:DateTimeOriginal'),
        at(s, 'XMP-photoshop:DateCreated'),
        // Pre-EXIF blocks (Canon CIFF, Olympus PictureInfo) and maker notes name it the same.
        at(s, '*:DateTimeOriginal'),
      ];
    if (date === 'digitized')
      return [
        at(s, 'MWG:CreateDate'),
        at(s, 'EXIF:CreateDate', 'EXIF:SubSecTimeDigitized', 'EXIF:OffsetTimeDigitized'),
        at(s, 'XMP-exif:DateTimeDigitized'),
        at(s, 'XMP-xmp:CreateDate'),
      ];
    return [
      at(s, 'MWG:ModifyDate'),
      at(s, 'EXIF:ModifyDate', 'EXIF:SubSecTime', 'EXIF:OffsetTime'),
      at(s, 'XMP-xmp:ModifyDate'),
    ];
  });
}

/**
 * The three dates. A reading without an offset takes one from another reading of the same
 * wall-clock second that has one (Lightroom and Photoshop record `xmp:CreateDate` with an offset
 * next to offsetless EXIF): same instant, now with a zone. ExifTool's zero date
 * `0000:00:00 00:00:00` is no date.
 */
export function readPhotoDates(sources: TagSources): PhotoDates {
  const all = { original: readings(sources, 'original'), digitized: readings(sources, 'digitized') };
  const modified = readings(sources, 'modified');
  const withOffsets = [...all.original, ...all.digitized, ...modified].filter(
    (d): d is WallClock => d !== null && d.offsetMinutes !== null,
  );
  const pick = (list: Reading[]): string | null => {
    const first = list.find((d): d is WallClock => d !== null);
    if (!first) return null;
    if (first.offsetMinutes !== null) return formatWallClock(first);
    const twin = withOffsets.find((d) => sameWallClockSecond(d, first));
    return formatWallClock(twin ? { ...first, offsetMinutes: twin.offsetMinutes } : first);
  };
  return { original: pick(all.original), digitized: pick(all.digitized), modified: pick(modified) };
}

export interface PhotoPosition {
  latitude: number;
  longitude: number;
}

/** Latitude and longitude from one source (never half from a sidecar, half from the file). */
export function readPosition(sources: TagSources): PhotoPosition | null {
  for (const s of sources) {
    const latitude = toNumber(s.get('Composite:GPSLatitude') ?? s.get('XMP-exif:GPSLatitude'));
    const longitude = toNumber(s.get('Composite:GPSLongitude') ?? s.get('XMP-exif:GPSLongitude'));
    const position = toPosition(latitude, longitude);
    if (position) return position;
  }
  return null;
}

/**
 * The IANA zone of the position, offline: exiftool-vendored's zone lookup (zone borders, so a
 * photo near a border or at sea gets the zone it was in, `Etc/GMT+10` mid-Pacific), else the zone
 * of the city ExifTool's geolocation found.
 */
export function readGpsTimeZone(sources: TagSources, position: PhotoPosition | null): string | null {
  if (!position) return null;
  return zoneAtPosition(position) ?? firstTag(sources, toText, 'ExifTool:GeolocationTimeZone');
}

/** The IANA zone whose borders hold the position (offline), or null (none known there). */
export function zoneAtPosition(position: PhotoPosition): string | null {
  try {
    return geoTz(position.latitude, position.longitude) ?? null;
  } catch {
    return null; // Out-of-range coordinates: toPosition already refuses those.
  }
}

export interface PhotoZone {
  localDatetime: string | null;
  zoneSource: 'camera' | 'gps' | null;
}

/**
 * The wall-clock time the photo was taken with its offset and where that came from: written by
 * the camera (with the date, an OffsetTime tag, or the maker notes' TimeZone), else the zone of
 * the GPS position at that date; else offsetless.
 */
export function readPhotoZone(sources: TagSources, dates: PhotoDates, gpsTimeZone: string | null): PhotoZone {
  const text = dates.original ?? dates.digitized ?? dates.modified;
  const wall = parseExifDateTime(text);
  if (!wall) return { localDatetime: null, zoneSource: null };
  if (wall.offsetMinutes !== null) return { localDatetime: formatWallClock(wall), zoneSource: 'camera' };
  const cameraZone = makerNoteOffset(sources);
  if (cameraZone !== null)
    return { localDatetime: formatWallClock({ ...wall, offsetMinutes: cameraZone }), zoneSource: 'camera' };
  const gpsOffset = gpsTimeZone ? offsetMinutesAt(gpsTimeZone, wall) : null;
  if (gpsOffset !== null)
    return { localDatetime: formatWallClock({ ...wall, offsetMinutes: gpsOffset }), zoneSource: 'gps' };
  return { localDatetime: formatWallClock(wall), zoneSource: null };
}

/**
 * The camera's own zone setting from its maker notes (Canon, Nikon, …: `TimeZone` "+01:00"),
 * or EXIF's old TimeZoneOffset (hours). Nikon keeps summer time apart (DaylightSavings "Yes"
 * adds an hour), as exiftool-vendored also reads it.
 */
function makerNoteOffset(sources: TagSources): number | null {
  const zone = toText(rawTag(sources, 'MakerNotes:TimeZone'));
  const parsed = zone === null ? null : parseExifDateTime(`2000:01:01 00:00:00${zone}`)?.offsetMinutes;
  if (parsed !== null && parsed !== undefined) {
    const make = toText(rawTag(sources, 'EXIF:Make', '*:Make')) ?? '';
    const summer = /^(yes|on|1|true)$/i.test(toText(rawTag(sources, 'MakerNotes:DaylightSavings')) ?? '');
    return parsed + (summer && /\bnikon\b/i.test(make) ? 60 : 0);
  }
  const hours = toNumber(rawTag(sources, 'EXIF:TimeZoneOffset'));
  return hours !== null && Number.isInteger(hours) && Math.abs(hours) <= 14 ? hours * 60 : null;
}

export interface PhotoPlace {
  city: string | null;
  state: string | null;
  country: string | null;
  placeSource: 'file' | 'gps' | null;
}

/** City, state and country written in the file (MWG: IPTC and XMP), else from the GPS position, offline. */
export function readPlace(sources: TagSources, position: PhotoPosition | null): PhotoPlace {
  const location = (s: TagIndex): Record<string, unknown> => {
    const value = s.get('XMP-iptcExt:LocationCreated');
    const first: unknown = Array.isArray(value) ? value[0] : value;
    return isRecord(first) ? first : {};
  };
  for (const s of sources) {
    const loc = location(s);
    const city = firstTag([s], toText, 'MWG:City', 'XMP-photoshop:City', 'IPTC:City') ?? toText(loc.City);
    const state =
      firstTag([s], toText, 'MWG:State', 'XMP-photoshop:State', 'IPTC:Province-State') ??
      toText(loc.ProvinceState);
    const country =
      firstTag([s], toText, 'MWG:Country', 'XMP-photoshop:Country', 'IPTC:Country-PrimaryLocationName') ??
      toText(loc.CountryName);
    if (city !== null || state !== null || country !== null)
      return { city, state, country, placeSource: 'file' };
  }
  if (position) {
    const place = gpsPlaceOf(firstTag(sources, toText, 'Composite:GeolocationLocality'), {
      city: firstTag(sources, toText, 'ExifTool:GeolocationCity'),
      state: firstTag(sources, toText, 'ExifTool:GeolocationRegion'),
      country: firstTag(sources, toText, 'ExifTool:GeolocationCountry'),
    });
    if (place) return { ...place, placeSource: 'gps' };
  }
  return { city: null, state: null, country: null, placeSource: null };
}

// Lens names ExifTool prints when it could not identify the lens: no name at all.
const UNKNOWN_LENS = /^(unknown\b.*|n\/a|none|-+|0)$/i;
const toLens = (value: unknown) => {
  const text = toText(value);
  return text === null || UNKNOWN_LENS.test(text) ? null : text;
};

/**
 * The contract's Exif object; null when the file says nothing at all. `orientation` is the one
 * sharp reported (and applies), used before the EXIF tag.
 */
export function toContractExif(
  sources: TagSources,
  orientation: number | null,
  dates: PhotoDates,
  position: PhotoPosition | null,
  place: PhotoPlace,
): Exif | null {
  const make = firstTag(sources, toText, 'EXIF:Make', 'XMP-tiff:Make', '*:Make');
  const model = firstTag(sources, toText, 'EXIF:Model', 'XMP-tiff:Model', '*:Model');
  const positive = (...keys: string[]) => firstTag(sources, toPositive, ...keys);
  const fNumber = positive(
    'EXIF:FNumber',
    'XMP-exif:FNumber',
    'EXIF:ApertureValue',
    'XMP-exif:ApertureValue',
    'MakerNotes:FNumber',
  );
  const exposureTime = positive(
    'EXIF:ExposureTime',
    'XMP-exif:ExposureTime',
    'EXIF:ShutterSpeedValue',
    'XMP-exif:ShutterSpeedValue',
    'MakerNotes:ExposureTime',
  );
  const focalLength = positive('EXIF:FocalLength', 'XMP-exif:FocalLength', 'MakerNotes:FocalLength');
  // Canon's maker notes give ISO through ExifTool's Composite:ISO (from CameraISO and BaseISO).
  const iso = positive(
    'EXIF:ISO',
    'XMP-exif:ISO',
    'XMP-exifEX:PhotographicSensitivity',
    'Composite:ISO',
    'MakerNotes:ISO',
  );
  const exposureBias = firstTag(
    sources,
    toNumber,
    'EXIF:ExposureCompensation',
    'XMP-exif:ExposureCompensation',
    'MakerNotes:ExposureCompensation',
  );
  const rating = firstTag(sources, toNumber, 'MWG:Rating', 'XMP-xmp:Rating', 'EXIF:Rating');
  const altitude = sources
    .map((s) =>
      s.has('Composite:GPSAltitude')
        ? toAltitude(s.get('Composite:GPSAltitude'), 0)
        : toAltitude(s.get('XMP-exif:GPSAltitude'), s.get('XMP-exif:GPSAltitudeRef')),
    )
    .find((a) => a !== null);

  const result: Exif = {
    make,
    model,
    orientation:
      validOrientation(orientation) ??
      firstTag(sources, validOrientation, 'EXIF:Orientation', 'XMP-tiff:Orientation'),
    modified_datetime: dates.modified,
    original_datetime: dates.original,
    digitized_datetime: dates.digitized,
    // Serial numbers are never asked for. LensID is ExifTool's identification from the maker notes.
    lens_model: firstTag(
      sources,
      toLens,
      'EXIF:LensModel',
      'XMP-exifEX:LensModel',
      'XMP-aux:Lens',
      'Composite:LensID',
      'MakerNotes:LensModel',
      'MakerNotes:Lens',
      'Composite:Lens',
    ),
    f_number: fNumber === null ? null : roundTo(fNumber, 2),
    focal_length: focalLength === null ? null : roundTo(focalLength, 2),
    iso: iso === null ? null : Math.round(iso),
    exposure_time: exposureTime === null ? null : roundSignificant(exposureTime, 6),
    exposure_bias: exposureBias === null ? null : roundTo(exposureBias, 2),
    latitude: position?.latitude ?? null,
    longitude: position?.longitude ?? null,
    altitude: altitude ?? null,
    city: place.city,
    state: place.state,
    country: place.country,
    description: firstTag(
      sources,
      (v) => toDescription(v, make, model),
      'MWG:Description',
      'XMP-dc:Description',
      'IPTC:Caption-Abstract',
      'EXIF:ImageDescription',
      'XMP-tiff:ImageDescription',
    ),
    fps: null,
    live_photo_cid: firstTag(sources, toText, '*:ContentIdentifier', '*:MediaGroupUUID'),
    projection_type: firstTag(sources, toText, 'XMP-GPano:ProjectionType'),
    profile_description: null,
    auto_stack_id: null,
    // xmp:Rating -1 means "rejected" in Lightroom; the API's scale is 0–5.
    rating: rating !== null && Number.isInteger(rating) && rating >= 0 && rating <= 5 ? rating : null,
  };
  return Object.values(result).some((value) => value !== null) ? result : null;
}

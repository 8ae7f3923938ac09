/**
 * The tags of one photo as ExifTool reads them, through the server's one shared ExifTool.
 *
 * ExifTool is asked for the few dozen tags the contract needs (not `-all`: the JSON of a RAW's
 * maker notes is ~100 kB, and building it costs more than reading the file), every copy of each
 * (`-a`), named by group (`-G0:1`: `EXIF:ExifIFD:ISO`, `MakerNotes:Nikon:ISO`, `XMP:XMP-dc:Description`,
 * `Composite:MWG:Description`), so the precedence (EXIF, then XMP, then maker notes) is ours
 * and testable. MWG reconciliation is on (`-use MWG`), offline reverse geocoding too
 * (`-api geolocation`, ExifTool's own city database: no network). Numbers stay numbers: a `#`
 * after a tag asks for its raw value (`ExposureTime` 0.004, not "1/250"); text tags such as lens
 * names keep ExifTool's printed form ("100.0 mm f/2.8", where the raw value is "100 100 2.8 2.8").
 */
import { exiftool } from '../media/exiftool-process.ts';

/** ExifTool's JSON for one file: keys `Family0:Family1:Tag` (or `Family0:Tag` when both are the same). */
export type RawTags = Record<string, unknown>;

const NUMERIC_TAGS = [
  'ExposureTime',
  'ShutterSpeedValue',
  'FNumber',
  'ApertureValue',
  'FocalLength',
  'ISO',
  'ExposureCompensation',
  'Orientation',
  'GPSLatitude',
  'GPSLongitude',
  'GPSAltitude',
  'GPSAltitudeRef',
  'Rating',
];
const TEXT_TAGS = [
  'Make',
  'Model',
  'LensModel',
  'Lens',
  'LensID',
  'LensType',
  'Description',
  'ImageDescription',
  'Caption-Abstract',
  'City',
  'State',
  'Country',
  'Province-State',
  'Country-PrimaryLocationName',
  'LocationCreated',
  'DateTimeOriginal',
  'CreateDate',
  'ModifyDate',
  'DateCreated',
  'SubSecTimeOriginal',
  'SubSecTimeDigitized',
  'SubSecTime',
  'OffsetTimeOriginal',
  'OffsetTimeDigitized',
  'OffsetTime',
  'TimeZone',
  'TimeZoneOffset',
  'DaylightSavings',
  'RegionInfo',
  'RegionInfoMP',
  'ProjectionType',
  'GeolocationCity',
  'GeolocationRegion',
  'GeolocationCountry',
  'GeolocationCountryCode',
  'GeolocationTimeZone',
  // Ours (media/exiftool-locality.config): the city the position is in.
  'GeolocationLocality',
  // Apple's Live Photo pairing key (maker notes of the still; XMP in some exports).
  'ContentIdentifier',
  'MediaGroupUUID',
];

/**
 * The read arguments. `-fast` skips scanning a JPEG to its end for trailers (none of these tags
 * live there); `struct=1` gives face regions as JSON objects. Geolocation names the nearest
 * city of ExifTool's database however far it is (mid-ocean, a town 2,000 km away), so only
 * places within 50 km count: farther than that a town's name tells more wrong than right.
 */
export const READ_ARGS: readonly string[] = [
  '-fast',
  '-a',
  '-G0:1',
  '-api',
  'struct=1',
  '-api',
  'geolocation',
  '-api',
  'GeolocMaxDist=50',
  ...NUMERIC_TAGS.map((tag) => `-${tag}#`),
  ...TEXT_TAGS.map((tag) => `-${tag}`),
];

/** ExifTool's error for a file it can't read, e.g. "File format error", or null. */
export function exifToolError(raw: RawTags): string | null {
  const error = raw['ExifTool:Error'] ?? raw.Error;
  return typeof error === 'string' ? error : null;
}

/** The tags of one file (a photo or an `.xmp` sidecar). Rejects when ExifTool can't run. */
export async function readExifToolTags(file: string): Promise<RawTags> {
  return exiftool().readRaw<RawTags>(file, { readArgs: [...READ_ARGS], useMWG: true });
}

/**
 * Tags by `Group:Tag`, with the group either family 0 (`EXIF`, `XMP`, `MakerNotes`, `Composite`,
 * `IPTC`) or family 1 (`ExifIFD`, `XMP-dc`, `Nikon`, `MWG`), plus `*:Tag` for the first copy in any
 * group. The first copy ExifTool lists wins inside each name.
 */
export type TagIndex = ReadonlyMap<string, unknown>;

export function indexTags(raw: RawTags): TagIndex {
  const index = new Map<string, unknown>();
  const add = (key: string, value: unknown) => {
    if (!index.has(key)) index.set(key, value);
  };
  for (const [key, value] of Object.entries(raw)) {
    if (value === null || value === undefined || value === '') continue;
    const parts = key.split(':');
    if (parts.length < 2) continue; // SourceFile
    const tag = parts[parts.length - 1]!;
    for (const group of parts.slice(0, -1)) add(`${group}:${tag}`, value);
    add(`*:${tag}`, value);
  }
  return index;
}

/**
 * The photo's tags in precedence order: a sidecar's first, then the file's. Lightroom, digiKam and
 * darktable write corrections (rating, caption, faces, a fixed date) to the sidecar and leave the
 * file alone, so whatever the sidecar holds is the newer word; Immich reads both with ExifTool and
 * lets the sidecar's tags override the file's the same way.
 */
export type TagSources = readonly TagIndex[];

/** The first value among `keys` that `read` accepts, looking in each source in turn. */
export function firstTag<T>(
  sources: TagSources,
  read: (value: unknown) => T | null,
  ...keys: string[]
): T | null {
  for (const source of sources) {
    for (const key of keys) {
      const value = source.get(key);
      if (value === undefined) continue;
      const result = read(value);
      if (result !== null) return result;
    }
  }
  return null;
}

/** The raw value of the first of `keys` present, in any source (sidecar first). */
export function rawTag(sources: TagSources, ...keys: string[]): unknown {
  return firstTag(sources, (value) => value, ...keys);
}

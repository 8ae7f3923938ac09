/**
 * The contract's Exif fields and the photo's dates, from the tags exifr read: EXIF (IFD0, Exif
 * and GPS blocks) first, XMP second. Pure: no file access, so every mapping rule is testable
 * with plain objects.
 */
import type { Exif } from '../../contract/entities.ts';
import { formatWallClock, parseExifDateTime, sameWallClockSecond, type WallClock } from './exif-dates.ts';
import {
  firstOf,
  isRecord,
  roundSignificant,
  roundTo,
  toAltitude,
  toDegrees,
  toDescription,
  toNumber,
  toPosition,
  toPositive,
  toText,
  xmpNamespace,
} from './exif-values.ts';

export type Tags = Record<string, unknown>;

// XMP namespaces by URI (files choose their own prefixes), with the usual prefix.
const NS = {
  xmp: ['http://ns.adobe.com/xap/1.0/', 'xmp'],
  exif: ['http://ns.adobe.com/exif/1.0/', 'exif'],
  exifEX: ['http://cipa.jp/exif/1.0/', 'exifEX'],
  aux: ['http://ns.adobe.com/exif/1.0/aux/', 'aux'],
  tiff: ['http://ns.adobe.com/tiff/1.0/', 'tiff'],
  photoshop: ['http://ns.adobe.com/photoshop/1.0/', 'photoshop'],
  dc: ['http://purl.org/dc/elements/1.1/', 'dc'],
  iptcExt: ['http://iptc.org/std/Iptc4xmpExt/2008-02-29/', 'Iptc4xmpExt'],
  gpano: ['http://ns.google.com/photos/1.0/panorama/', 'GPano'],
} as const;

/** The EXIF blocks exifr returns with `mergeOutput: false`. */
export interface TiffTags {
  ifd0: Tags;
  exif: Tags;
  gps: Tags;
}

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

/**
 * The three EXIF dates, each from EXIF first and XMP second. A reading without an offset takes
 * one from another reading of the same wall-clock second that has one (Lightroom and Photoshop
 * record `xmp:CreateDate` with an offset next to offsetless EXIF): same instant, now with a zone.
 */
export function readPhotoDates(tags: TiffTags | null, xmpOut: Tags | null): PhotoDates {
  const exif = tags?.exif ?? {};
  const ifd0 = tags?.ifd0 ?? {};
  const xmpExif = xmpNamespace(xmpOut, ...NS.exif);
  const xmpBasic = xmpNamespace(xmpOut, ...NS.xmp);
  const photoshop = xmpNamespace(xmpOut, ...NS.photoshop);

  const original = [
    parseExifDateTime(exif.DateTimeOriginal, exif.SubSecTimeOriginal, exif.OffsetTimeOriginal),
    parseExifDateTime(xmpExif.DateTimeOriginal),
    parseExifDateTime(photoshop.DateCreated),
  ];
  const digitized = [
    parseExifDateTime(exif.CreateDate, exif.SubSecTimeDigitized, exif.OffsetTimeDigitized),
    parseExifDateTime(xmpExif.DateTimeDigitized),
    parseExifDateTime(xmpBasic.CreateDate),
  ];
  const modified = [
    parseExifDateTime(ifd0.ModifyDate, exif.SubSecTime, exif.OffsetTime),
    parseExifDateTime(xmpBasic.ModifyDate),
  ];
  const withOffsets = [...original, ...digitized, ...modified].filter(
    (d): d is WallClock => d !== null && d.offsetMinutes !== null,
  );

  const pick = (readings: (WallClock | null)[]): string | null => {
    const first = readings.find((d): d is WallClock => d !== null);
    if (!first) return null;
    if (first.offsetMinutes !== null) return formatWallClock(first);
    const twin = withOffsets.find((d) => sameWallClockSecond(d, first));
    return formatWallClock(twin ? { ...first, offsetMinutes: twin.offsetMinutes } : first);
  };
  return { original: pick(original), digitized: pick(digitized), modified: pick(modified) };
}

/**
 * The contract's Exif object; null when the file says nothing at all. `orientation` is the one
 * sharp reported (and applies), used before the EXIF tag.
 */
export function toContractExif(
  tags: TiffTags | null,
  xmpOut: Tags | null,
  orientation: number | null,
  dates: PhotoDates,
): Exif | null {
  const ifd0 = tags?.ifd0 ?? {};
  const exif = tags?.exif ?? {};
  const gps = tags?.gps ?? {};
  const xmpExif = xmpNamespace(xmpOut, ...NS.exif);
  const xmpTiff = xmpNamespace(xmpOut, ...NS.tiff);
  const photoshop = xmpNamespace(xmpOut, ...NS.photoshop);
  const iptcExt = xmpNamespace(xmpOut, ...NS.iptcExt);
  const location = isRecord(iptcExt.LocationCreated)
    ? iptcExt.LocationCreated
    : Array.isArray(iptcExt.LocationCreated) && isRecord(iptcExt.LocationCreated[0])
      ? iptcExt.LocationCreated[0]
      : {};

  const make = firstOf(toText, ifd0.Make, xmpTiff.Make);
  const model = firstOf(toText, ifd0.Model, xmpTiff.Model);
  const position = toPosition(
    gps.GPSLatitude !== undefined
      ? toDegrees(gps.GPSLatitude, gps.GPSLatitudeRef)
      : toDegrees(xmpExif.GPSLatitude),
    gps.GPSLongitude !== undefined
      ? toDegrees(gps.GPSLongitude, gps.GPSLongitudeRef)
      : toDegrees(xmpExif.GPSLongitude),
  );
  const rating = firstOf(toNumber, xmpNamespace(xmpOut, ...NS.xmp).Rating, ifd0.Rating);
  const exposureTime = firstOf(toPositive, exif.ExposureTime, xmpExif.ExposureTime);
  const exposureBias = firstOf(toNumber, exif.ExposureCompensation, xmpExif.ExposureBiasValue);
  const fNumber = firstOf(toPositive, exif.FNumber, xmpExif.FNumber);
  const focalLength = firstOf(toPositive, exif.FocalLength, xmpExif.FocalLength);
  const iso = firstOf(
    toPositive,
    exif.ISO,
    exif.ISOSpeedRatings,
    exif.PhotographicSensitivity,
    xmpExif.ISOSpeedRatings,
    xmpNamespace(xmpOut, ...NS.exifEX).PhotographicSensitivity,
  );

  const result: Exif = {
    make,
    model,
    orientation: validOrientation(orientation) ?? validOrientation(ifd0.Orientation),
    modified_datetime: dates.modified,
    original_datetime: dates.original,
    digitized_datetime: dates.digitized,
    lens_model: firstOf(
      toText,
      exif.LensModel,
      xmpNamespace(xmpOut, ...NS.exifEX).LensModel,
      xmpNamespace(xmpOut, ...NS.aux).Lens,
    ),
    f_number: fNumber === null ? null : roundTo(fNumber, 2),
    focal_length: focalLength === null ? null : roundTo(focalLength, 2),
    iso: iso === null ? null : Math.round(iso),
    exposure_time: exposureTime === null ? null : roundSignificant(exposureTime, 6),
    exposure_bias: exposureBias === null ? null : roundTo(exposureBias, 2),
    latitude: position?.latitude ?? null,
    longitude: position?.longitude ?? null,
    altitude:
      gps.GPSAltitude !== undefined
        ? toAltitude(gps.GPSAltitude, gps.GPSAltitudeRef)
        : toAltitude(xmpExif.GPSAltitude, xmpExif.GPSAltitudeRef),
    city: firstOf(toText, photoshop.City, location.City),
    state: firstOf(toText, photoshop.State, location.ProvinceState),
    country: firstOf(toText, photoshop.Country, location.CountryName),
    description: firstOf(
      (v) => toDescription(v, make, model),
      xmpNamespace(xmpOut, ...NS.dc).description,
      ifd0.ImageDescription,
      xmpTiff.ImageDescription,
    ),
    fps: null,
    live_photo_cid: null,
    projection_type: toText(xmpNamespace(xmpOut, ...NS.gpano).ProjectionType),
    profile_description: null,
    auto_stack_id: null,
    // xmp:Rating -1 means "rejected" in Lightroom; the API's scale is 0–5.
    rating: rating !== null && Number.isInteger(rating) && rating >= 0 && rating <= 5 ? rating : null,
  };
  return Object.values(result).some((value) => value !== null) ? result : null;
}

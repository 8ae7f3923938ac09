/**
 * What a camera records about one shot: the EXIF it writes (with GPS where the phone or a paired
 * camera knew it) and the XMP a photo manager adds later (place names, stars, a caption).
 */
import type { Album } from './albums.ts';
import { exifDateTime, formatOffset } from './calendar.ts';
import type { Camera, Exposure } from './cameras.ts';
import type { ExifFields } from './exif-writer.ts';
import type { Place } from './places.ts';
import { type Rng, between, chance, chooseWeighted, intBetween, pick } from './random.ts';
import type { XmpFields } from './xmp-writer.ts';

export interface ShotFacts {
  album: Album;
  place: Place;
  camera: Camera;
  exposure: Exposure;
  /** Wall-clock milliseconds and the zone's offset then. */
  wallMs: number;
  offsetMin: number;
  orientation: 1 | 6 | 8;
  /** Pixel size as stored (before the orientation is applied). */
  storedWidth: number;
  storedHeight: number;
}

/** A point within `km` of the place: photos of a trip spread over the town, not one pin. */
function scatter(place: Place, rng: Rng): { latitude: number; longitude: number; altitude: number } {
  const km = place.spreadKm;
  const kmPerLonDegree = 111 * Math.cos((place.latitude * Math.PI) / 180);
  return {
    latitude: place.latitude + between(rng, -km, km) / 111,
    longitude: place.longitude + between(rng, -km, km) / kmPerLonDegree,
    altitude: Math.round((place.altitude + between(rng, -15, 40)) * 10) / 10,
  };
}

export function shotMetadata(f: ShotFacts, rng: Rng): { exif: ExifFields; xmp: Omit<XmpFields, 'regions'> } {
  const { camera, exposure } = f;
  const lens = exposure.lens;
  const when = exifDateTime(f.wallMs);
  const offset = formatOffset(f.offsetMin);
  const utcMs = f.wallMs - f.offsetMin * 60_000;
  const utc = new Date(utcMs);
  // Phones always know where they are; cameras only while paired with one over Bluetooth.
  const hasGps = f.album.located && (camera.kind === 'phone' || chance(rng, 0.7));
  const exif: ExifFields = {
    make: camera.make,
    model: camera.model,
    orientation: f.orientation,
    software: camera.software,
    modifyDate: when,
    dateTimeOriginal: when,
    createDate: when,
    offsetTime: offset,
    offsetTimeOriginal: offset,
    offsetTimeDigitized: offset,
    // Phones write milliseconds, cameras hundredths.
    subSecTimeOriginal: String(intBetween(rng, 0, 999))
      .padStart(3, '0')
      .slice(0, camera.kind === 'phone' ? 3 : 2),
    exposureTime: exposure.exposureTime,
    fNumber: exposure.fNumber,
    iso: exposure.iso,
    exposureBias: exposure.exposureBias,
    focalLength: exposure.focalLength,
    focalLengthIn35mmFormat: exposure.focalLengthIn35mmFormat,
    ...(lens.make ? { lensMake: lens.make } : {}),
    ...(lens.model ? { lensModel: lens.model } : {}),
    pixelXDimension: f.storedWidth,
    pixelYDimension: f.storedHeight,
  };
  if (hasGps) {
    const time = [utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds()] as const;
    exif.gps = { ...scatter(f.place, rng), dateStamp: exifDateTime(utcMs).slice(0, 10), timeStamp: time };
  }
  const { city, state, country } = f.place;
  const xmp: Omit<XmpFields, 'regions'> = {
    // Trip albums were geotagged in the photo manager, even the shots without GPS.
    ...(f.album.located && (hasGps || f.album.folder !== null) ? { city, state, country } : {}),
    ...(chance(rng, 0.1) ? { rating: chooseWeighted(rng, [5, 4, 3, 2, 1], [2, 3, 2, 1, 1]) } : {}),
    // Captions stay plain text: exifr hands XML entities back undecoded (`&amp;`).
    ...(f.album.captions.length > 0 && chance(rng, 0.06) ? { description: pick(rng, f.album.captions) } : {}),
  };
  return { exif, xmp };
}

import type { BoundingBox, Exif } from '../../contract/entities.ts';
import type { DateSource, PlaceSource, ZoneSource } from '../../contract/constants.ts';

/** A face region found in a photo's XMP, already in pixels of the displayed (rotated) image. */
export interface FaceRegion {
  /** The person's name, or null for an unnamed region. */
  personName: string | null;
  box: BoundingBox;
}

/** Everything the index keeps about one photo file that comes from reading its bytes. */
export interface PhotoMetadata {
  mimeType: string;
  /** Pixel size as displayed, after EXIF rotation; null when the image can't be decoded. */
  width: number | null;
  height: number | null;
  exif: Exif | null;
  /**
   * Wall-clock time the photo was taken, ISO 8601: with its offset when known
   * (`2024-06-01T14:30:05-07:00`), without one when the zone is unknown (`2024-06-01T14:30:05`),
   * or null when the file carries no date at all (the indexer then falls back to the file time).
   */
  localDatetime: string | null;
  /**
   * Where the offset in `localDatetime` came from: `camera` (written with the date, in an
   * OffsetTime tag or the maker notes' zone setting), `gps` (the zone of the GPS position at that
   * date), or null when it has none.
   */
  zoneSource: 'camera' | 'gps' | null;
  /**
   * The IANA zone of the GPS position (`Europe/Lisbon`) whenever the file has one, even without a
   * date: dates found elsewhere (a file name) can take their offset from it. Offline.
   */
  gpsTimeZone: string | null;
  /** Whether exif city/state/country were written in the file (or its sidecar) or filled from GPS. */
  placeSource: 'file' | 'gps' | null;
  faces: FaceRegion[];
}

/** One file as the indexer stores it. */
export interface IndexedFile {
  relPath: string;
  fileSize: number;
  mtimeMs: number;
  /** base64 SHA-256 of the file's bytes. */
  checksum: string;
  originalFileName: string;
  fileCreatedAt: string;
  fileModifiedAt: string;
  /** Final local_datetime (capture-date.ts: metadata's, the file name's, or the file time). */
  localDatetime: string;
  /** Where the date, its zone and the place came from (capture-date.ts); null: unknown. */
  dateSource?: DateSource | null;
  zoneSource?: ZoneSource | null;
  placeSource?: PlaceSource | null;
  metadata: PhotoMetadata;
}

/**
 * Which capture time an asset gets, and where it (and its zone) came from. In order:
 * 1. the date the file's metadata holds (EXIF/XMP/QuickTime: the reader's `localDatetime`);
 * 2. a date in the file's name (file-name-date.ts), a wall clock: its zone from the GPS position
 *    when the file has one, else unknown (never invented);
 * 3. the file's modification time, an instant: shown in **this machine's** zone, with its offset,
 *    and marked so: the computer that indexes a folder is usually where its photos were copied.
 *
 * The API's `local_datetime` stays the wall-clock text; `dateSource` and `zoneSource` say how
 * much to trust it (stored per asset, migration 12).
 */
import type { DateSource, PlaceSource, ZoneSource } from '../../contract/constants.ts';
import { fileNameDateOf } from './file-name-date.ts';

export interface CaptureDate {
  localDatetime: string;
  dateSource: DateSource;
  /** Null when the time carries no offset (its zone is unknown). */
  zoneSource: ZoneSource | null;
}

export interface CaptureDateInput {
  /** The reader's `localDatetime`: with an offset when known, null when the file has no date. */
  metadataDatetime: string | null;
  /** The reader's word on where that offset came from (absent from readers that don't say). */
  metadataZoneSource?: 'camera' | 'gps' | null;
  /** IANA zone of the file's GPS position, when it has one. */
  gpsTimeZone?: string | null;
  fileName: string;
  /** The file's modification time, ms since the epoch. */
  fileTimeMs: number;
  /** This machine's IANA zone; by default the process's own (`TZ`). */
  machineTimeZone?: string;
  /** Bounds "the future" for file-name dates (tests pass one). */
  now?: Date;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Minutes east of UTC as `+02:00`, `-03:30`, or `Z` (as Pydantic prints a zero offset). */
function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Pydantic's datetime text: the fraction (as microseconds) only when not zero. */
function wallText(wall: Wall, offsetMinutes: number | null): string {
  const fraction = wall.millisecond > 0 ? `.${pad(wall.millisecond * 1000, 6)}` : '';
  const zone = offsetMinutes === null ? '' : offsetText(offsetMinutes);
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}` +
    `T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${fraction}${zone}`
  );
}

const wallAsUtcMs = (w: Wall) =>
  Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);

function wallOfUtcMs(ms: number): Wall {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The offset (minutes east of UTC) of `timeZone` at an instant; `undefined` is this process's
 * own zone. Null for a zone name the runtime doesn't know.
 */
export function offsetMinutesAt(timeZone: string | undefined, utcMs: number): number | null {
  if (timeZone === undefined) return -new Date(utcMs).getTimezoneOffset();
  let format = formatters.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return null;
    }
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    +parts.year!,
    +parts.month! - 1,
    +parts.day!,
    +parts.hour!,
    +parts.minute!,
    +parts.second!,
  );
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * The offset of `timeZone` when its clocks showed `wall` (two passes: the offset at the wall
 * clock read as UTC, then at the instant that gives). A doubled hour (clocks falling back) gets
 * one of its two real offsets; a skipped hour (clocks jumping forward) gets the larger one.
 */
function offsetForWall(timeZone: string, wall: Wall): number | null {
  const guess = wallAsUtcMs(wall);
  const first = offsetMinutesAt(timeZone, guess);
  if (first === null) return null;
  const second = offsetMinutesAt(timeZone, guess - first * 60_000) ?? first;
  if (second === first) return first;
  const third = offsetMinutesAt(timeZone, guess - second * 60_000) ?? second;
  return third === second ? second : Math.max(second, third);
}

/** The wall clock of an instant in a zone (undefined: this process's own), with its offset. */
function inZone(utcMs: number, timeZone: string | undefined): { wall: Wall; offset: number } | null {
  const offset = offsetMinutesAt(timeZone, utcMs);
  return offset === null ? null : { wall: wallOfUtcMs(utcMs + offset * 60_000), offset };
}

const hasOffset = (text: string) => /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text.trim());

/** Parses the wall-clock part of ISO text (`2024-06-01T14:30:05.5`); null when it is no such text. */
function wallOfText(text: string): Wall | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac] = m;
  return {
    year: +y!,
    month: +mo!,
    day: +d!,
    hour: +h!,
    minute: +mi!,
    second: +s!,
    millisecond: Math.floor(Number(`0.${frac ?? '0'}`) * 1000),
  };
}

/** The asset's capture time and the sources of its date and zone (see the file's comment). */
export function resolveCaptureDate(input: CaptureDateInput): CaptureDate {
  const gpsZone = input.gpsTimeZone ?? null;
  const metadata = input.metadataDatetime;
  if (metadata) {
    if (hasOffset(metadata)) {
      return {
        localDatetime: metadata,
        dateSource: 'camera',
        zoneSource: input.metadataZoneSource ?? 'camera',
      };
    }
    // No offset written: the position's zone, if the reader didn't already apply it.
    const wall = gpsZone ? wallOfText(metadata) : null;
    const offset = wall && gpsZone ? offsetForWall(gpsZone, wall) : null;
    if (wall && offset !== null) {
      // Keep the reader's text (its fraction digits) and add the offset.
      return {
        localDatetime: `${metadata.trim()}${offsetText(offset)}`,
        dateSource: 'camera',
        zoneSource: 'gps',
      };
    }
    return { localDatetime: metadata, dateSource: 'camera', zoneSource: null };
  }

  const named = fileNameDateOf(input.fileName, input.now);
  if (named) {
    const wall: Wall = {
      year: named.year,
      month: named.month,
      day: named.day,
      hour: named.time?.hour ?? 0,
      minute: named.time?.minute ?? 0,
      second: named.time?.second ?? 0,
      millisecond: 0,
    };
    if (named.utc) {
      const local = gpsZone ? inZone(wallAsUtcMs(wall), gpsZone) : null;
      return local
        ? { localDatetime: wallText(local.wall, local.offset), dateSource: 'file_name', zoneSource: 'gps' }
        : { localDatetime: wallText(wall, 0), dateSource: 'file_name', zoneSource: 'file_name' };
    }
    const offset = gpsZone ? offsetForWall(gpsZone, wall) : null;
    return offset !== null
      ? { localDatetime: wallText(wall, offset), dateSource: 'file_name', zoneSource: 'gps' }
      : { localDatetime: wallText(wall, null), dateSource: 'file_name', zoneSource: null };
  }

  const local = inZone(input.fileTimeMs, input.machineTimeZone) ?? inZone(input.fileTimeMs, undefined)!;
  return {
    localDatetime: wallText(local.wall, local.offset),
    dateSource: 'file_time',
    zoneSource: 'machine',
  };
}

/**
 * Where the place (city/state/country) came from: the reader's word when it gives one, else
 * `file` when the metadata has a place at all (a reader that fills none from GPS wrote them all).
 */
export function placeSourceOf(metadata: {
  placeSource?: PlaceSource | null;
  exif: { city?: string | null; state?: string | null; country?: string | null } | null;
}): PlaceSource | null {
  if (metadata.placeSource !== undefined) return metadata.placeSource;
  const { city, state, country } = metadata.exif ?? {};
  return [city, state, country].some((v) => typeof v === 'string' && v.trim() !== '') ? 'file' : null;
}

/** What the indexer stores of a file's date and sources, from the reader's metadata and the file. */
export function indexedDateOf(
  metadata: {
    localDatetime: string | null;
    zoneSource?: 'camera' | 'gps' | null;
    gpsTimeZone?: string | null;
    placeSource?: PlaceSource | null;
    exif: { city?: string | null; state?: string | null; country?: string | null } | null;
  },
  relPath: string,
  mtimeMs: number,
): CaptureDate & { placeSource: PlaceSource | null } {
  const date = resolveCaptureDate({
    metadataDatetime: metadata.localDatetime,
    metadataZoneSource: metadata.zoneSource,
    gpsTimeZone: metadata.gpsTimeZone,
    fileName: relPath,
    fileTimeMs: mtimeMs,
  });
  return { ...date, placeSource: placeSourceOf(metadata) };
}

/**
 * Pure formatting of an asset's metadata for the info panel. No React, no DOM, and no use of the
 * browser's time zone: a photo's time is shown as the wall clock where it was taken.
 */
import type { Exif } from '../../contract/entities.ts';
import { formatWallDateTime } from '../time/date-labels.ts';
import { formatCount } from '../time/intl-formats.ts';
import { parseWallClockStamp } from '../time/wall-clock.ts';

/** U+2212: a real minus sign, which lines up with "+" and reads better than a hyphen. */
const MINUS = '\u2212';

/** A wall-clock date-time as the photo recorded it. */
export interface FormattedDateTime {
  /** "Sat, Jun 1, 2024, 2:30:05 PM" in the reader's words (or just the date when the text has no time). */
  text: string;
  /** "UTC−07:00", "UTC", or null when the zone is unknown. */
  zone: string | null;
  /** "time zone unknown" when the text has a time but no offset; otherwise null. */
  note: string | null;
}

/**
 * Formats ISO 8601 text such as `local_datetime` through the one wall-clock reader, never through
 * `Date` parsing, so the result is the time where the photo was taken whatever the viewer's zone
 * is; only the words, their order and the hour cycle follow the reader's language (`locale`
 * undefined: the browser's). Returns null when the text is not a date-time.
 *
 * @example formatDateTime('2024-06-01T14:30:05-07:00', 'en-US')
 *   // { text: 'Sat, Jun 1, 2024, 2:30:05 PM', zone: 'UTC−07:00', note: null }
 */
export function formatDateTime(text: string, locale?: string): FormattedDateTime | null {
  const stamp = parseWallClockStamp(text);
  const formatted = stamp && formatWallDateTime(text, locale);
  if (!stamp || formatted === null) return null;
  if (stamp.wall.hour === null || stamp.wall.minute === null)
    return { text: formatted, zone: null, note: null };
  const zone = formatOffset(stamp.offset);
  return { text: formatted, zone, note: zone === null ? 'time zone unknown' : null };
}

function formatOffset(offset: string | null): string | null {
  if (offset === null) return null;
  if (offset.toUpperCase() === 'Z') return 'UTC';
  const digits = offset.slice(1).replace(':', '');
  // RFC 3339 reserves "-00:00" for "offset unknown": treat it like no offset at all.
  if (offset.startsWith('-') && /^0+$/.test(digits)) return null;
  const hours = digits.slice(0, 2);
  const minutes = digits.slice(2, 4) || '00';
  return `UTC${offset.startsWith('-') ? MINUS : '+'}${hours}:${minutes}`;
}

/** Trims a number to at most `decimals` places and drops trailing zeros: 2.80 → "2.8", 8.0 → "8". */
function trimDecimals(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

const isPositive = (n: number | null | undefined): n is number =>
  typeof n === 'number' && Number.isFinite(n) && n > 0;
const isFiniteNumber = (n: number | null | undefined): n is number =>
  typeof n === 'number' && Number.isFinite(n);

/**
 * `ƒ/2.8`, `ƒ/8`, `ƒ/0.95`; null when absent or not a real aperture. Shown as written, however
 * implausible (a phone's ƒ/0.6 stays ƒ/0.6): below ƒ/1 two decimals, or ƒ/0.95 would read ƒ/0.9.
 */
export function formatFNumber(fNumber: number | null | undefined): string | null {
  return isPositive(fNumber) ? `ƒ/${trimDecimals(fNumber, fNumber < 1 ? 2 : 1)}` : null;
}

/**
 * Standard full, half and third stops from 1/8000 s to 30 s, with the label a camera shows.
 * Cameras store the exact APEX value (1/60 s comes out as 0.0166…), so a value within
 * {@link SNAP_TOLERANCE} of a standard speed is shown as that speed.
 */
const STANDARD_SHUTTER: readonly (readonly [number, string])[] = [
  ...[
    8000, 6400, 6000, 5000, 4000, 3200, 3000, 2500, 2000, 1600, 1500, 1250, 1000, 800, 750, 640, 500, 400,
    350, 320, 250, 200, 180, 160, 125, 100, 90, 80, 60, 50, 45, 40, 30, 25, 20, 15, 13, 10, 8, 6, 5, 4, 3, 2,
  ].map((d) => [1 / d, `1/${d}`] as const),
  ...[0.3, 0.4, 0.6, 0.7, 0.8, 1, 1.3, 1.5, 1.6, 2, 2.5, 3, 3.2, 4, 5, 6, 8, 10, 12, 13, 15, 20, 25, 30].map(
    (s) => [s, String(s)] as const,
  ),
];
/** APEX rounding noise is < 1%; the nearest standard speed within 4% wins, anything further is real. */
const SNAP_TOLERANCE = 0.04;

/** `1/250 s`, `1/2 s`, `2.5 s`, `30 s` from exposure time in seconds; null when absent. */
export function formatShutter(seconds: number | null | undefined): string | null {
  if (!isPositive(seconds)) return null;
  let best: string | undefined;
  let bestDistance = Math.log(1 + SNAP_TOLERANCE);
  for (const [standard, label] of STANDARD_SHUTTER) {
    const distance = Math.abs(Math.log(seconds / standard));
    if (distance <= bestDistance) {
      best = label;
      bestDistance = distance;
    }
  }
  if (best !== undefined) return `${best} s`;
  // Off the standard scale (electronic shutters, bulb, odd firmware): show it honestly.
  if (seconds < 0.25) return `1/${Math.round(1 / seconds)} s`;
  return `${trimDecimals(seconds, seconds < 10 ? 1 : 0)} s`;
}

/** `ISO 100`. */
export function formatIso(iso: number | null | undefined): string | null {
  return isPositive(iso) ? `ISO ${Math.round(iso)}` : null;
}

/** `50 mm`, `4.2 mm`. */
export function formatFocalLength(mm: number | null | undefined): string | null {
  return isPositive(mm) ? `${trimDecimals(mm, 1)} mm` : null;
}

/**
 * Exposure bias with one decimal and an explicit sign: `+0.7 EV`, `−1.3 EV`, `0 EV`.
 * One decimal rather than thirds because cameras store both ⅓ and ½ steps and rounding noise.
 */
export function formatExposureBias(ev: number | null | undefined): string | null {
  if (!isFiniteNumber(ev)) return null;
  const rounded = Number(ev.toFixed(1));
  if (rounded === 0) return '0 EV';
  return `${rounded > 0 ? '+' : MINUS}${Math.abs(rounded)} EV`;
}

/**
 * `38.7223° N, 9.1393° W` (4 decimals ≈ 11 m). Null when either is missing or out of range,
 * and for exactly 0,0: that is what broken GPS writers store, far more often than a real
 * photo taken in the Gulf of Guinea.
 */
export function formatCoordinates(
  latitude: number | null | undefined,
  longitude: number | null | undefined,
): string | null {
  if (!isFiniteNumber(latitude) || !isFiniteNumber(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  if (latitude === 0 && longitude === 0) return null;
  const lat = `${Math.abs(latitude).toFixed(4)}° ${latitude < 0 ? 'S' : 'N'}`;
  const lon = `${Math.abs(longitude).toFixed(4)}° ${longitude < 0 ? 'W' : 'E'}`;
  return `${lat}, ${lon}`;
}

/** `120 m`, `28 m below sea level`. */
export function formatAltitude(metres: number | null | undefined): string | null {
  if (!isFiniteNumber(metres)) return null;
  const rounded = Math.round(metres);
  return rounded < 0 ? `${-rounded} m below sea level` : `${rounded} m`;
}

/** `{ dimensions: '6000 × 4000', megapixels: '24.0 MP' }`; null unless both sides are known. */
export function formatPixelSize(
  width: number | null | undefined,
  height: number | null | undefined,
  locale?: string,
): { dimensions: string; megapixels: string } | null {
  if (!isPositive(width) || !isPositive(height)) return null;
  const pixels = width * height;
  // Below a tenth of a megapixel "0.0 MP" says nothing: count the pixels instead (an icon is "64 pixels").
  if (pixels < 100_000)
    return { dimensions: `${width} × ${height}`, megapixels: `${formatCount(pixels, locale)} pixels` };
  return { dimensions: `${width} × ${height}`, megapixels: `${(pixels / 1e6).toFixed(1)} MP` };
}

/** `3.4 MB` in SI units (1 MB = 1,000,000 bytes, as macOS and phones show). */
export function formatFileSize(bytes: number | null | undefined): string | null {
  if (!isFiniteNumber(bytes) || bytes < 0) return null;
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

const nonEmpty = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';

/** `Lisbon, Lisboa, Portugal`, skipping empty parts and a part equal to the one before it. */
export function formatPlace(exif: Pick<Exif, 'city' | 'state' | 'country'>): string | null {
  const parts: string[] = [];
  for (const part of [exif.city, exif.state, exif.country]) {
    if (!nonEmpty(part)) continue;
    const trimmed = part.trim();
    // "Singapore, Singapore" and "Monaco, Monaco" say nothing twice.
    if (parts.at(-1)?.toLowerCase() !== trimmed.toLowerCase()) parts.push(trimmed);
  }
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * `{ text: '★★★☆☆', label: '3 out of 5 stars' }`. Null for 0 and absent: in XMP 0 means
 * "not rated", not "zero stars".
 */
export function formatRating(rating: number | null | undefined): { text: string; label: string } | null {
  if (!isFiniteNumber(rating)) return null;
  const stars = Math.min(5, Math.round(rating));
  if (stars <= 0) return null;
  return {
    text: '★'.repeat(stars) + '☆'.repeat(5 - stars),
    label: `${stars} out of 5 stars`,
  };
}

/** Makers whose EXIF name is not the name people know, after corporate suffixes are gone. */
const MAKE_ALIASES: Record<string, string> = {
  'eastman kodak': 'Kodak',
  'lg electronics': 'LG',
  'research in motion': 'BlackBerry',
};
const CORPORATE_SUFFIX =
  /[\s,]+(corporation|corp\.?|co\.?|ltd\.?|limited|inc\.?|company|imaging|optical|techwin|camera|gmbh|ag)$/i;

/**
 * The maker as people say it: "NIKON CORPORATION" → "Nikon", "OLYMPUS IMAGING CORP." → "Olympus",
 * "EASTMAN KODAK COMPANY" → "Kodak". Short all-caps names (LG, DJI, HTC) are acronyms and stay.
 */
export function formatMake(make: string | null | undefined): string | null {
  if (!nonEmpty(make)) return null;
  let name = make.trim().replace(/\s+/g, ' ');
  for (let stripped = name.replace(CORPORATE_SUFFIX, ''); stripped !== name && stripped !== '';) {
    name = stripped;
    stripped = name.replace(CORPORATE_SUFFIX, '');
  }
  const alias = MAKE_ALIASES[name.toLowerCase()];
  if (alias) return alias;
  return name
    .split(' ')
    .map((word) =>
      (word === word.toUpperCase() && word.length > 3) || word === word.toLowerCase()
        ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
        : word,
    )
    .join(' ');
}

/**
 * Make and model without saying the make twice: "Canon" + "Canon EOS 40D" → "Canon EOS 40D",
 * "NIKON CORPORATION" + "NIKON D70" → "Nikon D70", "FUJIFILM" + "FinePix E500" → "Fujifilm FinePix E500".
 */
export function formatCamera(exif: Pick<Exif, 'make' | 'model'>): string | null {
  const make = formatMake(exif.make);
  const model = nonEmpty(exif.model) ? exif.model.trim().replace(/\s+/g, ' ') : null;
  if (model === null) return make;
  if (make === null) return model;
  const rawFirstWord = (exif.make ?? '').trim().split(/\s+/)[0] ?? '';
  for (const prefix of [make, rawFirstWord]) {
    if (prefix === '' || !model.toLowerCase().startsWith(prefix.toLowerCase())) continue;
    const rest = model.slice(prefix.length);
    if (rest === '') return make;
    // Only a whole word: "Canonet" is not "Canon" + "et".
    if (/^[\s_-]/.test(rest)) return `${make} ${rest.replace(/^[\s_-]+/, '')}`;
  }
  return `${make} ${model}`;
}

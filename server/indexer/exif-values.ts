/**
 * Small pure readers for the values exifr hands back. EXIF gives numbers (rationals already
 * divided), XMP gives text (`"1/200"`, `"43,28.0469N"`, lang-alt objects); a field may be an array
 * where one value was expected. Each reader takes `unknown` and returns a clean value or null.
 */

/** Rounds to `digits` decimals; drops float noise like 0.30000000000000004. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Rounds to `digits` significant digits: for exposure times from 30 s down to 1/8000 s. */
export function roundSignificant(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(digits));
}

/**
 * A number from EXIF (number, or a one-element array such as ISO `[100, 0]`) or XMP text
 * (`"200"`, `"-1/3"`, `"f/2.8"` is not accepted). Division by zero and NaN give null.
 */
export function toNumber(value: unknown): number | null {
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const first: unknown = (value as ArrayLike<unknown>)[0];
    return first === undefined ? null : toNumber(first);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const rational = /^([+-]?\d+(?:\.\d+)?)\s*\/\s*([+-]?\d+(?:\.\d+)?)$/.exec(text);
  if (rational) {
    const denominator = Number(rational[2]);
    return denominator === 0 ? null : Number(rational[1]) / denominator;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
  return Number(text);
}

/** A positive number or null: an f-number, focal length, ISO or exposure time of 0 means "unknown". */
export function toPositive(value: unknown): number | null {
  const n = toNumber(value);
  return n !== null && n > 0 ? n : null;
}

/**
 * Text from EXIF or XMP: trimmed, cut at the first NUL (fixed-width EXIF fields such as a model
 * of `"ION230\0F"`), blank → null. A lang-alt value (`{lang, value}` or a list of them) gives its
 * `x-default` entry, else the first.
 */
export function toText(value: unknown): string | null {
  if (Array.isArray(value)) {
    const entries = value as unknown[];
    const preferred = entries.find((e) => isRecord(e) && e.lang === 'x-default') ?? entries[0];
    return toText(preferred);
  }
  if (isRecord(value)) return 'value' in value ? toText(value.value) : null;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const text = value.replace(/\0.*$/s, '').trim();
  return text === '' ? null : text;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

/** The first of `values` that reads as non-null. */
export function firstOf<T>(read: (value: unknown) => T | null, ...values: unknown[]): T | null {
  for (const value of values) {
    const result = read(value);
    if (result !== null) return result;
  }
  return null;
}

/**
 * Degrees from EXIF `[deg, min, sec]` (or a plain number), or XMP `"43,28.0469N"` /
 * `"43,28,2.814N"` whose letter gives the hemisphere. `ref` is the EXIF GPSLatitudeRef /
 * GPSLongitudeRef: `S` and `W` make the value negative, `N` and `E` positive (EXIF stores the
 * magnitude only). Without a hemisphere a value keeps its own sign.
 */
export function toDegrees(value: unknown, ref?: unknown): number | null {
  let degrees: number | null;
  let hemisphere = typeof ref === 'string' ? ref.trim().toUpperCase() : '';
  if (typeof value === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?(?:,(\d+(?:\.\d+)?))?\s*([NSEW])?\s*$/i.exec(value);
    if (!m) return null;
    degrees = Number(m[1]) + Number(m[2] ?? 0) / 60 + Number(m[3] ?? 0) / 3600;
    if (m[4]) hemisphere = m[4].toUpperCase();
  } else if (Array.isArray(value)) {
    const parts = value.map((part) => toNumber(part));
    if (parts.length === 0 || parts.some((part) => part === null)) return null;
    const [d = 0, min = 0, sec = 0] = parts as number[];
    degrees = d + min / 60 + sec / 3600;
  } else {
    degrees = toNumber(value);
  }
  if (degrees === null || !Number.isFinite(degrees)) return null;
  if (hemisphere === 'S' || hemisphere === 'W') return -Math.abs(degrees);
  if (hemisphere === 'N' || hemisphere === 'E') return Math.abs(degrees);
  return degrees; // no hemisphere: a signed decimal keeps its own sign
}

/** Latitude and longitude, or null for an out-of-range pair or the 0,0 that GPS-less cameras write. */
export function toPosition(
  latitude: number | null,
  longitude: number | null,
): { latitude: number; longitude: number } | null {
  if (latitude === null || longitude === null) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  if (latitude === 0 && longitude === 0) return null;
  return { latitude: roundTo(latitude, 6), longitude: roundTo(longitude, 6) };
}

/** Altitude in metres; GPSAltitudeRef 1 means below sea level. exifr gives the ref as a byte array. */
export function toAltitude(value: unknown, ref: unknown): number | null {
  const metres = toNumber(value);
  if (metres === null) return null;
  const below = toNumber(ref) === 1;
  return roundTo(below ? -Math.abs(metres) : metres, 2);
}

// Captions cameras write into every photo. Shown in a gallery they look like the user's own words.
const CAMERA_PLACEHOLDERS = new Set([
  'SONY DSC',
  'DCF 1.0',
  'EXIF_JPEG_PICTURE',
  'DEFAULT',
  'IMAGE',
  'DIGITAL IMAGE',
]);

/**
 * A description fit to show: trimmed, not blank, and not a camera's stock caption
 * (`OLYMPUS DIGITAL CAMERA`, `SONY DSC`, or simply the make or model repeated).
 */
export function toDescription(value: unknown, make: string | null, model: string | null): string | null {
  const text = toText(value);
  if (text === null) return null;
  const upper = text.toUpperCase();
  if (CAMERA_PLACEHOLDERS.has(upper) || /\bDIGITAL CAMERA$/.test(upper)) return null;
  if (upper === make?.toUpperCase() || upper === model?.toUpperCase()) return null;
  return text;
}

/**
 * The properties of one XMP namespace. Prefixes are the file's choice (`xap:` in old Adobe files,
 * `xmp:` in newer ones), so the namespace is found by URI through exifr's `xmlns` map, with the
 * usual prefix as a fallback.
 */
export function xmpNamespace(
  xmp: Record<string, unknown> | null | undefined,
  uri: string,
  usualPrefix: string,
): Record<string, unknown> {
  if (!xmp) return {};
  const prefixes = new Set<string>([usualPrefix]);
  if (isRecord(xmp.xmlns)) {
    for (const [prefix, value] of Object.entries(xmp.xmlns)) if (value === uri) prefixes.add(prefix);
  }
  const merged: Record<string, unknown> = {};
  for (const prefix of prefixes) {
    const properties = xmp[prefix];
    if (isRecord(properties)) Object.assign(merged, properties);
  }
  return merged;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes XML character references (`&amp;`, `&#233;`, `&#xE9;`) in one pass, so `&amp;lt;`
 * becomes `&lt;`, not `<`. An invalid reference is left as it is.
 */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) return XML_ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}

/**
 * exifr returns XMP text with its XML entities still encoded (a caption "Fish & chips" arrives
 * as `Fish &amp; chips`). Decodes every string in its output, keys untouched.
 */
export function decodeXmpText(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('&') ? decodeXmlEntities(value) : value;
  if (Array.isArray(value)) return value.map(decodeXmpText);
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeXmpText(v)]));
  return value;
}

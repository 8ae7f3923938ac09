/**
 * The EXIF fields the info panel has no dedicated row for, for its "More" section: people ask
 * for "all the EXIF", and a field the panel doesn't know yet must not silently disappear.
 */
import type { Exif } from '../../contract/entities.ts';
import { formatDateTime } from './exif-format.ts';

/** One labelled value for the "More" list. */
export interface ExifField {
  /** The EXIF key, e.g. `orientation`; stable, usable as a React key. */
  key: string;
  /** "Orientation". */
  label: string;
  /** "Rotated 90° clockwise". */
  value: string;
}

/** Fields the panel already shows in its own rows; everything else goes to "More". */
export const EXIF_FIELDS_SHOWN: ReadonlySet<string> = new Set([
  'make',
  'model',
  'lens_model',
  'f_number',
  'focal_length',
  'iso',
  'exposure_time',
  'exposure_bias',
  'latitude',
  'longitude',
  'altitude',
  'city',
  'state',
  'country',
  'description',
  'rating',
]);

/** Labels in display order; a key not listed here still shows, after these, with a derived label. */
const LABELS: ReadonlyMap<string, string> = new Map([
  ['original_datetime', 'Date taken (EXIF)'],
  ['digitized_datetime', 'Date digitized'],
  ['modified_datetime', 'Date modified'],
  ['orientation', 'Orientation'],
  ['profile_description', 'Colour profile'],
  ['projection_type', 'Projection'],
  ['fps', 'Frame rate'],
  ['live_photo_cid', 'Live photo id'],
  ['auto_stack_id', 'Burst / stack id'],
]);

/** EXIF orientation 1–8 (TIFF 6.0), said the way a person would check it. */
const ORIENTATIONS: Record<number, string> = {
  1: 'Normal',
  2: 'Mirrored horizontally',
  3: 'Rotated 180°',
  4: 'Mirrored vertically',
  5: 'Mirrored horizontally, rotated 90° anticlockwise',
  6: 'Rotated 90° clockwise',
  7: 'Mirrored horizontally, rotated 90° clockwise',
  8: 'Rotated 90° anticlockwise',
};

const DATE_KEYS = new Set(['original_datetime', 'digitized_datetime', 'modified_datetime']);

function formatValue(key: string, value: unknown): string | null {
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return null;
    if (DATE_KEYS.has(key)) {
      const formatted = formatDateTime(text);
      if (formatted === null) return text;
      // Written as the Taken row writes it: the zone (or "time zone unknown") after the time.
      const zone = formatted.zone ?? formatted.note;
      return zone === null ? formatted.text : `${formatted.text} ${zone}`;
    }
    return text;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    if (key === 'orientation') return ORIENTATIONS[value] ?? String(value);
    if (key === 'fps') return `${Number(value.toFixed(2))} fps`;
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  // Objects and arrays: nothing in the contract has them; skip rather than print "[object Object]".
  return null;
}

/** `white_balance` → "White balance". */
function labelFor(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Every non-empty EXIF field the panel does not already show, labelled and formatted, known
 * fields first in a fixed order, then any others (e.g. from a newer API) alphabetically.
 */
export function otherExifFields(exif: Exif | null | undefined): ExifField[] {
  if (!exif) return [];
  const known = [...LABELS.keys()];
  const unknown = Object.keys(exif)
    .filter((key) => !EXIF_FIELDS_SHOWN.has(key) && !LABELS.has(key))
    .sort();
  const fields: ExifField[] = [];
  for (const key of [...known, ...unknown]) {
    const value = Object.hasOwn(exif, key) ? formatValue(key, (exif as Record<string, unknown>)[key]) : null;
    if (value !== null) fields.push({ key, label: LABELS.get(key) ?? labelFor(key), value });
  }
  return fields;
}

/**
 * Issue 13: the photo reader compared with ExifTool's own answer, field by field, over every real
 * photo the project has (the shared camera photos, HEICs and broken files, and the server's test
 * fixtures, each distinct file once). ExifTool's answer is its preferred copy of each tag (no
 * `-a`: its own group priorities), MWG on, raw numbers, geolocation on: what `exiftool -n
 * -use MWG -api geolocation` prints. Also the share of dates, zones and places by source.
 * `node --import tsx bench/metadata/compare-exiftool.ts [--photos DIR]`, and part of `npm run bench`.
 */
import { createHash } from 'node:crypto';
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Exif } from '../../contract/entities.ts';
import { formatWallClock, parseExifDateTime } from '../../server/indexer/exif-dates.ts';
import { readPhotoMetadata } from '../../server/indexer/read-metadata.ts';
import type { PhotoMetadata } from '../../server/indexer/photo-metadata.ts';
import { endExifTool, exiftool } from '../../server/media/exiftool-process.ts';

const PROJECT = path.join(import.meta.dirname, '..', '..');
const PHOTO_EXTENSIONS = new Set(['.jpg', '.jpeg', '.heic', '.heif', '.png', '.tif', '.tiff', '.webp']);

type Field = keyof Exif;
type Reference = Record<string, unknown>;

/** Which ExifTool tag (its preferred copy) answers each contract field. */
const REFERENCE_TAGS: Partial<Record<Field, string[]>> = {
  make: ['Make'],
  model: ['Model'],
  orientation: ['Orientation'],
  original_datetime: ['DateTimeOriginal'],
  digitized_datetime: ['CreateDate'],
  modified_datetime: ['ModifyDate'],
  lens_model: ['LensModel', 'Lens', 'LensID'],
  f_number: ['FNumber', 'Aperture'],
  focal_length: ['FocalLength'],
  iso: ['ISO'],
  exposure_time: ['ExposureTime', 'ShutterSpeed'],
  exposure_bias: ['ExposureCompensation'],
  latitude: ['GPSLatitude'],
  longitude: ['GPSLongitude'],
  altitude: ['GPSAltitude'],
  city: ['City', 'GeolocationCity'],
  state: ['State', 'GeolocationRegion'],
  country: ['Country', 'GeolocationCountry'],
  description: ['Description'],
  rating: ['Rating'],
};
const TEXT_FIELDS = new Set<Field>([
  'make',
  'model',
  'lens_model',
  'city',
  'state',
  'country',
  'description',
]);
const DATE_FIELDS = new Set<Field>(['original_datetime', 'digitized_datetime', 'modified_datetime']);

const READ_ARGS = [
  '-fast',
  '-api',
  'geolocation',
  '-api',
  'GeolocMaxDist=50',
  ...Object.entries(REFERENCE_TAGS).flatMap(([field, tags]) =>
    tags.map((tag) =>
      TEXT_FIELDS.has(field as Field) || DATE_FIELDS.has(field as Field) ? `-${tag}` : `-${tag}#`,
    ),
  ),
];

/** The share of the shared photos folder: `../shared/photos` from the project, or from a parent. */
async function findSharedPhotos(): Promise<string | null> {
  for (let dir = PROJECT; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'photos');
    if (
      await access(candidate).then(
        () => true,
        () => false,
      )
    )
      return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

async function photosUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && PHOTO_EXTENSIONS.has(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export type Verdict = 'agree' | 'both empty' | 'only ours' | 'only ExifTool' | 'differ';

/** Our value against ExifTool's: text trimmed, dates to the second (wall clock), numbers to 0.5 %. */
export function compareValue(field: Field, ours: unknown, reference: unknown): Verdict {
  let theirs: unknown = reference;
  if (typeof theirs === 'string' && theirs.trim() === '') theirs = null;
  if (DATE_FIELDS.has(field)) {
    const wall = parseExifDateTime(typeof theirs === 'string' ? theirs : undefined);
    theirs = wall ? formatWallClock({ ...wall, microsecond: 0, offsetMinutes: null }) : null;
    ours = typeof ours === 'string' ? ours.slice(0, 19) : ours;
  }
  const present = (v: unknown) => v !== null && v !== undefined;
  if (!present(ours) && !present(theirs)) return 'both empty';
  if (!present(ours)) return 'only ExifTool';
  if (!present(theirs)) return 'only ours';
  if (typeof ours === 'number') {
    const n = Number(Array.isArray(theirs) ? theirs[0] : theirs);
    return Math.abs(ours - n) <= Math.max(0.005 * Math.abs(n), 0.011) ? 'agree' : 'differ';
  }
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : JSON.stringify(v));
  return text(ours) === text(theirs) ? 'agree' : 'differ';
}

export interface ComparisonFigures {
  files: number;
  unreadable: number;
  fields: Record<string, Record<Verdict, number>>;
  differences: string[];
  dates: Record<string, number>;
  zones: Record<string, number>;
  places: Record<string, number>;
}

export async function runComparison(options: { photos?: string; log?: (line: string) => void } = {}) {
  const log = options.log ?? (() => {});
  const shared = options.photos ?? (await findSharedPhotos());
  const folders = [path.join(PROJECT, 'server', 'testing', 'fixtures'), ...(shared ? [shared] : [])];
  const seen = new Set<string>();
  const files: string[] = [];
  for (const folder of folders) {
    for (const file of await photosUnder(folder)) {
      const hash = createHash('sha256')
        .update(await readFile(file))
        .digest('hex');
      if (!seen.has(hash)) files.push(file);
      seen.add(hash);
    }
  }
  log(`compare-exiftool: ${files.length} distinct photos from ${folders.join(', ')}`);
  const figures: ComparisonFigures = {
    files: files.length,
    unreadable: 0,
    fields: {},
    differences: [],
    dates: {},
    zones: {},
    places: {},
  };
  const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  try {
    for (const file of files) {
      let metadata: PhotoMetadata;
      try {
        metadata = await readPhotoMetadata(file);
      } catch {
        figures.unreadable++;
        continue;
      }
      const reference = await exiftool()
        .readRaw<Reference>(file, { readArgs: READ_ARGS, useMWG: true })
        .catch((): Reference => ({}));
      for (const [field, tags] of Object.entries(REFERENCE_TAGS) as [Field, string[]][]) {
        const theirs = tags.map((t) => reference[t]).find((v) => v !== undefined && v !== '') ?? null;
        const verdict = compareValue(field, metadata.exif?.[field] ?? null, theirs);
        figures.fields[field] ??= {
          agree: 0,
          'both empty': 0,
          'only ours': 0,
          'only ExifTool': 0,
          differ: 0,
        };
        figures.fields[field][verdict]++;
        if (verdict !== 'agree' && verdict !== 'both empty')
          figures.differences.push(
            `${path.basename(file)} ${field}: ours ${JSON.stringify(metadata.exif?.[field] ?? null)}, ExifTool ${JSON.stringify(theirs)}`,
          );
      }
      const exif = metadata.exif;
      const dateSource = !metadata.localDatetime
        ? 'none (file time)'
        : exif?.original_datetime
          ? 'taken (DateTimeOriginal)'
          : exif?.digitized_datetime
            ? 'digitized (CreateDate)'
            : 'modified (ModifyDate)';
      bump(figures.dates, dateSource);
      bump(figures.zones, metadata.localDatetime ? (metadata.zoneSource ?? 'none (offsetless)') : 'no date');
      bump(figures.places, metadata.placeSource ?? 'none');
    }
  } finally {
    await endExifTool();
  }
  return figures;
}

const share = (counts: Record<string, number>, total: number) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} ${n} (${Math.round((100 * n) / total)} %)`)
    .join(', ');

/** The figures as a Markdown table: per field, how many files agree with ExifTool. */
export function renderComparisonTable(f: ComparisonFigures): string {
  const read = f.files - f.unreadable;
  const rows = Object.entries(f.fields).map(([field, c]) => {
    const withValue = read - c['both empty'];
    return `| ${field} | ${c.agree + c['both empty']} / ${read} | ${c.agree} / ${withValue} | ${c['only ours']} | ${c['only ExifTool']} | ${c.differ} |`;
  });
  return [
    `${f.files} distinct photos, ${f.unreadable} unreadable (broken files, reported and skipped).`,
    '',
    '| field | agree (incl. both empty) | agree where either has a value | only ours | only ExifTool | differ |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `Dates by source: ${share(f.dates, read)}.`,
    `Zones by source: ${share(f.zones, read)}.`,
    `Places by source: ${share(f.places, read)}.`,
    ...(f.differences.length > 0 ? ['', 'Disagreements:', ...f.differences.map((d) => `- ${d}`)] : []),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const at = process.argv.indexOf('--photos');
  const photos = at > 0 ? process.argv[at + 1] : undefined;
  runComparison({ photos, log: (line) => process.stderr.write(`${line}\n`) }).then(
    (figures) => process.stdout.write(`${renderComparisonTable(figures)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}

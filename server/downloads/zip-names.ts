/**
 * Names inside and of a zip download. Pure: the route hands over the originals' names and the
 * selection's bounds; nothing here touches a file.
 */

/**
 * A namer for the entries of one zip: each original keeps its name, a repeat gets " (2)", " (3)"…
 * before its extension. Compared without case, as the Windows and macOS file systems that unpack
 * the zip do; path separators and control characters become "_" so an entry never leaves its folder.
 */
export function entryNamer(): (originalName: string) => string {
  const taken = new Set<string>();
  return (originalName) => {
    // eslint-disable-next-line no-control-regex
    const clean = originalName.replace(/[\\/\u0000-\u001f]/g, '_').replace(/^\.+$/, '_') || 'photo';
    const dot = clean.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ''];
    let name = clean;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n})${ext}`;
    taken.add(name.toLowerCase());
    return name;
  };
}

/** Formats that are compressed already: deflating them again costs time and saves nothing. */
const STORED = /^(image\/(jpeg|heic|heif|avif|webp|png|gif|jxl)|video\/.*|audio\/.*)$/;

/** Whether an original goes into the zip as is (STORE) rather than deflated (TIFF, RAW, BMP). */
export function storesAsIs(mimeType: string): boolean {
  return STORED.test(mimeType);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const DAY_MS = 86_400_000;
const wallMs = (wall: string) => Date.parse(`${wall}Z`);

/**
 * The zip's own name: the day or month its exclusive wall-clock bounds hold exactly
 * ("Contact Sheet – 4 November 2025.zip", "Contact Sheet – November 2025.zip"), else the count
 * ("Contact Sheet – 12 photos.zip").
 */
export function zipFileName(count: number, after?: string | null, before?: string | null): string {
  const photos = count === 1 ? '1 photo' : `${count.toLocaleString('en')} photos`;
  const start = after ? wallMs(after) + 1 : Number.NaN;
  const end = before ? wallMs(before) : Number.NaN;
  const first = new Date(start);
  const midnight = first.getUTCHours() + first.getUTCMinutes() + first.getUTCSeconds() === 0;
  if (Number.isFinite(start) && Number.isFinite(end) && midnight && first.getUTCMilliseconds() === 0) {
    const month = `${MONTHS[first.getUTCMonth()]} ${first.getUTCFullYear()}`;
    if (end - start === DAY_MS) return `Contact Sheet – ${first.getUTCDate()} ${month}.zip`;
    const next = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1);
    if (first.getUTCDate() === 1 && end === next) return `Contact Sheet – ${month}.zip`;
  }
  return `Contact Sheet – ${photos}.zip`;
}

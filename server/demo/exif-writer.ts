/**
 * A small EXIF (TIFF) writer for the demo photos. sharp's `withExif` takes every value as a
 * string and libvips' conversion of rationals and GPS coordinates from strings is unreliable, so
 * we lay out the IFDs ourselves: IFD0 → Exif IFD → GPS IFD, big-endian like Apple and Canon.
 */

/** The fields a camera would write; every one is optional, absent fields are simply not written. */
export interface ExifFields {
  make?: string;
  model?: string;
  /** 1 = upright, 6 = rotate 90° clockwise to view, 8 = rotate 90° counter-clockwise to view. */
  orientation?: number;
  software?: string;
  /** `YYYY:MM:DD HH:MM:SS`, wall-clock time where the photo was taken. */
  modifyDate?: string;
  dateTimeOriginal?: string;
  createDate?: string;
  /** `+09:00`, `-04:00`… */
  offsetTime?: string;
  offsetTimeOriginal?: string;
  offsetTimeDigitized?: string;
  subSecTimeOriginal?: string;
  /** Seconds, e.g. 1/500 or 8. */
  exposureTime?: number;
  fNumber?: number;
  iso?: number;
  /** EV; negative values need the signed rational. */
  exposureBias?: number;
  /** Millimetres, the real focal length of the lens. */
  focalLength?: number;
  focalLengthIn35mmFormat?: number;
  lensMake?: string;
  lensModel?: string;
  /** Pixel size of the stored (unrotated) image. */
  pixelXDimension?: number;
  pixelYDimension?: number;
  gps?: GpsFields;
}

export interface GpsFields {
  /** Signed decimal degrees: south is negative. */
  latitude: number;
  /** Signed decimal degrees: west is negative. */
  longitude: number;
  /** Metres; negative is below sea level. */
  altitude?: number;
  /** UTC date `YYYY:MM:DD` and time of the fix, as phones write them. */
  dateStamp?: string;
  timeStamp?: readonly [number, number, number];
}

/** TIFF field types (TIFF 6.0 §2). */
const Type = { Byte: 1, Ascii: 2, Short: 3, Long: 4, Rational: 5, Undefined: 7, SRational: 10 } as const;
type Type = (typeof Type)[keyof typeof Type];

interface Entry {
  tag: number;
  type: Type;
  count: number;
  /** The value's bytes, big-endian. */
  data: Buffer;
}

/**
 * The closest fraction with a denominator up to `maxDen` (continued fractions), so 1/3 EV is
 * stored as -1/3 and 1/500 s as 1/500, the way cameras write them, not as 0.333 or 0.002.
 */
export function toRational(value: number, maxDen = 10000): [number, number] {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const sign = value < 0 ? -1 : 1;
  let x = Math.abs(value);
  let [h0, h1, k0, k1] = [0, 1, 1, 0];
  for (let i = 0; i < 32; i++) {
    const a = Math.floor(x);
    const [h2, k2] = [a * h1 + h0, a * k1 + k0];
    if (k2 > maxDen) break;
    [h0, h1, k0, k1] = [h1, h2, k1, k2];
    const frac = x - a;
    if (frac < 1e-12 || Math.abs(h1 / k1 - Math.abs(value)) < 1e-12) break;
    x = 1 / frac;
  }
  return [sign * h1, k1];
}

const ascii = (tag: number, text: string): Entry => {
  const data = Buffer.from(`${text}\0`, 'latin1');
  return { tag, type: Type.Ascii, count: data.length, data };
};
const shorts = (tag: number, ...values: number[]): Entry => {
  const data = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => data.writeUInt16BE(v, i * 2));
  return { tag, type: Type.Short, count: values.length, data };
};
const long = (tag: number, value: number): Entry => {
  const data = Buffer.alloc(4);
  data.writeUInt32BE(value);
  return { tag, type: Type.Long, count: 1, data };
};
const bytes = (
  tag: number,
  type: typeof Type.Byte | typeof Type.Undefined,
  values: readonly number[],
): Entry => ({
  tag,
  type,
  count: values.length,
  data: Buffer.from(values),
});
const rationals = (tag: number, signed: boolean, ...values: number[]): Entry => {
  const data = Buffer.alloc(values.length * 8);
  values.forEach((v, i) => {
    const [num, den] = toRational(v);
    if (signed) data.writeInt32BE(num, i * 8);
    else data.writeUInt32BE(num, i * 8);
    data.writeUInt32BE(den, i * 8 + 4);
  });
  return { tag, type: signed ? Type.SRational : Type.Rational, count: values.length, data };
};

/** Degrees → [degrees, minutes, seconds] with the seconds kept to 1/100 (about 30 cm). */
function toDms(decimal: number): [number, number, number] {
  const abs = Math.abs(decimal);
  let deg = Math.floor(abs);
  let min = Math.floor((abs - deg) * 60);
  let sec = Math.round(((abs - deg) * 60 - min) * 60 * 100) / 100;
  if (sec >= 60) [sec, min] = [0, min + 1];
  if (min >= 60) [min, deg] = [0, deg + 1];
  return [deg, min, sec];
}

function gpsEntries(gps: GpsFields): Entry[] {
  const entries: Entry[] = [
    bytes(0x0000, Type.Byte, [2, 3, 0, 0]),
    ascii(0x0001, gps.latitude < 0 ? 'S' : 'N'),
    rationals(0x0002, false, ...toDms(gps.latitude)),
    ascii(0x0003, gps.longitude < 0 ? 'W' : 'E'),
    rationals(0x0004, false, ...toDms(gps.longitude)),
  ];
  if (gps.altitude !== undefined) {
    entries.push(bytes(0x0005, Type.Byte, [gps.altitude < 0 ? 1 : 0]));
    entries.push(rationals(0x0006, false, Math.round(Math.abs(gps.altitude) * 10) / 10));
  }
  if (gps.timeStamp) entries.push(rationals(0x0007, false, ...gps.timeStamp));
  if (gps.dateStamp) entries.push(ascii(0x001d, gps.dateStamp));
  return entries;
}

function exifEntries(f: ExifFields): Entry[] {
  const e: Entry[] = [];
  if (f.exposureTime !== undefined) e.push(rationals(0x829a, false, f.exposureTime));
  if (f.fNumber !== undefined) e.push(rationals(0x829d, false, f.fNumber));
  if (f.iso !== undefined) e.push(shorts(0x8827, f.iso));
  e.push(bytes(0x9000, Type.Undefined, [...Buffer.from('0232')]));
  if (f.dateTimeOriginal) e.push(ascii(0x9003, f.dateTimeOriginal));
  if (f.createDate) e.push(ascii(0x9004, f.createDate));
  if (f.offsetTime) e.push(ascii(0x9010, f.offsetTime));
  if (f.offsetTimeOriginal) e.push(ascii(0x9011, f.offsetTimeOriginal));
  if (f.offsetTimeDigitized) e.push(ascii(0x9012, f.offsetTimeDigitized));
  if (f.exposureBias !== undefined) e.push(rationals(0x9204, true, f.exposureBias));
  if (f.focalLength !== undefined) e.push(rationals(0x920a, false, f.focalLength));
  if (f.subSecTimeOriginal) e.push(ascii(0x9291, f.subSecTimeOriginal));
  if (f.pixelXDimension !== undefined) e.push(long(0xa002, f.pixelXDimension));
  if (f.pixelYDimension !== undefined) e.push(long(0xa003, f.pixelYDimension));
  if (f.focalLengthIn35mmFormat !== undefined) e.push(shorts(0xa405, f.focalLengthIn35mmFormat));
  if (f.lensMake) e.push(ascii(0xa433, f.lensMake));
  if (f.lensModel) e.push(ascii(0xa434, f.lensModel));
  return e;
}

/** Bytes an IFD occupies: count, 12-byte entries, next-IFD link, then values too big to inline. */
function ifdSize(entries: readonly Entry[]): number {
  const extra = entries.reduce(
    (sum, en) => sum + (en.data.length > 4 ? en.data.length + (en.data.length % 2) : 0),
    0,
  );
  return 2 + entries.length * 12 + 4 + extra;
}

/** Write one IFD at `offset` of `tiff` (offsets count from the TIFF header, as the spec says). */
function writeIfd(tiff: Buffer, offset: number, unsorted: readonly Entry[]): void {
  // Readers may binary-search the entries: the spec requires ascending tags.
  const entries = [...unsorted].sort((a, b) => a.tag - b.tag);
  tiff.writeUInt16BE(entries.length, offset);
  let dataAt = offset + 2 + entries.length * 12 + 4;
  entries.forEach((en, i) => {
    const at = offset + 2 + i * 12;
    tiff.writeUInt16BE(en.tag, at);
    tiff.writeUInt16BE(en.type, at + 2);
    tiff.writeUInt32BE(en.count, at + 4);
    if (en.data.length <= 4) {
      en.data.copy(tiff, at + 8);
    } else {
      tiff.writeUInt32BE(dataAt, at + 8);
      en.data.copy(tiff, dataAt);
      dataAt += en.data.length + (en.data.length % 2);
    }
  });
  tiff.writeUInt32BE(0, offset + 2 + entries.length * 12); // no IFD1: no embedded thumbnail
}

/** The TIFF structure (header + IFDs) that follows `Exif\0\0` in an APP1 segment. */
export function buildTiff(f: ExifFields): Buffer {
  const ifd0: Entry[] = [];
  if (f.make) ifd0.push(ascii(0x010f, f.make));
  if (f.model) ifd0.push(ascii(0x0110, f.model));
  if (f.orientation !== undefined) ifd0.push(shorts(0x0112, f.orientation));
  if (f.software) ifd0.push(ascii(0x0131, f.software));
  if (f.modifyDate) ifd0.push(ascii(0x0132, f.modifyDate));
  const exif = exifEntries(f);
  const gps = f.gps ? gpsEntries(f.gps) : [];
  // The pointers are LONG placeholders now; their targets are known once sizes are.
  ifd0.push(long(0x8769, 0));
  if (gps.length > 0) ifd0.push(long(0x8825, 0));

  const ifd0At = 8;
  const exifAt = ifd0At + ifdSize(ifd0);
  const gpsAt = exifAt + ifdSize(exif);
  ifd0.find((en) => en.tag === 0x8769)?.data.writeUInt32BE(exifAt);
  ifd0.find((en) => en.tag === 0x8825)?.data.writeUInt32BE(gpsAt);

  const tiff = Buffer.alloc(gpsAt + (gps.length > 0 ? ifdSize(gps) : 0));
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(ifd0At, 4);
  writeIfd(tiff, ifd0At, ifd0);
  writeIfd(tiff, exifAt, exif);
  if (gps.length > 0) writeIfd(tiff, gpsAt, gps);
  return tiff;
}

/** A complete APP1 segment (marker, length, `Exif\0\0`, TIFF) ready to splice into a JPEG. */
export function buildExifSegment(f: ExifFields): Buffer {
  return app1Segment(Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), buildTiff(f)]));
}

/** Wrap a payload as an APP1 segment; the 16-bit length caps a payload at 65533 bytes. */
export function app1Segment(payload: Buffer): Buffer {
  if (payload.length > 65533) throw new Error(`APP1 payload too large: ${payload.length} bytes`);
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xffe1, 0);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/**
 * Put segments right after SOI, dropping a JFIF APP0 first: cameras write no JFIF header, and
 * readers expect Exif's APP1 to come first.
 */
export function spliceSegments(jpeg: Buffer, segments: readonly Buffer[]): Buffer {
  if (jpeg.readUInt16BE(0) !== 0xffd8) throw new Error('not a JPEG: no SOI marker');
  let rest = 2;
  if (jpeg.readUInt16BE(2) === 0xffe0 && jpeg.toString('latin1', 6, 11) === 'JFIF\0') {
    rest = 4 + jpeg.readUInt16BE(4);
  }
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(rest)]);
}

/**
 * Real photo folders for tests across the indexer, the server and the gateway: small, distinct
 * JPEGs with EXIF dates, album sub-folders and MWG face regions (written by the demo's XMP writer,
 * in the shape digiKam and Lightroom write), made with sharp in well under a second per hundred;
 * a small folder mixing real camera fixtures with such photos; and a fingerprint of a folder, to
 * prove that indexing and serving never change a photo.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { buildXmpPacket, type FaceArea } from '../demo/xmp-writer.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** People named in the generated photos. */
export const FOLDER_PEOPLE = ['Ana Ferreira', 'Rui Costa', 'Mei Tanaka'] as const;

export interface PhotoFolderOptions {
  count: number;
  /** Album sub-folders; photo i goes to album i % albums, every 4th photo stays at the root. */
  albums?: number;
  /** Pixel size of every photo. */
  width?: number;
  height?: number;
}

export interface WrittenPhoto {
  relPath: string;
  /** Named people in its face regions. */
  people: string[];
  /** Number of face regions, named or not. */
  faces: number;
}

/**
 * Write `count` distinct JPEGs (each its own colour and date, so each has its own checksum and
 * asset id). Every 3rd photo has one or two face regions, some named after FOLDER_PEOPLE.
 */
export async function writePhotoFolder(dir: string, options: PhotoFolderOptions): Promise<WrittenPhoto[]> {
  const { count, albums = 3, width = 96, height = 64 } = options;
  const written: WrittenPhoto[] = [];
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const album = albums > 0 && i % 4 !== 0 ? `Album ${i % albums}` : null;
    const relPath = album
      ? `${album}/IMG_${String(i).padStart(4, '0')}.jpg`
      : `IMG_${String(i).padStart(4, '0')}.jpg`;
    const taken = new Date(Date.UTC(2023, 0, 1) + i * 36 * 3600_000);
    const exifDate = taken.toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, ':');
    const faces: FaceArea[] =
      i % 3 === 0
        ? [
            { name: FOLDER_PEOPLE[(i / 3) % FOLDER_PEOPLE.length]!, x: 0.3, y: 0.4, w: 0.2, h: 0.3 },
            ...(i % 2 === 0
              ? [
                  {
                    name: i % 4 === 0 ? null : FOLDER_PEOPLE[(i + 1) % FOLDER_PEOPLE.length]!,
                    x: 0.7,
                    y: 0.5,
                    w: 0.15,
                    h: 0.2,
                  },
                ]
              : []),
          ]
        : [];
    let image = sharp({
      create: {
        width,
        height,
        channels: 3,
        background: { r: (i * 37) % 256, g: (i * 91) % 256, b: (i * 53) % 256 },
      },
    })
      .jpeg({ quality: 80 })
      .withExif({
        IFD0: { Make: 'Contact Sheet', Model: 'Test Camera' },
        IFD2: { DateTimeOriginal: exifDate },
      });
    if (faces.length) image = image.withXmp(buildXmpPacket({ regions: { width, height, faces } }));
    const file = path.join(dir, relPath);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, await image.toBuffer());
    // A fixed file time, so two folders written alike index alike.
    await utimes(file, taken, taken);
    written.push({ relPath, people: faces.flatMap((f) => (f.name ? [f.name] : [])), faces: faces.length });
  }
  return written;
}

async function facePhoto(file: string, taken: string, background: string, faces: FaceArea[]): Promise<void> {
  const [width, height] = [900, 600];
  await sharp({ create: { width, height, channels: 3, background } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: 'Canon', Model: 'Canon EOS R6' },
      IFD2: { DateTimeOriginal: taken, OffsetTimeOriginal: '+01:00' },
    })
    .withXmp(buildXmpPacket({ regions: { width, height, faces } }))
    .toFile(file);
}

/**
 * Write a small folder under `root` (which must exist) where every filter the gallery uses has
 * something to find: 7 photos, fixture ones (EXIF, GPS) and generated ones with named and unnamed
 * faces, in albums `Family` and `Trip` and the root.
 */
export async function writeMixedPhotoFolder(root: string): Promise<void> {
  await mkdir(path.join(root, 'Family'), { recursive: true });
  await mkdir(path.join(root, 'Trip'), { recursive: true });
  await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(root, 'Canon_40D.jpg'));
  await cp(path.join(FIXTURES, 'Nikon_D70.jpg'), path.join(root, 'Nikon_D70.jpg'));
  await cp(path.join(FIXTURES, 'gps', 'DSCN0010.jpg'), path.join(root, 'Trip', 'DSCN0010.jpg'));
  await cp(path.join(FIXTURES, 'Pentax_K10D.jpg'), path.join(root, 'Trip', 'Pentax_K10D.jpg'));
  const [ana, rui, mei] = FOLDER_PEOPLE;
  await facePhoto(path.join(root, 'Family', 'picnic.jpg'), '2024:06:01 14:30:05', '#4a7', [
    { name: ana, x: 0.25, y: 0.4, w: 0.15, h: 0.25 },
    { name: rui, x: 0.7, y: 0.45, w: 0.15, h: 0.25 },
    { name: null, x: 0.5, y: 0.8, w: 0.08, h: 0.12 },
  ]);
  await facePhoto(path.join(root, 'Family', 'birthday.jpg'), '2024:07:14 19:02:11', '#a74', [
    { name: ana, x: 0.5, y: 0.5, w: 0.2, h: 0.3 },
    { name: mei, x: 0.2, y: 0.3, w: 0.1, h: 0.15 },
  ]);
  await facePhoto(path.join(root, 'Trip', 'summit.jpg'), '2023:09:03 11:45:00', '#47a', [
    { name: rui, x: 0.6, y: 0.35, w: 0.12, h: 0.2 },
  ]);
}

/**
 * Every file under a folder (links and hidden files included) with its SHA-256, size, mode and
 * modification time: two equal fingerprints mean nothing in the folder was written.
 */
export async function fingerprintFolder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const abs = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, abs);
    const info = await stat(abs).catch(() => null);
    if (!info) {
      out[rel] = 'dangling';
    } else if (info.isFile()) {
      const hash = createHash('sha256')
        .update(await readFile(abs))
        .digest('hex');
      out[rel] = `${hash} ${info.size} ${info.mode.toString(8)} ${info.mtimeMs}`;
    } else {
      out[rel] = `dir ${info.mode.toString(8)} ${info.mtimeMs}`;
    }
  }
  return out;
}

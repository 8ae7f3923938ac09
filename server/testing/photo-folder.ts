/**
 * Real photo folders for tests across the indexer and the server: small, distinct JPEGs with
 * EXIF dates, album sub-folders and MWG face regions (the XMP digiKam and Lightroom write), made
 * with sharp in well under a second per hundred. Plus a fingerprint of a folder, to prove that
 * indexing and serving never change a photo.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

export const FOLDER_PEOPLE = ['Ana Ferreira', 'Rui Costa', 'Mei Tanaka'];

/** An XMP packet with a description and MWG face regions (centre-based, normalised). */
export function xmpWithFaces(
  size: { width: number; height: number },
  faces: { name: string | null; x: number; y: number; w: number; h: number }[],
  description?: string,
): string {
  const escape = (t: string) =>
    t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const regions = faces
    .map(
      (
        f,
      ) => `<rdf:li><rdf:Description ${f.name === null ? '' : `mwg-rs:Name="${escape(f.name)}"`} mwg-rs:Type="Face">
  <mwg-rs:Area stArea:x="${f.x}" stArea:y="${f.y}" stArea:w="${f.w}" stArea:h="${f.h}" stArea:unit="normalized"/>
</rdf:Description></rdf:li>`,
    )
    .join('');
  const caption = description
    ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escape(description)}</rdf:li></rdf:Alt></dc:description>`
    : '';
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
  xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/"
  xmlns:stDim="http://ns.adobe.com/xap/1.0/sType/Dimensions#"
  xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
${caption}
${
  faces.length
    ? `<mwg-rs:Regions rdf:parseType="Resource">
  <mwg-rs:AppliedToDimensions stDim:w="${size.width}" stDim:h="${size.height}" stDim:unit="pixel"/>
  <mwg-rs:RegionList><rdf:Bag>${regions}</rdf:Bag></mwg-rs:RegionList>
</mwg-rs:Regions>`
    : ''
}
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
}

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
    const faces =
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
    if (faces.length) image = image.withXmp(xmpWithFaces({ width, height }, faces));
    const file = path.join(dir, relPath);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, await image.toBuffer());
    // A fixed file time, so two folders written alike index alike.
    await utimes(file, taken, taken);
    written.push({ relPath, people: faces.flatMap((f) => (f.name ? [f.name] : [])), faces: faces.length });
  }
  return written;
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

/**
 * Broken and hostile photos: the indexer reports and skips what it can't read, keeps what it can,
 * never hangs or writes to the folder; the server serves what was indexed without a 5xx; a
 * decompression bomb is refused before any pixel is decoded; markup in metadata comes back as
 * plain JSON text.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Asset, AssetPage, PersonPage } from '../../contract/entities.ts';
import { createApp, type App } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { buildXmpPacket } from '../demo/xmp-writer.ts';
import { indexLibrary, type IndexReport } from '../indexer/index-library.ts';
import { renderThumbnail } from '../media/render-image.ts';
import { fingerprintFolder } from '../testing/photo-folder.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'testing', 'fixtures');
const SCRIPT = '<script>alert(1)</script>';
const HTML = '<img src=x onerror="alert(2)"><b>bold</b> & <a href="javascript:alert(3)">link</a>';
const NAME = '<svg onload=alert(4)>Eve</svg>';
// A file name can't hold `/`, so no closing tag, but markup all the same.
const FILE_NAME = '<img src=x onerror=alert(5)>.jpg';
const BLANK = { width: 320, height: 240 };

/** A PNG of a few hundred bytes whose header declares 30000×30000 pixels (900 megapixels). */
function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(30000, 0);
  header.writeUInt32BE(30000, 4);
  header[8] = 8; // 8-bit grey
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(30001 * 8))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A real JPEG (no EXIF thumbnail) whose frame header (SOF0) is rewritten to claim 60000×60000 pixels. */
function jpegBomb(jpeg: Buffer): Buffer {
  const out = Buffer.from(jpeg);
  const sof = out.indexOf(Buffer.from([0xff, 0xc0]));
  expect(out.readUInt16BE(sof + 5)).toBe(BLANK.height);
  out.writeUInt16BE(60000, sof + 5);
  out.writeUInt16BE(60000, sof + 7);
  return out;
}

let tmp: string;
let photos: string;
let db: Db;
let app: App;
let report: IndexReport;
let before: Record<string, string>;
let assets: Asset[];
const unrenderable = new Set<string>();

const byName = (name: string) => assets.find((a) => a.original_file_name === name);

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'cs-hostile-photos-'));
  photos = path.join(tmp, 'photos');
  await mkdir(path.join(photos, 'broken'), { recursive: true });
  const canon = await readFile(path.join(FIXTURES, 'Canon_40D.jpg'));
  const put = (name: string, bytes: Buffer | string) => writeFile(path.join(photos, name), bytes);

  // Noise, so the scan data is most of the file and cutting it leaves a readable header.
  const noise = await sharp(randomBytes(BLANK.width * BLANK.height * 3), { raw: { ...BLANK, channels: 3 } })
    .jpeg()
    .toBuffer();
  await put('good.jpg', canon);
  for (const name of await readdir(path.join(FIXTURES, 'invalid'))) {
    await cp(path.join(FIXTURES, 'invalid', name), path.join(photos, 'broken', name));
  }
  await cp(path.join(FIXTURES, 'corrupted-head.jpg'), path.join(photos, 'broken', 'corrupted-head.jpg'));
  await put('broken/truncated-half.jpg', noise.subarray(0, noise.length >> 1));
  await put('broken/truncated-in-header.jpg', canon.subarray(0, 600));
  await put('broken/two-bytes.jpg', canon.subarray(0, 2));
  await put('broken/empty.jpg', Buffer.alloc(0));
  await put('broken/notes.jpg', 'Shopping list: milk, eggs.\n');
  await put('broken/page.png', `<!doctype html><html><body>${SCRIPT}</body></html>`);
  await put('broken/bomb.png', pngBomb());
  await put('broken/bomb.jpg', jpegBomb(noise));

  const blank = () => sharp({ create: { ...BLANK, channels: 3, background: '#456' } }).jpeg();
  await put(
    'script-exif.jpg',
    await blank()
      .withExif({ IFD0: { ImageDescription: SCRIPT, Make: HTML } })
      .toBuffer(),
  );
  const xmp = buildXmpPacket({
    description: HTML,
    regions: { ...BLANK, faces: [{ name: NAME, x: 0.5, y: 0.5, w: 0.3, h: 0.4 }] },
  });
  await put('script-xmp.jpg', await blank().withXmp(xmp).toBuffer());
  await put(FILE_NAME, await blank().toBuffer());

  before = await fingerprintFolder(photos);
  db = openDb(':memory:');
  report = await indexLibrary(db, photos);
  app = createApp(db, {
    imageCacheDir: null,
    onError: (e) => {
      throw e;
    },
  });
  assets = AssetPage.parse(await (await app.request('/api/assets?limit=1000')).json()).data;
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
  console.info(
    `hostile photos: ${report.total} files, ${report.failed.length} skipped (${report.failed.map((f) => f.path).join(', ')}), ` +
      `${assets.length} indexed, ${unrenderable.size} unrenderable (${[...unrenderable].join(', ')})`,
  );
});

describe('broken and hostile photos', () => {
  it('reports and skips what is not a readable image, and indexes everything else', () => {
    const failed = report.failed.map((f) => f.path).sort();
    expect(failed).toEqual(
      expect.arrayContaining([
        'broken/bomb.jpg',
        'broken/bomb.png',
        'broken/corrupted-head.jpg',
        'broken/empty.jpg',
        'broken/notes.jpg',
        'broken/page.png',
        'broken/two-bytes.jpg',
      ]),
    );
    for (const f of report.failed) expect(f.reason).toMatch(/\S/);
    expect(report.failed.find((f) => f.path === 'broken/bomb.png')!.reason).toMatch(/pixel limit/);
    expect(report.failed.find((f) => f.path === 'broken/empty.jpg')!.reason).toMatch(/empty/);
    // Every file is either indexed or reported. A truncated file whose pixels still decode is kept
    // (a viewer shows it, grey below the cut); one whose pixels don't decode is skipped.
    expect(assets.length + report.failed.length).toBe(report.total);
    for (const name of ['good.jpg', 'script-exif.jpg', 'script-xmp.jpg', FILE_NAME, 'truncated-half.jpg']) {
      expect(byName(name), name).toBeDefined();
    }
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('never writes to the photo folder', async () => {
    expect(await fingerprintFolder(photos)).toEqual(before);
  });

  it('serves every indexed photo as an image or a 422 {detail}, never a 5xx', async () => {
    for (const asset of assets) {
      for (const size of ['thumbnail', 'preview', 'fullsize']) {
        const res = await app.request(`/api/assets/${asset.id}/thumbnail?size=${size}`);
        const what = `${asset.original_file_name} ${size} → ${res.status}`;
        if (res.status === 200) {
          expect(res.headers.get('content-type'), what).toBe('image/webp');
          expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).format, what).toBe('webp');
        } else {
          expect(res.status, what).toBe(422);
          unrenderable.add(asset.original_file_name);
          expect(await res.json()).toEqual({ detail: 'This photo cannot be rendered' });
        }
      }
      const download = await app.request(asset.download_url!);
      expect(download.status).toBe(200);
      const original = await readFile(path.join(photos, asset.device_asset_id));
      expect(Buffer.from(await download.arrayBuffer()).equals(original)).toBe(true);
    }
    // A damaged but decodable JPEG still shows what it has (grey below the damage).
    expect((await app.request(`/api/assets/${byName('truncated-half.jpg')!.id}/thumbnail`)).status).toBe(200);
  });

  it('refuses a decompression bomb before decoding it, quickly', async () => {
    const started = Date.now();
    await expect(renderThumbnail(pngBomb(), 'fullsize')).rejects.toThrow(/pixel limit/);
    await expect(renderThumbnail(path.join(photos, 'broken', 'bomb.jpg'), 'thumbnail')).rejects.toThrow(
      /pixel limit/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('keeps markup in metadata as plain text, returned as JSON', async () => {
    const exifOnly = byName('script-exif.jpg')!;
    expect(exifOnly.exif?.description).toBe(SCRIPT);
    expect(exifOnly.exif?.make).toBe(HTML);
    expect(byName(FILE_NAME)!.original_file_name).toBe(FILE_NAME);

    const res = await app.request(`/api/assets/${exifOnly.id}`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    // Exactly the text, not entity-escaped twice nor stripped: escaping is the renderer's job.
    expect(Asset.parse(await res.json()).exif?.description).toBe(SCRIPT);
  });

  // exifr hands XMP text over with its XML entities still encoded; read-metadata decodes them once.
  it('returns markup in XMP captions and face names as the text the photo holds', async () => {
    const xmpOnly = byName('script-xmp.jpg')!;
    expect(xmpOnly.exif?.description).toBe(HTML);
    const people = PersonPage.parse(await (await app.request('/api/people')).json());
    expect(people.data.map((p) => p.name)).toEqual([NAME]);
  });
});

import { cp, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssetTags } from '../../contract/asset-tags.ts';
import { createApp } from '../app.ts';
import { openDb } from '../db/open-db.ts';
import { indexLibrary } from '../indexer/index-library.ts';
import { endExifTool, exiftool } from '../media/exiftool-process.ts';
import { writeHeic } from '../testing/heic-fixtures.ts';
import { fingerprintFolder } from '../testing/photo-folder.ts';
import { VIDEO_FOLDER, writeVideoFolder } from '../testing/video-folder.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'testing', 'fixtures');
const video = (relPath: string) => `Videos/${relPath}`;
/** The file whose time the cache test changes (the only change the tests make after indexing). */
const TOUCHED = 'touched.jpg';

describe('GET /api/assets/{id}/tags', () => {
  let root: string;
  let app: ReturnType<typeof createApp>;
  let before: Record<string, string>;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cs-tags-'));
    await cp(path.join(FIXTURES, 'gps', 'DSCN0010.jpg'), path.join(root, 'DSCN0010.jpg'));
    await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(root, 'gone.jpg'));
    await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(root, TOUCHED));
    await writeHeic('Canon_40D.jpg', path.join(root, 'IMG_3010.HEIC'));
    await mkdir(path.join(root, 'Edited'));
    await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(root, 'Edited', 'IMG_1.jpg'));
    // A sidecar as digiKam names it, written by ExifTool (a new .xmp file holds only XMP).
    await exiftool().write(path.join(root, 'Edited', 'IMG_1.xmp'), {
      'XMP-dc:Description': 'Written in the sidecar',
      'XMP-xmp:Rating': 4,
    } as never);
    await writeVideoFolder(path.join(root, 'Videos'));
    await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(root, 'overwritten.jpg'));
    const db = openDb(':memory:');
    await indexLibrary(db, root);
    app = createApp(db);
    const page = (await (await app.request('/api/assets?limit=100')).json()) as {
      data: { id: string; device_asset_id: string }[];
    };
    for (const asset of page.data) ids.set(asset.device_asset_id, asset.id);
    await rm(path.join(root, 'gone.jpg'));
    // Overwritten since it was indexed (a failed copy): nothing but zeros, which ExifTool refuses.
    await writeFile(path.join(root, 'overwritten.jpg'), Buffer.alloc(4096));
    before = await fingerprintFolder(root);
  }, 120_000);

  afterAll(async () => {
    await endExifTool();
    await rm(root, { recursive: true, force: true });
  });

  async function tagsOf(relPath: string) {
    const id = ids.get(relPath);
    expect(id, `${relPath} is indexed`).toBeDefined();
    const res = await app.request(`/api/assets/${id}/tags`);
    return { res, body: (await res.json()) as unknown };
  }
  const parsed = (body: unknown) => AssetTags.parse(body);
  const tag = (record: AssetTags, groupId: string, name: string) =>
    record.groups.find((g) => g.id === groupId)?.tags.find((t) => t.name === name);

  it('lists every tag of a camera JPEG, maker notes included, grouped and described', async () => {
    const { res, body } = await tagsOf('DSCN0010.jpg');
    expect(res.status).toBe(200);
    const record = parsed(body);
    expect(record.asset_id).toBe(ids.get('DSCN0010.jpg'));
    expect(record.reader).toMatch(/^ExifTool \d+\.\d+$/);
    expect(record.sidecar_file_name).toBeNull();
    const labels = record.groups.map((g) => g.label);
    expect(labels.slice(0, 3)).toEqual(['EXIF · main image', 'EXIF · photo', 'EXIF · interoperability']);
    expect(labels).toContain('Maker notes · Nikon');
    expect(labels).toContain('EXIF · GPS');
    expect(labels).toContain('Composite');
    expect(tag(record, 'Composite', 'GPSPosition')).toBeDefined();
    // Our own locality tag (server/media/exiftool-locality.config) is no tag of the file.
    expect(JSON.stringify(body)).not.toContain('GeolocationLocality');
    expect(record.tag_count).toBe(record.groups.reduce((n, g) => n + g.tags.length, 0));
    expect(record.tag_count).toBeGreaterThan(120);

    expect(tag(record, 'EXIF:IFD0', 'Make')).toEqual({
      name: 'Make',
      description: 'Make',
      value: 'NIKON',
      raw: null,
    });
    const exposure = tag(record, 'EXIF:ExifIFD', 'ExposureTime');
    expect(exposure?.value).toBe('1/75');
    expect(Number(exposure?.raw)).toBeCloseTo(1 / 75, 6);
    expect(tag(record, 'EXIF:ExifIFD', 'ISO')?.value).toBe('64');
    expect(record.groups.find((g) => g.id === 'MakerNotes:Nikon')!.tags.length).toBeGreaterThan(30);
    expect(tag(record, 'EXIF:IFD1', 'ThumbnailImage')?.value).toMatch(/^Binary data \(\d+ bytes\)$/);
    // The server's folders are nobody's business: not in the record.
    expect(JSON.stringify(body)).not.toContain(root);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('answers the same record again from memory, kept by the checksum the index holds', async () => {
    const file = path.join(root, TOUCHED);
    const first = await tagsOf(TOUCHED);
    // A new file time is in a fresh read (FileModifyDate), not in the kept record.
    await utimes(file, new Date('2001-02-03T04:05:06Z'), new Date('2001-02-03T04:05:06Z'));
    const second = await tagsOf(TOUCHED);
    expect(second.body).toEqual(first.body);
  });

  it('reads a HEIC: its EXIF and its HEIF container', async () => {
    const record = parsed((await tagsOf('IMG_3010.HEIC')).body);
    expect(tag(record, 'EXIF:IFD0', 'Model')?.value).toBe('Canon EOS 40D');
    expect(record.groups.some((g) => g.id.startsWith('QuickTime'))).toBe(true);
    expect(tag(record, 'File', 'MIMEType')?.value).toBe('image/heic');
  });

  it('reads a video’s QuickTime tags', async () => {
    const record = parsed((await tagsOf(video(VIDEO_FOLDER.landscape))).body);
    const quickTime = record.groups.filter((g) => g.id.startsWith('QuickTime'));
    expect(quickTime.length).toBeGreaterThan(1);
    expect(quickTime.every((g) => g.label.startsWith('QuickTime'))).toBe(true);
    const all = quickTime.flatMap((g) => g.tags);
    expect(all.find((t) => t.name === 'ImageWidth')?.value).toBe('640');
    expect(all.some((t) => t.name === 'GPSCoordinates')).toBe(true);
  });

  it('adds a Live Photo’s motion clip as its own group', async () => {
    const record = parsed((await tagsOf(video(VIDEO_FOLDER.liveStill))).body);
    const motion = record.groups.find((g) => g.id === 'LivePhoto-motion');
    expect(motion?.label).toBe('Live Photo motion clip');
    expect(motion?.tags.find((t) => t.name === 'ContentIdentifier')?.value).toBe(
      '5D4E3C2B-1A09-4F8E-9D7C-6B5A49382716',
    );
    // The still's own tags stay the still's: EXIF from the JPEG, the clip's in its group only.
    expect(tag(record, 'EXIF:ExifIFD', 'ExposureTime')?.value).toBe('1/160');
    expect(record.groups.some((g) => g.id.startsWith('QuickTime'))).toBe(false);
    expect(motion?.tags.some((t) => t.name === 'FileName')).toBe(false);
  });

  it('reads the XMP sidecar beside a photo as its own group', async () => {
    const record = parsed((await tagsOf('Edited/IMG_1.jpg')).body);
    expect(record.sidecar_file_name).toBe('IMG_1.xmp');
    const sidecar = record.groups.find((g) => g.id === 'XMP-sidecar');
    expect(sidecar?.label).toBe('XMP sidecar');
    expect(sidecar?.tags.find((t) => t.name === 'Description')?.value).toBe('Written in the sidecar');
    expect(sidecar?.tags.find((t) => t.name === 'Rating')?.value).toBe('4');
    const order = record.groups.map((g) => g.id);
    expect(order.indexOf('XMP-sidecar')).toBeGreaterThan(order.indexOf('EXIF:IFD0'));
    expect(order.indexOf('XMP-sidecar')).toBeLessThan(order.indexOf('File'));
  });

  it('says 404 for an asset that does not exist', async () => {
    const res = await app.request('/api/assets/asset_doesnotexist000000000/tags');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ detail: 'Asset not found' });
  });

  it('says 404 when the file has vanished from the folder', async () => {
    const { res, body } = await tagsOf('gone.jpg');
    expect(res.status).toBe(404);
    expect(body).toEqual({ detail: 'Asset file not found' });
  });

  it('says 422 for a file whose tags cannot be read, without naming the server’s path', async () => {
    const { res, body } = await tagsOf('overwritten.jpg');
    expect(res.status).toBe(422);
    const { detail } = body as { detail: string };
    expect(detail).toBe("This file's tags cannot be read: Entire file is binary zeros");
    expect(detail).not.toContain(root);
  });

  it('only reads the photo folder', async () => {
    const after = await fingerprintFolder(root);
    delete after[TOUCHED];
    delete before[TOUCHED];
    expect(after).toEqual(before);
  });
});

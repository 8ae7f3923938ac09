import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { BROKEN_HEIC_DIR, EXAMPLE_HEIC, writeHeic } from '../testing/heic-fixtures.ts';
import { fingerprintFolder } from '../testing/photo-folder.ts';
import { indexLibrary, type IndexReport } from './index-library.ts';

interface ListedAsset {
  id: string;
  original_file_name: string;
  mime_type: string;
  width: number;
  height: number;
  thumbhash: string | null;
  exif: { make: string | null; latitude: number | null } | null;
}

describe('indexing a folder of HEIC photos, real and broken', () => {
  let root: string;
  let db: Db;
  let report: IndexReport;
  let broken: string[];
  let before: Record<string, string>;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cs-heic-index-'));
    await mkdir(path.join(root, 'Phone'));
    await mkdir(path.join(root, 'broken'));
    await cp(EXAMPLE_HEIC, path.join(root, 'Phone', 'example.heic'));
    await writeHeic('gps/DSCN0010.jpg', path.join(root, 'Phone', 'IMG_0010.HEIC'));
    await writeHeic('orientation/portrait_6.jpg', path.join(root, 'Phone', 'IMG_0006.hif'), {
      quarterTurns: 3,
    });
    broken = await readdir(BROKEN_HEIC_DIR);
    await Promise.all(
      broken.map((name) => cp(path.join(BROKEN_HEIC_DIR, name), path.join(root, 'broken', name))),
    );
    before = await fingerprintFolder(root);
    db = openDb(':memory:');
    report = await indexLibrary(db, root);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('reports the malformed files and skips them, without hanging or stopping', () => {
    expect(report.total).toBe(3 + broken.length);
    const failedBroken = report.failed.filter((f) => f.path.startsWith('broken/'));
    // A few corpus files are well-formed tiny images (libheif's colour tests): those index.
    expect(failedBroken.length).toBeGreaterThanOrEqual(broken.length - 6);
    expect(report.failed.filter((f) => f.path.startsWith('Phone/'))).toEqual([]);
    expect(report.added + report.failed.length).toBe(report.total);
    for (const failure of failedBroken) expect(failure.reason).not.toContain(root);
  });

  it('lists the HEIC photos with their displayed size, type, camera and position', async () => {
    const app = createApp(db, { imageCacheDir: null });
    const page = (await (await app.request('/api/assets?album_id=' + albumId(db, 'Phone'))).json()) as {
      data: ListedAsset[];
    };
    const byName = Object.fromEntries(page.data.map((a) => [a.original_file_name, a]));
    expect(byName['example.heic']).toMatchObject({ mime_type: 'image/heic', width: 1280, height: 854 });
    expect(byName['IMG_0006.hif']).toMatchObject({ mime_type: 'image/heic', width: 450, height: 600 });
    expect(byName['IMG_0010.HEIC']?.exif).toMatchObject({ make: 'NIKON' });
    expect(byName['IMG_0010.HEIC']?.exif?.latitude).toBeCloseTo(43.4674, 3);
    for (const asset of page.data) expect(asset.thumbhash).toMatch(/^[A-Za-z0-9+/=]{10,}$/);

    const portrait = byName['IMG_0006.hif']!;
    const res = await app.request(`/api/assets/${portrait.id}/thumbnail?size=preview`);
    expect(res.status).toBe(200);
    const { width, height, format } = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect({ width, height, format }).toEqual({ width: 450, height: 600, format: 'webp' });
  });

  it('never writes into the photo folder', async () => {
    expect(await fingerprintFolder(root)).toEqual(before);
  });
});

function albumId(db: Db, name: string): string {
  return (db.prepare('SELECT id FROM albums WHERE name = ?').get(name) as { id: string }).id;
}

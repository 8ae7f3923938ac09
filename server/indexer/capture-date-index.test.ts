/**
 * Dates and their sources through the whole path: real files indexed into real SQLite, read back
 * over the API in both shapes.
 */
import { cp, mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssetPage } from '../../contract/entities.ts';
import * as api2026 from '../../contract/entities-2026.ts';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { MIGRATIONS } from '../db/schema.ts';
import { makeClip } from '../demo/demo-videos.ts';
import { endExifTool, exiftool } from '../media/exiftool-process.ts';
import { seedLibrary } from '../testing/seed.ts';
import { indexLibrary } from './index-library.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'testing', 'fixtures');
// 2023-03-04T05:06:07Z: the modification time given to the files without a date.
const FILE_TIME = new Date(Date.UTC(2023, 2, 4, 5, 6, 7));

let root: string;
let db: Db;
let app: ReturnType<typeof createApp>;
let savedTz: string | undefined;

let shade = 0;
/** A JPEG with no metadata at all, each a different colour (identical bytes would be one file). */
async function plainJpeg(file: string): Promise<void> {
  shade += 40;
  await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: shade, g: 100, b: 120 } } })
    .jpeg()
    .toFile(file);
  await utimes(file, FILE_TIME, FILE_TIME);
}

beforeAll(async () => {
  // The file time is shown in this machine's zone: pin one with an offset, restored after.
  savedTz = process.env.TZ;
  process.env.TZ = 'Asia/Tokyo';
  root = await mkdtemp(path.join(tmpdir(), 'cs-dates-'));
  await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(root, 'canon.jpg'));
  await plainJpeg(path.join(root, 'IMG_20190704_183012.jpg'));
  await plainJpeg(path.join(root, 'PXL_20210101_123456789.jpg'));
  await plainJpeg(path.join(root, 'IMG_20191399_120000.jpg')); // no real date in the name
  await plainJpeg(path.join(root, 'scan.jpg'));
  // A clip with no creation date in its container.
  await makeClip(
    path.join(root, 'VID_20200102_101112.mp4'),
    { width: 160, height: 90, seconds: 1, codec: 'h264' },
    exiftool(),
  );
  db = openDb(':memory:');
  app = createApp(db);
  const report = await indexLibrary(db, root);
  expect(report.failed).toEqual([]);
}, 120_000);

afterAll(async () => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
  db.close();
  await endExifTool();
  await rm(root, { recursive: true, force: true });
});

async function byName(): Promise<Map<string, Record<string, unknown>>> {
  const res = await app.request('/api/assets?limit=100');
  const raw = (await res.json()) as { data: Record<string, unknown>[] };
  AssetPage.parse(raw); // the 2025 schema reads the new fields
  return new Map(raw.data.map((a) => [a.original_file_name as string, a]));
}

describe('capture dates and where they came from', () => {
  it.each([
    ['canon.jpg', '2008-05-30T15:56:01', 'camera', null],
    ['IMG_20190704_183012.jpg', '2019-07-04T18:30:12', 'file_name', null],
    ['PXL_20210101_123456789.jpg', '2021-01-01T12:34:56Z', 'file_name', 'file_name'],
    ['VID_20200102_101112.mp4', '2020-01-02T10:11:12', 'file_name', null],
    // No date anywhere: the file time in this machine's zone (Tokyo, +09:00), said so.
    ['IMG_20191399_120000.jpg', '2023-03-04T14:06:07+09:00', 'file_time', 'machine'],
    ['scan.jpg', '2023-03-04T14:06:07+09:00', 'file_time', 'machine'],
  ])('%s: %s from %s, zone from %s', async (name, localDatetime, dateSource, zoneSource) => {
    const asset = (await byName()).get(name);
    expect(asset).toMatchObject({
      local_datetime: localDatetime,
      local_datetime_source: dateSource,
      time_zone_source: zoneSource,
    });
  });

  it('says where the place came from: none without one', async () => {
    const assets = await byName();
    expect(assets.get('canon.jpg')?.place_source).toBeNull();
    expect(assets.get('scan.jpg')?.place_source).toBeNull();
  });

  it('gives the same fields in the 2026 shape', async () => {
    const id = (await byName()).get('IMG_20190704_183012.jpg')!.id as string;
    const asset = api2026.Asset.parse(await (await app.request(`/api/assets/${id}`)).json());
    expect(asset).toMatchObject({
      local_datetime_source: 'file_name',
      time_zone_source: null,
      place_source: null,
    });
  });

  it('sorts a file-name date by its wall clock, not as if taken today', async () => {
    const res = await app.request('/api/assets?limit=100');
    const names = ((await res.json()) as { data: { original_file_name: string }[] }).data.map(
      (a) => a.original_file_name,
    );
    expect(names.indexOf('IMG_20190704_183012.jpg')).toBeGreaterThan(
      names.indexOf('PXL_20210101_123456789.jpg'),
    );
    expect(names.indexOf('canon.jpg')).toBe(names.length - 1);
  });
});

describe('migration 12 (asset-sources)', () => {
  it('leaves rows indexed before it unknown: null in the API until their file is read again', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cs-sources-migrate-'));
    try {
      const file = path.join(dir, 'index.db');
      const old = new Database(file);
      for (const sql of MIGRATIONS.slice(0, 11)) old.exec(sql);
      old.pragma('user_version = 11');
      seedLibrary(old, { assets: 3 });
      old.close();
      const migrated = openDb(file);
      try {
        expect(migrated.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
        const res = await createApp(migrated).request('/api/assets?limit=10');
        const page = AssetPage.parse(await res.json());
        expect(page.data).toHaveLength(3);
        for (const asset of page.data) {
          expect(asset).toMatchObject({
            local_datetime_source: null,
            time_zone_source: null,
            place_source: null,
          });
        }
      } finally {
        migrated.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

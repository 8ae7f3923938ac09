import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { thumbHashToAverageRGBA } from 'thumbhash';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import type { Media } from '../media/media.ts';
import { indexLibrary } from './index-library.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'testing', 'fixtures');

const average = (hash: string) => thumbHashToAverageRGBA(Buffer.from(hash, 'base64'));
const hashes = (db: Db) =>
  Object.fromEntries(
    (
      db.prepare('SELECT rel_path, thumbhash FROM assets').all() as { rel_path: string; thumbhash: string }[]
    ).map((r) => [r.rel_path, r.thumbhash]),
  );

describe('ThumbHash at index time', () => {
  let root: string;
  let db: Db;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cs-thumbhash-'));
    await sharp({ create: { width: 800, height: 600, channels: 3, background: '#20b040' } })
      .jpeg()
      .toFile(path.join(root, 'green.jpg'));
    await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(root, 'canon.jpg'));
    db = openDb(':memory:');
  });
  afterEach(async () => {
    db.close();
    await rm(root, { recursive: true, force: true });
  });

  it('is computed from the grid thumbnail when a file is indexed, and answered as `thumbhash`', async () => {
    await indexLibrary(db, root);
    const stored = hashes(db);
    const { g, r } = average(stored['green.jpg']!);
    expect(g).toBeGreaterThan(0.55);
    expect(r).toBeLessThan(0.25);
    expect(stored['canon.jpg']).toMatch(/^[A-Za-z0-9+/]+=*$/);

    const page = (await (await createApp(db).request('/api/assets')).json()) as {
      data: { original_file_name: string; thumbhash: string | null }[];
    };
    expect(Object.fromEntries(page.data.map((a) => [a.original_file_name, a.thumbhash]))).toEqual(stored);
  });

  it('is filled in on the next run for unchanged files indexed before it existed (null until then)', async () => {
    await indexLibrary(db, root);
    const stored = hashes(db);
    // What migration 3 leaves on rows indexed earlier: the column, empty.
    db.prepare('UPDATE assets SET thumbhash = NULL').run();
    const asset = (await (await createApp(db).request('/api/assets?limit=1')).json()) as {
      data: { thumbhash: string | null }[];
    };
    expect(asset.data[0]!.thumbhash).toBeNull();

    const again = await indexLibrary(db, root);
    expect(again).toMatchObject({ unchanged: 2, updated: 0, added: 0 });
    expect(hashes(db)).toEqual(stored);
  });

  it("reads an unchanged file's cached thumbnail rather than the photo, when media has one", async () => {
    await indexLibrary(db, root);
    db.prepare('UPDATE assets SET thumbhash = NULL').run();
    // A cache whose thumbnails are all red: a green hash afterwards would mean the photo was read.
    const red = await sharp({ create: { width: 360, height: 270, channels: 3, background: '#d02020' } })
      .webp()
      .toBuffer();
    const asked: string[] = [];
    const media: Pick<Media, 'storeThumbnail' | 'assetImage'> = {
      storeThumbnail: async () => {},
      assetImage: (asset, size) => {
        asked.push(`${asset.rel_path}:${size}`);
        return Promise.resolve({ bytes: red, key: 'k' });
      },
    };
    await indexLibrary(db, root, { media });
    expect(asked.sort()).toEqual(['canon.jpg:thumbnail', 'green.jpg:thumbnail']);
    for (const hash of Object.values(hashes(db))) expect(average(hash).r).toBeGreaterThan(0.6);
  });
});

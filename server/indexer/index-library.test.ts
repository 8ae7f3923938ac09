import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssetPage, PersonPage } from '../../contract/entities.ts';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { buildXmpPacket } from '../demo/xmp-writer.ts';
import { indexLibrary } from './index-library.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'testing', 'fixtures');

/** A JPEG with MWG face regions as digiKam writes them: Area x/y is the centre, normalised. */
async function mwgPhoto(file: string): Promise<void> {
  const xmp = buildXmpPacket({
    regions: {
      width: 800,
      height: 600,
      faces: [
        { name: 'Ana Ferreira', x: 0.25, y: 0.5, w: 0.1, h: 0.2 },
        { x: 0.75, y: 0.25, w: 0.125, h: 0.1 },
      ],
    },
  });
  await sharp({ create: { width: 800, height: 600, channels: 3, background: '#4a7' } })
    .jpeg()
    .withXmp(xmp)
    .toFile(file);
}

async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const info = await stat(file);
    out[path.relative(dir, file)] = `${createHash('sha256')
      .update(await readFile(file))
      .digest('hex')}:${info.mtimeMs}`;
  }
  return out;
}

describe('indexLibrary', () => {
  let root: string;
  let db: Db;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cs-index-'));
    await mkdir(path.join(root, 'Family'));
    await mkdir(path.join(root, 'Trips'));
    await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(root, 'Trips', 'canon.jpg'));
    // A JPEG whose header reads but whose pixels don't decode: reported and skipped.
    await cp(path.join(FIXTURES, 'corrupted-head.jpg'), path.join(root, 'Trips', 'broken.jpg'));
    await writeFile(path.join(root, 'Trips', 'notes.jpg'), 'this is not a photo');
    await writeFile(path.join(root, 'empty.jpg'), '');
    await writeFile(path.join(root, 'readme.txt'), 'ignored: not a photo extension');
    await mwgPhoto(path.join(root, 'Family', 'faces.jpg'));
    db = openDb(':memory:');
  });
  afterEach(async () => {
    db?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('indexes photos, albums and faces, reports broken files and never writes to the folder', async () => {
    const before = await hashTree(root);
    const failures: string[] = [];
    const report = await indexLibrary(db, root, { onFailure: (p) => failures.push(p) });
    expect(await hashTree(root)).toEqual(before);

    expect(report.added).toBe(2);
    expect(failures.sort()).toEqual(['Trips/broken.jpg', 'Trips/notes.jpg', 'empty.jpg']);
    expect(report.failed.length).toBe(failures.length);

    const app = createApp(db);
    const page = AssetPage.parse(await (await app.request('/api/assets')).json());
    expect(page.data.map((a) => a.original_file_name).sort()).toEqual(['canon.jpg', 'faces.jpg']);
    const faces = page.data.find((a) => a.original_file_name === 'faces.jpg')!;
    // Centre (0.25, 0.5), size (0.1, 0.2) of 800×600 → top-left (160, 240), 80×120.
    expect(faces.faces!.map((f) => f.bounding_box).sort((a, b) => a.x - b.x)).toEqual([
      { x: 160, y: 240, w: 80, h: 120 },
      { x: 550, y: 120, w: 100, h: 60 },
    ]);
    expect(faces.people!.map((p) => p.name)).toEqual(['Ana Ferreira']);
    expect(faces.faces!.filter((f) => f.person_id === null)).toHaveLength(1);
    const canon = page.data.find((a) => a.original_file_name === 'canon.jpg')!;
    expect(canon.exif).toMatchObject({ make: 'Canon', model: 'Canon EOS 40D' });

    const albums = (await (await app.request('/api/albums')).json()) as {
      data: { name: string; asset_count: number }[];
    };
    expect(albums.data.map((a) => [a.name, a.asset_count]).sort()).toEqual([
      ['Family', 1],
      ['Trips', 1],
    ]);
    const people = PersonPage.parse(await (await app.request('/api/people')).json());
    expect(people.data.map((p) => [p.name, p.asset_count])).toEqual([['Ana Ferreira', 1]]);
  });

  it('re-indexes incrementally: skips unchanged, updates changed, keeps ids of moved files, drops removed', async () => {
    await indexLibrary(db, root);
    const ids = () =>
      Object.fromEntries(
        (db.prepare('SELECT rel_path, id FROM assets').all() as { rel_path: string; id: string }[]).map(
          (r) => [r.rel_path, r.id],
        ),
      );
    const first = ids();

    const again = await indexLibrary(db, root);
    expect(again).toMatchObject({ added: 0, updated: 0, moved: 0, removed: 0, unchanged: 2 });
    expect(ids()).toEqual(first);

    // Files that failed are tried again (and reported again) on every run.
    // Move a photo to another album and rename it; change another; add one; remove none.
    await rename(path.join(root, 'Trips', 'canon.jpg'), path.join(root, 'Family', 'renamed.jpg'));
    await mwgPhoto(path.join(root, 'Family', 'faces.jpg'));
    await utimes(path.join(root, 'Family', 'faces.jpg'), new Date(), new Date(Date.now() + 5000));
    await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(root, 'copy.jpg'));
    const third = await indexLibrary(db, root);
    expect(third).toMatchObject({ moved: 1, updated: 1, added: 1, removed: 0 });
    const now = ids();
    expect(now['Family/renamed.jpg']).toBe(first['Trips/canon.jpg']);
    expect(now['Family/faces.jpg']).toBe(first['Family/faces.jpg']);
    expect(Object.keys(now)).toHaveLength(3);
    expect(db.prepare('SELECT count(*) n FROM faces').get()).toEqual({ n: 2 });

    await rm(path.join(root, 'Family', 'faces.jpg'));
    const fourth = await indexLibrary(db, root);
    expect(fourth.removed).toBe(1);
    expect(db.prepare('SELECT count(*) n FROM faces').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) n FROM people').get()).toEqual({ n: 0 });
    // Trips lost its only photo to the move and went away.
    expect(
      (db.prepare('SELECT name FROM albums ORDER BY name').all() as { name: string }[]).map((a) => a.name),
    ).toEqual(['Family']);
  });

  it('gives the same ids when the index is rebuilt from scratch', async () => {
    await indexLibrary(db, root);
    const before = db.prepare('SELECT id FROM assets ORDER BY id').all();
    const fresh = openDb(':memory:');
    await indexLibrary(fresh, root);
    expect(fresh.prepare('SELECT id FROM assets ORDER BY id').all()).toEqual(before);
    fresh.close();
  });

  it('keeps every copy of a photo that is in the folder twice, each with its own id', async () => {
    // Real libraries hold copies (an album folder beside the camera roll): indexed at the same
    // time by the two workers, both must be stored.
    for (const n of [1, 2, 3])
      await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(root, `copy-${n}.jpg`));
    await indexLibrary(db, root, { concurrency: 4 });
    const copies = db
      .prepare(
        "SELECT id, rel_path FROM assets WHERE rel_path LIKE '%canon.jpg' OR rel_path LIKE 'copy-%' ORDER BY rel_path",
      )
      .all() as { id: string; rel_path: string }[];
    expect(copies.map((c) => c.rel_path)).toEqual([
      'Trips/canon.jpg',
      'copy-1.jpg',
      'copy-2.jpg',
      'copy-3.jpg',
    ]);
    expect(new Set(copies.map((c) => c.id)).size).toBe(4);
  });
});

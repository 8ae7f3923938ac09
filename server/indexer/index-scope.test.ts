/**
 * What a watched library relies on in the indexer: sidecars re-index their photo, a run over some
 * folders leaves the others alone, and a file moved between folders keeps its id whichever run
 * sees which half of the move.
 */
import { appendFile, mkdir, mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/open-db.ts';
import { writePhotoFolder } from '../testing/photo-folder.ts';
import { indexLibrary } from './index-library.ts';

const XMP = (rating: number) =>
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:Rating="${rating}"/></rdf:RDF></x:xmpmeta>`;

describe('indexing a watched library', () => {
  let root: string;
  let db: Db;
  const ids = () =>
    Object.fromEntries(
      (db.prepare('SELECT rel_path, id FROM assets').all() as { rel_path: string; id: string }[]).map((r) => [
        r.rel_path,
        r.id,
      ]),
    );
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cs-scope-'));
    // Album 0: photos 3 and 6, Album 1: 1 and 7, Album 2: 2 and 5; 0 and 4 at the root.
    await writePhotoFolder(root, { count: 8, albums: 3 });
    db = openDb(':memory:');
    await indexLibrary(db, root);
  });
  afterEach(async () => {
    db.close();
    await rm(root, { recursive: true, force: true });
  });

  it('re-reads a photo whose sidecar appears, changes or goes, and never lists the sidecar', async () => {
    const sidecar = path.join(root, 'Album 1', 'IMG_0001.jpg.xmp');
    const sidecarRow = () =>
      db
        .prepare(
          "SELECT sidecar_rel_path p, sidecar_size s FROM assets WHERE rel_path = 'Album 1/IMG_0001.jpg'",
        )
        .get();
    await writeFile(sidecar, XMP(3));
    expect(await indexLibrary(db, root)).toMatchObject({ updated: 1, unchanged: 7, total: 8 });
    expect(sidecarRow()).toEqual({ p: 'Album 1/IMG_0001.jpg.xmp', s: XMP(3).length });
    expect(await indexLibrary(db, root)).toMatchObject({ updated: 0, unchanged: 8 });

    await writeFile(sidecar, XMP(5));
    await utimes(sidecar, new Date(), new Date(Date.now() + 3000));
    expect(await indexLibrary(db, root)).toMatchObject({ updated: 1, unchanged: 7 });
    // A second, lower-precedence sidecar changes nothing while the first is there.
    await writeFile(path.join(root, 'Album 1', 'IMG_0001.xmp'), XMP(1));
    expect(await indexLibrary(db, root)).toMatchObject({ updated: 0 });

    await rm(sidecar);
    expect(await indexLibrary(db, root)).toMatchObject({ updated: 1 });
    expect(sidecarRow()).toEqual({ p: 'Album 1/IMG_0001.xmp', s: XMP(1).length });
    await rm(path.join(root, 'Album 1', 'IMG_0001.xmp'));
    expect(await indexLibrary(db, root)).toMatchObject({ updated: 1 });
    expect(sidecarRow()).toEqual({ p: null, s: null });
  });

  it('looks only at the folders of its scope', async () => {
    await rm(path.join(root, 'Album 2', 'IMG_0002.jpg'));
    await rm(path.join(root, 'IMG_0000.jpg'));
    const run = await indexLibrary(db, root, { scope: { folders: ['Album 1'], trees: [] } });
    expect(run).toMatchObject({ total: 2, removed: 0, unchanged: 2 });
    expect(await indexLibrary(db, root, { scope: { folders: [''], trees: [] } })).toMatchObject({
      total: 1,
      removed: 1,
    });
    expect(Object.keys(ids())).toContain('Album 2/IMG_0002.jpg');
    expect(await indexLibrary(db, root, { scope: { folders: [], trees: ['Album 2'] } })).toMatchObject({
      removed: 1,
    });
    expect(Object.keys(ids()).sort()).toEqual([
      'Album 0/IMG_0003.jpg',
      'Album 0/IMG_0006.jpg',
      'Album 1/IMG_0001.jpg',
      'Album 1/IMG_0007.jpg',
      'Album 2/IMG_0005.jpg',
      'IMG_0004.jpg',
    ]);
  });

  it('keeps the id of a file moved across folders, whichever folder is indexed first', async () => {
    const before = ids();
    // Destination first: the source's row is still there, its file gone.
    await rename(path.join(root, 'Album 1', 'IMG_0001.jpg'), path.join(root, 'Album 2', 'moved-1.jpg'));
    expect(await indexLibrary(db, root, { scope: { folders: ['Album 2'], trees: [] } })).toMatchObject({
      moved: 1,
      added: 0,
    });
    expect(ids()['Album 2/moved-1.jpg']).toBe(before['Album 1/IMG_0001.jpg']);
    expect(await indexLibrary(db, root, { scope: { folders: ['Album 1'], trees: [] } })).toMatchObject({
      removed: 0,
    });

    // Source first: the row goes, and its id comes back with the file, in a new folder too. The
    // file was rewritten since it got its id, so no id derived from its content could be the same.
    await appendFile(path.join(root, 'Album 0', 'IMG_0003.jpg'), 'rewritten');
    expect(await indexLibrary(db, root)).toMatchObject({ updated: 1 });
    await mkdir(path.join(root, 'New'));
    await rename(path.join(root, 'Album 0', 'IMG_0003.jpg'), path.join(root, 'New', 'IMG_0003.jpg'));
    expect(await indexLibrary(db, root, { scope: { folders: ['Album 0'], trees: [] } })).toMatchObject({
      removed: 1,
    });
    const reopened = await indexLibrary(db, root, { scope: { folders: [''], trees: ['New'] } });
    expect(reopened).toMatchObject({ moved: 1, added: 0 });
    expect(ids()['New/IMG_0003.jpg']).toBe(before['Album 0/IMG_0003.jpg']);
    expect(await indexLibrary(db, root)).toMatchObject({ added: 0, moved: 0, removed: 0, updated: 0 });
    const albums = db.prepare('SELECT name, asset_count n FROM albums ORDER BY name').all();
    expect(albums).toEqual([
      { name: 'Album 0', n: 1 },
      { name: 'Album 1', n: 1 },
      { name: 'Album 2', n: 3 },
      { name: 'New', n: 1 },
    ]);
  });
});

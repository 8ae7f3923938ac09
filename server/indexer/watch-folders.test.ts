/**
 * Watched folders over a real folder and the real API (in-process): every change a person makes
 * in a file manager shows in the API within 10 s, with the default quiet period.
 */
import { watch } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AssetPage } from '../../contract/entities.ts';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { writePhotoFolder } from '../testing/photo-folder.ts';
import { indexLibrary } from './index-library.ts';
import { watchFolders, type FolderWatcher, type WatchFoldersOptions } from './watch-folders.ts';

interface Listed {
  id: string;
  checksum: string;
  updated_at: string;
}

/** Poll until `check` passes (it throws until then), for at most 10 s. */
async function within10s(check: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const XMP = (rating: number) =>
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:Rating="${rating}"/></rdf:RDF></x:xmpmeta>`;

describe('watched folders', () => {
  let spares: string; // photos not in the library, to copy in
  let root: string;
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let watcher: FolderWatcher | null = null;
  const logged: string[] = [];
  let spare = 0;
  const nextSpare = async () => path.join(spares, (await readdir(spares)).sort()[spare++]!);

  /** What the API lists, by album folder and file name (`Album 0/IMG_0001.jpg`; root files bare). */
  async function listed(): Promise<Map<string, Listed>> {
    const json = async (url: string) => (await app.request(url)).json() as Promise<unknown>;
    const albums = (await json('/api/albums?limit=100')) as { data: { id: string; name: string }[] };
    const albumOf = new Map<string, string>();
    for (const album of albums.data) {
      const page = AssetPage.parse(await json(`/api/assets?album_id=${album.id}&limit=1000`));
      for (const asset of page.data) albumOf.set(asset.id, album.name);
    }
    const page = AssetPage.parse(await json('/api/assets?limit=1000'));
    return new Map(
      page.data.map((a) => [
        albumOf.has(a.id) ? `${albumOf.get(a.id)}/${a.original_file_name}` : a.original_file_name,
        { id: a.id, checksum: a.checksum, updated_at: a.updated_at },
      ]),
    );
  }

  async function startWatching(options: Partial<WatchFoldersOptions> = {}) {
    await indexLibrary(db, root);
    watcher = await watchFolders([root], {
      index: async (r, scope) => void (await indexLibrary(db, r, { scope })),
      log: (line) => logged.push(line),
      ...options,
    });
    watcher.start();
  }

  beforeAll(async () => {
    spares = await mkdtemp(path.join(tmpdir(), 'cs-watch-spares-'));
    await writePhotoFolder(spares, { count: 12, albums: 0 });
    // Distinct from the library's photos (same generator, same colours): make each one unique.
    for (const name of await readdir(spares)) await appendFile(path.join(spares, name), `spare ${name}`);
  });
  afterAll(() => rm(spares, { recursive: true, force: true }));
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cs-watch-'));
    // Album 0: IMG_0002; Album 1: IMG_0001, IMG_0003, IMG_0005; IMG_0000 and IMG_0004 at the root.
    await writePhotoFolder(root, { count: 6, albums: 2 });
    db = openDb(':memory:');
    app = createApp(db);
    logged.length = 0;
  });
  afterEach(async () => {
    watcher?.close();
    await watcher?.settled();
    watcher = null;
    db.close();
    await rm(root, { recursive: true, force: true });
  });

  it('follows files added, changed, moved within and across folders, and deleted', async () => {
    await startWatching();
    const before = await listed();
    expect([...before.keys()].sort()).toEqual([
      'Album 0/IMG_0002.jpg',
      'Album 1/IMG_0001.jpg',
      'Album 1/IMG_0003.jpg',
      'Album 1/IMG_0005.jpg',
      'IMG_0000.jpg',
      'IMG_0004.jpg',
    ]);
    // Watches are per folder: the root and its two albums.
    expect(watcher!.watchCount()).toBe(3);

    await cp(await nextSpare(), path.join(root, 'Album 0', 'new.jpg'));
    await within10s(async () => expect((await listed()).has('Album 0/new.jpg')).toBe(true));

    const changedId = before.get('Album 1/IMG_0001.jpg')!.id;
    await appendFile(path.join(root, 'Album 1', 'IMG_0001.jpg'), 'edited');
    await within10s(async () => {
      const now = (await listed()).get('Album 1/IMG_0001.jpg')!;
      expect(now.id).toBe(changedId);
      expect(now.checksum).not.toBe(before.get('Album 1/IMG_0001.jpg')!.checksum);
    });

    const movedId = before.get('Album 1/IMG_0005.jpg')!.id;
    await rename(path.join(root, 'Album 1', 'IMG_0005.jpg'), path.join(root, 'Album 1', 'renamed.jpg'));
    await within10s(async () => expect((await listed()).get('Album 1/renamed.jpg')?.id).toBe(movedId));
    await rename(path.join(root, 'Album 1', 'renamed.jpg'), path.join(root, 'Album 0', 'moved.jpg'));
    await within10s(async () => {
      const now = await listed();
      expect(now.get('Album 0/moved.jpg')?.id).toBe(movedId);
      expect(now.has('Album 1/renamed.jpg')).toBe(false);
    });
    // To the root and back into an album, in one go: still the same photo.
    await rename(path.join(root, 'Album 0', 'moved.jpg'), path.join(root, 'moved.jpg'));
    await rename(path.join(root, 'IMG_0000.jpg'), path.join(root, 'Album 1', 'IMG_0000.jpg'));
    await within10s(async () => {
      const now = await listed();
      expect(now.get('moved.jpg')?.id).toBe(movedId);
      expect(now.get('Album 1/IMG_0000.jpg')?.id).toBe(before.get('IMG_0000.jpg')!.id);
    });

    await rm(path.join(root, 'Album 0', 'IMG_0002.jpg'));
    await within10s(async () => expect((await listed()).has('Album 0/IMG_0002.jpg')).toBe(false));
    expect((await listed()).size).toBe(6);
  });

  it('follows folders added (and what arrives in them later), renamed and deleted', async () => {
    await startWatching();
    const before = await listed();
    await mkdir(path.join(root, 'Trip', 'Day 1'), { recursive: true });
    await cp(await nextSpare(), path.join(root, 'Trip', 'Day 1', 'first.jpg'));
    await within10s(async () => expect((await listed()).has('Trip/first.jpg')).toBe(true));
    // The new folders are watched now: a photo copied in later shows too.
    expect(watcher!.watchCount()).toBe(5);
    await cp(await nextSpare(), path.join(root, 'Trip', 'Day 1', 'second.jpg'));
    await within10s(async () => expect((await listed()).has('Trip/second.jpg')).toBe(true));

    // A folder made elsewhere and moved in whole.
    const outside = await mkdtemp(path.join(tmpdir(), 'cs-watch-outside-'));
    await mkdir(path.join(outside, 'Beach', 'Sunset'), { recursive: true });
    await cp(await nextSpare(), path.join(outside, 'Beach', 'Sunset', 'sun.jpg'));
    await rename(path.join(outside, 'Beach'), path.join(root, 'Beach'));
    await rm(outside, { recursive: true });
    await within10s(async () => expect((await listed()).has('Beach/sun.jpg')).toBe(true));
    await cp(await nextSpare(), path.join(root, 'Beach', 'Sunset', 'later.jpg'));
    await within10s(async () => expect((await listed()).has('Beach/later.jpg')).toBe(true));

    // A renamed album: same photos, same ids, and its old watches go with it.
    await rename(path.join(root, 'Album 1'), path.join(root, 'Renamed'));
    await within10s(async () => {
      const now = await listed();
      for (const name of ['IMG_0001.jpg', 'IMG_0003.jpg', 'IMG_0005.jpg'])
        expect(now.get(`Renamed/${name}`)?.id).toBe(before.get(`Album 1/${name}`)!.id);
    });
    await cp(await nextSpare(), path.join(root, 'Renamed', 'after-rename.jpg'));
    await within10s(async () => expect((await listed()).has('Renamed/after-rename.jpg')).toBe(true));

    await rm(path.join(root, 'Trip'), { recursive: true });
    await within10s(async () => {
      const now = await listed();
      expect([...now.keys()].filter((k) => k.startsWith('Trip/'))).toEqual([]);
    });
    // Root, Album 0, Renamed, Beach, Sunset.
    await within10s(() => Promise.resolve(expect(watcher!.watchCount()).toBe(5)));
    const albums = (await (await app.request('/api/albums')).json()) as { data: { name: string }[] };
    expect(albums.data.map((a) => a.name).sort()).toEqual(['Album 0', 'Beach', 'Renamed']);
  });

  it('re-reads a photo when its sidecar is added, changed or removed, and never lists the sidecar', async () => {
    await startWatching();
    const photo = 'Album 1/IMG_0001.jpg';
    const sidecar = path.join(root, 'Album 1', 'IMG_0001.jpg.xmp');
    let last = (await listed()).get(photo)!.updated_at;
    const reread = async () =>
      within10s(async () => {
        const now = await listed();
        expect(now.get(photo)!.updated_at > last).toBe(true);
        expect(now.size).toBe(6);
        last = now.get(photo)!.updated_at;
      });
    await writeFile(sidecar, XMP(4));
    await reread();
    await writeFile(sidecar, XMP(5));
    await utimes(sidecar, new Date(), new Date(Date.now() + 2000));
    await reread();
    await rm(sidecar);
    await reread();
  });

  it('falls back to periodic rescans, said once, when the system allows no more watches', async () => {
    let allowed = 2;
    await startWatching({
      rescanMs: 1500,
      watch: (folder, listener) => {
        if (allowed-- <= 0)
          throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), {
            code: 'ENOSPC',
          });
        return watch(folder, { persistent: false }, (event, name) => listener(event, name));
      },
    });
    expect(watcher!.degraded()).toBe(true);
    expect(watcher!.watchCount()).toBe(0);
    expect(logged.filter((l) => l.includes('no more watched folders'))).toHaveLength(1);
    await cp(await nextSpare(), path.join(root, 'Album 0', 'rescanned.jpg'));
    await within10s(async () => expect((await listed()).has('Album 0/rescanned.jpg')).toBe(true));
    expect(logged.filter((l) => l.includes('no more watched folders'))).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { Album, AlbumPage, AssetList } from '../../contract/entities.ts';
import { seedLibrary } from '../testing/seed.ts';
import { createTestApp, getJson } from '../testing/test-app.ts';

describe('albums', () => {
  it('lists albums page by page with counts, filtered by library', async () => {
    const { db, app } = createTestApp();
    const a = seedLibrary(db, { assets: 20, albums: 5, root: '/a' });
    const b = seedLibrary(db, { assets: 6, albums: 2, root: '/b' });

    const first = AlbumPage.parse((await getJson(app, '/api/albums?limit=4')).body);
    expect(first.data).toHaveLength(4);
    expect(first.has_more).toBe(true);
    const rest = AlbumPage.parse(
      (await getJson(app, `/api/albums?limit=4&starting_after_id=${first.data[3]!.id}`)).body,
    );
    expect(rest.has_more).toBe(false);
    const all = [...first.data, ...rest.data];
    expect(new Set(all.map((x) => x.id))).toEqual(new Set([...a.albumIds, ...b.albumIds]));
    expect(all.reduce((n, x) => n + (x.asset_count ?? 0), 0)).toBe(26);

    const onlyB = AlbumPage.parse((await getJson(app, `/api/albums?library_id=${b.libraryId}`)).body);
    expect(onlyB.data.map((x) => x.id).sort()).toEqual([...b.albumIds].sort());
  });

  it('gets one album and every asset of it', async () => {
    const { db, app } = createTestApp();
    const lib = seedLibrary(db, { assets: 9, albums: 3 });
    const album = Album.parse((await getJson(app, `/api/albums/${lib.albumIds[0]}`)).body);
    expect(album).toMatchObject({ name: 'Album A', asset_count: 3 });
    const assets = AssetList.parse((await getJson(app, `/api/albums/${lib.albumIds[0]}/assets`)).body);
    expect(assets.map((x) => x.id)).toEqual(lib.assetIds.filter((_, i) => [0, 3, 6].includes(i)));
  });

  it('answers 404 and 422 FastAPI-style', async () => {
    const { db, app } = createTestApp();
    seedLibrary(db, { assets: 2 });
    expect(await getJson(app, '/api/albums/album_2222222222222222222222')).toEqual({
      status: 404,
      body: { detail: 'Album not found' },
    });
    expect((await getJson(app, '/api/albums/nope/assets')).status).toBe(404);
    const bad = await getJson(app, '/api/albums?starting_after_id=album_2222222222222222222222');
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0].loc).toEqual(['query', 'starting_after_id']);
  });
});

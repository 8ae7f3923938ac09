import { describe, expect, it } from 'vitest';
import { AssetList } from '../../contract/entities.ts';
import type { Db } from '../db/open-db.ts';
import { seedLibrary } from '../testing/seed.ts';
import { createTestApp, getJson } from '../testing/test-app.ts';

type App = ReturnType<typeof createTestApp>['app'];

/** The albums a query lists, as `id → matching_asset_count`. */
async function albumCounts(app: App, query: string): Promise<Map<string, number>> {
  const { status, body } = await getJson(app, `/api/albums?${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  const data = body.data as { id: string; matching_asset_count: number }[];
  return new Map(data.map((album) => [album.id, album.matching_asset_count]));
}

/** What the asset list itself holds for a filter: the counts a sidebar must agree with. */
async function assetCount(app: App, query: string): Promise<number> {
  const { body } = await getJson(app, `/api/assets?limit=1000&${query}`);
  return AssetList.parse(body.data).length;
}

function seedTwo(db: Db) {
  // Asset i is in album i % 3; Ana (person 0) is in the even assets, Rui (person 1) in i % 3 === 0.
  const home = seedLibrary(db, { assets: 30, albums: 3, people: 2, root: '/home' });
  const work = seedLibrary(db, { assets: 8, albums: 2, people: 1, root: '/work' });
  return { home, work };
}

describe('GET /api/albums?person_id= (ours): the albums narrowed by people', () => {
  it('keeps the albums with photos of the person, counting those photos', async () => {
    const { db, app } = createTestApp();
    const { home, work } = seedTwo(db);
    const [ana, rui] = home.personIds;
    const anaAlbums = await albumCounts(app, `person_id=${ana}`);
    // Ana is in both libraries; in Work (asset i in album i % 2) only the first album holds her.
    expect([...anaAlbums.keys()].sort()).toEqual([...home.albumIds, work.albumIds[0]].sort());
    expect(anaAlbums.get(home.albumIds[0]!)).toBe(5);
    const ruiAlbums = await albumCounts(app, `person_id=${rui}`);
    expect([...ruiAlbums]).toEqual([[home.albumIds[0], 10]]);
    for (const [person, albums] of [
      [ana, anaAlbums],
      [rui, ruiAlbums],
    ] as const) {
      for (const [album, count] of albums) {
        expect(count).toBe(await assetCount(app, `album_id=${album}&person_id=${person}`));
      }
    }
  });

  it('person_ids asks for photos with all of them; the library narrows too', async () => {
    const { db, app } = createTestApp();
    const { home, work } = seedTwo(db);
    const [ana, rui] = home.personIds;
    const both = await albumCounts(app, `person_ids=${ana},${rui}`);
    expect([...both]).toEqual([[home.albumIds[0], 5]]);
    expect(both.get(home.albumIds[0]!)).toBe(
      await assetCount(app, `album_id=${home.albumIds[0]}&person_ids=${ana},${rui}`),
    );
    const inWork = await albumCounts(app, `person_id=${ana}&library_id=${work.libraryId}`);
    expect([...inWork]).toEqual([[work.albumIds[0], 4]]);
    // The same one person under both names is let through, as on the asset list.
    expect((await albumCounts(app, `person_id=${rui}&person_ids=${rui}`)).size).toBe(1);
  });

  it('without people every album matches with its own count; bad ids are a 422', async () => {
    const { db, app } = createTestApp();
    const { home } = seedTwo(db);
    const all = await albumCounts(app, `library_id=${home.libraryId}`);
    expect([...all.values()]).toEqual([10, 10, 10]);
    for (const [query, param] of [
      ['person_id=album_2222222222222222222222', 'person_id'],
      ['person_ids=nope', 'person_ids'],
      [`person_id=${home.personIds[0]}&person_ids=${home.personIds[1]}`, 'person_id'],
    ]) {
      const { status, body } = await getJson(app, `/api/albums?${query}`);
      expect(status).toBe(422);
      expect(body.detail[0].loc).toEqual(['query', param]);
    }
  });

  it('pages a narrowed list with the cursor', async () => {
    const { db, app } = createTestApp();
    const lib = seedLibrary(db, { assets: 40, albums: 8, people: 1 });
    const ana = lib.personIds[0];
    const first = (await getJson(app, `/api/albums?person_id=${ana}&limit=3`)).body;
    expect(first.has_more).toBe(true);
    const rest = (
      await getJson(app, `/api/albums?person_id=${ana}&limit=10&starting_after_id=${first.data[2].id}`)
    ).body;
    // Ana is in the even assets: only the even albums (i % 8 even) hold her.
    expect(first.data.length + rest.data.length).toBe(4);
    expect(rest.has_more).toBe(false);
  });
});

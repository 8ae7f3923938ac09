import { describe, expect, it } from 'vitest';
import { AssetList } from '../../contract/entities.ts';
import { seedLibrary } from '../testing/seed.ts';
import { createTestApp, getJson } from '../testing/test-app.ts';

type App = ReturnType<typeof createTestApp>['app'];

async function peopleCounts(app: App, query: string): Promise<Map<string, [number, number]>> {
  const { status, body } = await getJson(app, `/api/people?${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  const data = body.data as { id: string; asset_count: number; matching_asset_count: number }[];
  return new Map(data.map((person) => [person.id, [person.matching_asset_count, person.asset_count]]));
}

async function assetCount(app: App, query: string): Promise<number> {
  const { body } = await getJson(app, `/api/assets?limit=1000&${query}`);
  return AssetList.parse(body.data).length;
}

describe('GET /api/people: matching_asset_count (ours), the counts under the filter', () => {
  it('counts each person’s photos in the album, the library, or both; asset_count stays whole', async () => {
    const { db, app } = createTestApp();
    // Asset i is in album i % 3; person j is in the assets with i % (j + 2) === 0.
    const home = seedLibrary(db, { assets: 30, albums: 3, people: 3, root: '/home' });
    const work = seedLibrary(db, { assets: 12, albums: 2, people: 2, root: '/work' });
    const [ana, rui, eve] = home.personIds as [string, string, string];

    const whole = await peopleCounts(app, '');
    expect(whole.get(ana)).toEqual([15 + 6, 15 + 6]);

    const inAlbum = await peopleCounts(app, `album_id=${home.albumIds[1]}`);
    // Album B holds i = 1, 4, … 28: Ana in 4, 10, 16, 22, 28; Rui in none of them; Eve in 4, 16, 28.
    expect([...inAlbum.keys()].sort()).toEqual([ana, eve].sort());
    expect(inAlbum.get(ana)).toEqual([5, 21]);
    expect(inAlbum.get(eve)?.[0]).toBe(3);

    const inWork = await peopleCounts(app, `library_id=${work.libraryId}`);
    expect([...inWork.keys()].sort()).toEqual([ana, rui].sort());
    expect(inWork.get(ana)?.[0]).toBe(6);
    expect(inWork.get(rui)?.[0]).toBe(4);

    for (const query of [
      `album_id=${home.albumIds[0]}`,
      `album_id=${work.albumIds[1]}&library_id=${work.libraryId}`,
      `library_id=${home.libraryId}`,
    ]) {
      for (const [person, [count]] of await peopleCounts(app, query)) {
        expect(count, `${query} ${person}`).toBe(await assetCount(app, `${query}&person_id=${person}`));
      }
    }
    // An album of another library: nobody's photos are in both.
    expect((await peopleCounts(app, `album_id=${home.albumIds[0]}&library_id=${work.libraryId}`)).size).toBe(
      0,
    );
  });
});

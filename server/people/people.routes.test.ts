import { describe, expect, it } from 'vitest';
import { Person, PersonPage } from '../../contract/entities.ts';
import { seedLibrary } from '../testing/seed.ts';
import { createTestApp, getJson } from '../testing/test-app.ts';

describe('people', () => {
  it('lists people with counts and avatars, paged', async () => {
    const { db, app } = createTestApp();
    const lib = seedLibrary(db, { assets: 12, people: 3 });
    const page = PersonPage.parse((await getJson(app, '/api/people?limit=2')).body);
    expect(page.has_more).toBe(true);
    const next = PersonPage.parse(
      (await getJson(app, `/api/people?limit=2&starting_after_id=${page.data[1]!.id}`)).body,
    );
    const people = [...page.data, ...next.data];
    expect(people.map((p) => p.id).sort()).toEqual([...lib.personIds].sort());
    // Person j appears in every (j + 2)th asset of 12: 6, 4 and 3 assets.
    const counts = Object.fromEntries(people.map((p) => [p.name, p.asset_count]));
    expect(counts).toEqual({ [lib.personNames[0]!]: 6, [lib.personNames[1]!]: 4, [lib.personNames[2]!]: 3 });
    for (const p of people) expect(p.thumbnail_face_url).toMatch(/^\/api\/faces\/face_\w{22}\/thumbnail$/);
  });

  it('filters by asset, album and library', async () => {
    const { db, app } = createTestApp();
    const lib = seedLibrary(db, { assets: 12, people: 3, albums: 2 });
    const other = seedLibrary(db, { assets: 2, people: 1, albums: 0, root: '/other' });
    const ofAsset = PersonPage.parse((await getJson(app, `/api/people?asset_id=${lib.assetIds[0]}`)).body);
    expect(ofAsset.data.map((p) => p.name).sort()).toEqual([...lib.personNames].sort());
    // Album B holds the odd assets: only person 1 (every 3rd: 3 and 9) appears there.
    const ofAlbum = PersonPage.parse((await getJson(app, `/api/people?album_id=${lib.albumIds[1]}`)).body);
    expect(ofAlbum.data.map((p) => p.name)).toEqual([lib.personNames[1]]);
    const ofOther = PersonPage.parse((await getJson(app, `/api/people?library_id=${other.libraryId}`)).body);
    expect(ofOther.data.map((p) => p.name)).toEqual([lib.personNames[0]]);
  });

  it('gets one person; 404 for an unknown one', async () => {
    const { db, app } = createTestApp();
    const lib = seedLibrary(db, { assets: 4, people: 1 });
    expect(Person.parse((await getJson(app, `/api/people/${lib.personIds[0]}`)).body).name).toBe(
      lib.personNames[0],
    );
    expect(await getJson(app, '/api/people/person_2222222222222222222222')).toEqual({
      status: 404,
      body: { detail: 'Person not found' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { Face, FacePage } from '../../contract/entities.ts';
import { seedLibrary } from '../testing/seed.ts';
import { createTestApp, getJson } from '../testing/test-app.ts';

describe('faces', () => {
  it('lists faces by asset and by person, with pixel boxes', async () => {
    const { db, app } = createTestApp();
    const lib = seedLibrary(db, { assets: 10, people: 2 });
    // Asset 0 has both people and one unnamed face.
    const ofAsset = FacePage.parse((await getJson(app, `/api/faces?asset_id=${lib.assetIds[0]}`)).body);
    expect(ofAsset.data).toHaveLength(3);
    expect(ofAsset.data.filter((f) => f.person_id === null)).toHaveLength(1);
    expect(ofAsset.data.map((f) => f.bounding_box)).toContainEqual({ x: 100, y: 300, w: 300, h: 300 });
    const ofPerson = FacePage.parse(
      (await getJson(app, `/api/faces?person_id=${lib.personIds[1]}&limit=1000`)).body,
    );
    expect(ofPerson.data).toHaveLength(4); // assets 0, 3, 6, 9
    const both = FacePage.parse(
      (
        await getJson(
          app,
          `/api/faces?person_id=${lib.personIds[1]}&asset_id=${lib.assetIds[0]}&library_id=${lib.libraryId}`,
        )
      ).body,
    );
    expect(both.data).toHaveLength(1);
  });

  it('pages faces without gaps or repeats', async () => {
    const { db, app } = createTestApp();
    seedLibrary(db, { assets: 30, people: 3 });
    const all = FacePage.parse((await getJson(app, '/api/faces?limit=1000')).body).data.map((f) => f.id);
    const walked: string[] = [];
    let after = '';
    for (;;) {
      const page = FacePage.parse((await getJson(app, `/api/faces?limit=7${after}`)).body);
      walked.push(...page.data.map((f) => f.id));
      if (!page.has_more) break;
      after = `&starting_after_id=${page.data[page.data.length - 1]!.id}`;
    }
    expect(walked).toEqual(all);
    expect(new Set(walked).size).toBe(all.length);
  });

  it('gets one face; 404 otherwise', async () => {
    const { db, app } = createTestApp();
    const lib = seedLibrary(db, { assets: 2, people: 1 });
    const list = FacePage.parse((await getJson(app, `/api/faces?asset_id=${lib.assetIds[0]}`)).body);
    const face = Face.parse((await getJson(app, `/api/faces/${list.data[0]!.id}`)).body);
    expect(face.asset_id).toBe(lib.assetIds[0]);
    expect(await getJson(app, '/api/faces/face_2222222222222222222222')).toEqual({
      status: 404,
      body: { detail: 'Face not found' },
    });
    expect((await getJson(app, '/api/faces/face_2222222222222222222222/thumbnail')).status).toBe(404);
  });
});

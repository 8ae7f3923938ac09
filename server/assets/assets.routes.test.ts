import { beforeEach, describe, expect, it } from 'vitest';
import { AssetPage, Asset } from '../../contract/entities.ts';
import { seedLibrary, type SeededLibrary } from '../testing/seed.ts';
import { createTestApp, getJson } from '../testing/test-app.ts';

type TestApp = ReturnType<typeof createTestApp>['app'];

/** Walk every page of a list with the given query, as a client would. */
async function walk(app: TestApp, query: string, limit: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let pages = 0;
  let after: string | undefined;
  for (;;) {
    const cursor = after ? `&starting_after_id=${after}` : '';
    const { status, body } = await getJson(app, `/api/assets?limit=${limit}${query}${cursor}`);
    expect(status).toBe(200);
    const page = AssetPage.parse(body);
    pages++;
    ids.push(...page.data.map((a) => a.id));
    if (!page.has_more || page.data.length === 0) break;
    after = page.data[page.data.length - 1]!.id;
  }
  return { ids, pages };
}

describe('GET /api/assets', () => {
  let app: TestApp;
  let lib: SeededLibrary;
  beforeEach(() => {
    const t = createTestApp();
    app = t.app;
    lib = seedLibrary(t.db, { assets: 57, albums: 3, people: 3 });
  });

  it('walks every asset once, newest first, with has_more exact', async () => {
    const { ids, pages } = await walk(app, '', 10);
    expect(ids).toEqual(lib.assetIds);
    expect(pages).toBe(6);
  });

  it('ends with has_more false on an exact multiple of limit', async () => {
    const { body: first } = await getJson(app, '/api/assets?limit=57');
    expect(first.data).toHaveLength(57);
    expect(first.has_more).toBe(false);
    const { ids, pages } = await walk(app, '', 19);
    expect(ids).toHaveLength(57);
    expect(pages).toBe(3);
  });

  it('defaults to 100 per page', async () => {
    const t = createTestApp();
    seedLibrary(t.db, { assets: 130 });
    const { body } = await getJson(t.app, '/api/assets');
    expect(body.data).toHaveLength(100);
    expect(body.has_more).toBe(true);
  });

  it('orders by wall-clock local_datetime whatever the offset, ties by id descending', async () => {
    const { body } = await getJson(app, '/api/assets?limit=1000');
    const keys = body.data.map((a: Asset) => a.local_datetime.slice(0, 19));
    expect([...keys].sort().reverse()).toEqual(keys);
  });

  it('carries exif, faces, people and image urls', async () => {
    const { body } = await getJson(app, `/api/assets/${lib.assetIds[0]}`);
    const asset = Asset.parse(body);
    expect(asset.exif?.make).toBe('Canon');
    expect(asset.width).toBe(4000);
    expect(asset.faces?.length).toBeGreaterThan(0);
    expect(asset.people?.map((p) => p.name)).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(asset.thumbnail_url).toMatch(new RegExp(`^/api/assets/${asset.id}/thumbnail\\?v=`));
    expect(asset.download_url).toBe(`/api/assets/${asset.id}/download`);
    const faceOfPerson = asset.faces!.find((f) => f.person_id);
    expect(asset.people!.map((p) => p.id)).toContain(faceOfPerson!.person_id);
  });

  // Seeded asset i (newest first) is in album i % 3 and shows person j when i % (j + 2) === 0.
  it.each([
    ['album', { album: 1 }],
    ['person', { person: 0 }],
    ['album + person', { album: 0, person: 1 }],
    ['library', { library: true }],
    ['library + album + person', { library: true, album: 2, person: 2 }],
  ] as const)(
    'filters by %s, combined with AND, across pages',
    async (_name, f: { album?: number; person?: number; library?: boolean }) => {
      const params = new URLSearchParams();
      if (f.library) params.set('library_id', lib.libraryId);
      if (f.album !== undefined) params.set('album_id', lib.albumIds[f.album]!);
      if (f.person !== undefined) params.set('person_id', lib.personIds[f.person]!);
      const expected = lib.assetIds.filter(
        (_, i) =>
          (f.album === undefined || i % 3 === f.album) &&
          (f.person === undefined || i % (f.person + 2) === 0),
      );
      expect(expected.length).toBeGreaterThan(1);
      const { ids, pages } = await walk(app, `&${params}`, 4);
      expect(ids).toEqual(expected);
      expect(pages).toBeGreaterThan(1);
    },
  );

  it('gives an empty page for an empty library and a filter nothing matches', async () => {
    const empty = createTestApp();
    expect((await getJson(empty.app, '/api/assets')).body).toEqual({ data: [], has_more: false });
    const other = seedLibrary(empty.db, { assets: 3, root: '/other', albums: 1 });
    const { body } = await getJson(app, `/api/assets?album_id=${other.albumIds[0]}`);
    expect(body).toEqual({ data: [], has_more: false });
  });

  it.each([
    ['limit=0', 'limit', 'greater_than_equal'],
    ['limit=1001', 'limit', 'less_than_equal'],
    ['limit=abc', 'limit', 'int_parsing'],
    ['limit=2.5', 'limit', 'int_parsing'],
    ['album_id=nope', 'album_id', 'string_pattern_mismatch'],
    ['person_id=album_22222222222222222222222', 'person_id', 'string_pattern_mismatch'],
  ])('answers 422 FastAPI-style for %s', async (query, param, type) => {
    const { status, body } = await getJson(app, `/api/assets?${query}`);
    expect(status).toBe(422);
    expect(body.detail).toEqual([
      expect.objectContaining({ loc: ['query', param], type, msg: expect.any(String) }),
    ]);
  });

  it('answers 422 for an unknown cursor', async () => {
    const { status, body } = await getJson(app, '/api/assets?starting_after_id=asset_2222222222222222222222');
    expect(status).toBe(422);
    expect(body.detail[0].loc).toEqual(['query', 'starting_after_id']);
  });

  it('takes the last of a repeated parameter, as FastAPI does', async () => {
    const { status, body } = await getJson(app, '/api/assets?limit=500&limit=2');
    expect(status).toBe(200);
    expect(body.data).toHaveLength(2);
  });

  it('answers 404 with a detail for an unknown asset', async () => {
    for (const path of [
      '/api/assets/asset_2222222222222222222222',
      '/api/assets/x/thumbnail',
      '/api/assets/x/download',
    ]) {
      const { status, body } = await getJson(app, path);
      expect(status).toBe(404);
      expect(body).toEqual({ detail: 'Asset not found' });
    }
  });

  it('refuses writes with 405', async () => {
    const res = await app.request('/api/assets', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(await res.json()).toEqual({ detail: 'Method Not Allowed' });
  });
});

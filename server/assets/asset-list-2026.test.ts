import { beforeAll, describe, expect, it } from 'vitest';
import { AssetPage } from '../../contract/entities.ts';
import type { Db } from '../db/open-db.ts';
import { SEED_OFFSETS, SEED_PLACES, seedLibrary, type SeededLibrary } from '../testing/seed.ts';
import { createTestApp, getJson } from '../testing/test-app.ts';

type TestApp = ReturnType<typeof createTestApp>['app'];

/** Page through a list with `starting_after_id`, failing on a repeated id. */
async function walk(app: TestApp, query: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const cursor = after ? `&starting_after_id=${after}` : '';
    const { status, body } = await getJson(app, `/api/assets?limit=${limit}&${query}${cursor}`);
    expect(status, JSON.stringify(body)).toBe(200);
    const page = AssetPage.parse(body);
    ids.push(...page.data.map((a) => a.id));
    if (!page.has_more) break;
    after = page.data[page.data.length - 1]!.id;
  }
  expect(new Set(ids).size).toBe(ids.length);
  return ids;
}

// Seeded asset i (newest first, one every 7 hours back from 2024-06-01T12:00 wall clock): album
// i % 3, person j when i % (j + 2) === 0, a video when i % 7 === 3, a position when i % 3 === 0
// (SEED_PLACES[(i / 3) % 4]), offset SEED_OFFSETS[i % 4].
const N = 90;
const wallOf = (i: number) => new Date(Date.UTC(2024, 5, 1, 12) - i * 7 * 3600_000);
const offsetMinutes = (i: number) => {
  const zone = SEED_OFFSETS[i % SEED_OFFSETS.length];
  if (!zone) return null;
  return (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
};
const placeOf = (i: number) => (i % 3 === 0 ? SEED_PLACES[(i / 3) % SEED_PLACES.length]! : null);

describe('GET /api/assets: the 2026 parameters', () => {
  let app: TestApp;
  let db: Db;
  let lib: SeededLibrary;
  let loose: SeededLibrary;
  const where = (keep: (i: number) => boolean) => lib.assetIds.filter((_, i) => keep(i));
  const ids = async (query: string) => {
    const { status, body } = await getJson(app, `/api/assets?limit=1000&${query}`);
    expect(status, JSON.stringify(body)).toBe(200);
    return AssetPage.parse(body).data.map((a) => a.id);
  };
  beforeAll(() => {
    ({ app, db } = createTestApp());
    lib = seedLibrary(db, { assets: N, albums: 3, people: 3, variety: true });
    loose = seedLibrary(db, { assets: 5, albums: 0, people: 0, root: '/loose' });
  });

  it.each([
    '',
    `library_id=PLACEHOLDER`,
    'person_ids=P0,P1',
    'person_ids=P1,P0&local_datetime_before=2024-05-20T00:00:00',
    'album_id=A1',
    'media_type=image',
  ])('walks the whole list in each order with no repeat or gap (%s)', async (template) => {
    const query = template
      .replace('PLACEHOLDER', lib.libraryId)
      .replace('P0', lib.personIds[0]!)
      .replace('P1', lib.personIds[1]!)
      .replace('A1', lib.albumIds[1]!);
    const all = await ids(query);
    expect(all.length).toBeGreaterThan(5);
    expect(await walk(app, query, 4)).toEqual(all);
    expect(await walk(app, `${query}&order=asc`, 4)).toEqual([...all].reverse());
    expect(await walk(app, `${query}&order=desc`, 7)).toEqual(all);
  });

  it('ANDs person_ids, repeated or comma-joined; person_id is the one-value alias', async () => {
    const [p0, p1, p2] = lib.personIds as [string, string, string];
    const both = where((i) => i % 6 === 0);
    expect(await ids(`person_ids=${p0},${p1}`)).toEqual(both);
    expect(await ids(`person_ids=${p0}&person_ids=${p1}`)).toEqual(both);
    expect(await ids(`person_ids=${p1}&person_ids=${p0}&person_ids=${p2}`)).toEqual(
      where((i) => i % 12 === 0),
    );
    expect(await ids(`person_id=${p1}`)).toEqual(where((i) => i % 3 === 0));
    expect(await ids(`person_ids=${p1}&album_id=${lib.albumIds[0]}&person_ids=${p0}`)).toEqual(both);
    for (const both of [`person_id=${p0}&person_ids=${p1}`, `person_id=${p0}&person_ids=${p0},${p1}`]) {
      const { status, body } = await getJson(app, `/api/assets?${both}`);
      expect(status).toBe(422);
      expect(body.detail[0].loc).toEqual(['query', 'person_id']);
    }
    // The same one person both ways is what a client unsure of the generation sends: allowed.
    expect(await ids(`person_id=${p1}&person_ids=${p1}`)).toEqual(where((i) => i % 3 === 0));
  });

  it('bounds capture time exclusively: naive by wall clock, with an offset in UTC where known', async () => {
    const k = 40;
    const wall = wallOf(k).toISOString().slice(0, 19);
    expect(await ids(`library_id=${lib.libraryId}&local_datetime_before=${wall}`)).toEqual(
      where((i) => i > k),
    );
    expect(await ids(`library_id=${lib.libraryId}&local_datetime_after=${wall}`)).toEqual(
      where((i) => i < k),
    );
    const both = `local_datetime_after=${wallOf(50).toISOString().slice(0, 19)}&local_datetime_before=${wall}`;
    expect(await ids(`library_id=${lib.libraryId}&${both}`)).toEqual(where((i) => i > k && i < 50));
    // 2024-05-20T03:00+05:00 is 22:00 UTC the day before.
    for (const op of ['after', 'before'] as const) {
      const value = '2024-05-20T03:00:00+05:00';
      const bound = Date.UTC(2024, 4, 19, 22);
      const wallBound = Date.UTC(2024, 4, 20, 3);
      const expected = where((i) => {
        const offset = offsetMinutes(i);
        const t = offset === null ? wallOf(i).getTime() : wallOf(i).getTime() - offset * 60_000;
        const b = offset === null ? wallBound : bound;
        return op === 'after' ? t > b : t < b;
      });
      expect(expected.length).toBeGreaterThan(0);
      const got = await ids(`library_id=${lib.libraryId}&local_datetime_${op}=${encodeURIComponent(value)}`);
      expect(got).toEqual(expected);
    }
    expect(await ids(`library_id=${lib.libraryId}&local_datetime_before=2024-05-20`)).toEqual(
      where((i) => wallOf(i).getTime() < Date.UTC(2024, 4, 20)),
    );
  });

  it('takes bounds at the ends of the calendar, with offsets that reach past them', async () => {
    const everything = await ids('');
    expect(await ids(`local_datetime_before=${encodeURIComponent('9999-12-31T23:59:59+14:00')}`)).toEqual(
      everything,
    );
    expect(await ids('local_datetime_after=0000-01-01T00:00:00-12:00')).toEqual(everything);
    expect(await ids(`local_datetime_before=${encodeURIComponent('0000-01-01T00:00:00+14:00')}`)).toEqual([]);
    expect(await ids(`local_datetime_after=${encodeURIComponent('9999-12-31T23:59:59.999-12:00')}`)).toEqual(
      [],
    );
  });

  it('filters media_type, ids, state and stack_id', async () => {
    expect(await ids(`library_id=${lib.libraryId}&media_type=video`)).toEqual(where((i) => i % 7 === 3));
    expect(await ids(`library_id=${lib.libraryId}&media_type=image`)).toEqual(where((i) => i % 7 !== 3));
    const some = [lib.assetIds[3]!, lib.assetIds[4]!, lib.assetIds[6]!];
    expect(await ids(`ids=${some.join(',')}`)).toEqual(some);
    expect(await ids(`ids=${some[0]}&ids=${some[1]}&ids=${some[2]}&person_id=${lib.personIds[0]}`)).toEqual([
      some[1],
      some[2],
    ]);
    const everything = await ids('');
    expect(everything).toHaveLength(N + 5);
    expect(await ids('state=live')).toEqual(everything);
    expect(await ids('state=all')).toEqual(everything);
    expect(await ids('state=trashed')).toEqual([]);
    expect(await ids('stack_id=asset_stack_2222222222222222222222')).toEqual([]);
  });

  it('filters album_filter: in an album or not', async () => {
    expect(await ids('album_filter=in_album')).toEqual(lib.assetIds);
    expect(await ids('album_filter=not_in_album')).toEqual(loose.assetIds);
    expect(await ids('album_filter=all')).toHaveLength(N + 5);
  });

  it('filters by bbox, across the antimeridian too, and by center + radius', async () => {
    const at = (...names: string[]) => where((i) => names.includes(placeOf(i)?.name ?? ''));
    expect(await ids('bbox=-10,38,-8,42')).toEqual(at('Lisbon', 'Porto'));
    expect(await ids('bbox=170,-30,-160,0')).toEqual(at('Suva', 'Apia'));
    expect(await ids('bbox=170,-30,180,0')).toEqual(at('Suva'));
    expect(await ids('bbox=-180,-90,180,90')).toEqual(where((i) => i % 3 === 0));
    expect(await ids('center=-9.14,38.72&radius=50000')).toEqual(at('Lisbon'));
    // Porto is ~275 km from Lisbon; Apia ~1,100 km from Suva, across the antimeridian.
    expect(await ids('center=-9.14,38.72&radius=1000')).toEqual(at('Lisbon'));
    expect(await ids('center=179.9,-16&radius=50000')).toEqual([]);
    expect(await ids('center=178.44,-18.14&radius=2000&order=asc')).toEqual(at('Suva').reverse());
  });

  it.each([
    ['person_ids=person_x', 'person_ids'],
    [`person_ids=${'person_2222222222222222222222,'.repeat(201)}`, 'person_ids'],
    [`ids=${'asset_2222222222222222222222,'.repeat(201)}`, 'ids'],
    ['ids=album_2222222222222222222222', 'ids'],
    ['local_datetime_after=yesterday', 'local_datetime_after'],
    ['local_datetime_before=2024-02-30T00:00:00', 'local_datetime_before'],
    ['local_datetime_before=2024-06-01T25:00:00', 'local_datetime_before'],
    ['order=newest', 'order'],
    ['media_type=audio', 'media_type'],
    ['album_filter=some', 'album_filter'],
    ['album_filter=in_album&album_id=album_2222222222222222222222', 'album_filter'],
    ['state=deleted', 'state'],
    ['stack_id=stack_1', 'stack_id'],
    ['bbox=1,2,3', 'bbox'],
    ['bbox=1,50,2,40', 'bbox'],
    ['bbox=-190,0,0,10', 'bbox'],
    ['bbox=0,0,1,1&center=0,0&radius=10', 'bbox'],
    ['center=0,0', 'radius'],
    ['radius=10', 'center'],
    ['center=0,0&radius=0', 'radius'],
    ['center=0,0&radius=50001', 'radius'],
    ['center=0,95&radius=10', 'center'],
    ['include=everything', 'include'],
    ['limit=1001', 'limit'],
  ])('answers 422 naming the parameter for %s', async (query, param) => {
    const { status, body } = await getJson(app, `/api/assets?${query}`);
    expect(status).toBe(422);
    expect(body.detail.map((d: { loc: string[] }) => d.loc)).toEqual([['query', param]]);
  });

  it('keeps the 2025 limits: up to 1000 a page, 100 by default', async () => {
    expect(await ids('limit=1000')).toHaveLength(N + 5);
    expect((await getJson(app, '/api/assets?order=asc')).body.data).toHaveLength(N + 5);
    expect((await getJson(app, '/api/assets?limit=3&order=asc')).body.has_more).toBe(true);
  });
});

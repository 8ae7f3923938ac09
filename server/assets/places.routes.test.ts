import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/open-db.ts';
import { seedLibrary, type SeededLibrary } from '../testing/seed.ts';
import { createTestApp, getJson } from '../testing/test-app.ts';
import type { CountryPlace } from './places.ts';

type TestApp = ReturnType<typeof createTestApp>['app'];

// The seed puts even assets in Lisbon, Portugal; here odd ones get other places: i % 4 === 1 in
// Porto written with the code "PT" (one country with Portugal), i % 12 === 3 in a country with no
// code we know (its name is its key), i % 12 === 7 a country and no city; the rest no place.
const N = 240;
const PEOPLE = 3;
const ALBUMS = 3;
const placeOf = (i: number) =>
  i % 2 === 0
    ? { country: 'Portugal', city: 'Lisbon' }
    : i % 4 === 1
      ? { country: 'PT', city: 'Porto', state: 'Porto' }
      : i % 12 === 3
        ? { country: 'Narnia', city: 'Cair Paravel' }
        : i % 12 === 7
          ? { country: 'Iceland' }
          : null;
const inPerson = (i: number, j: number) => i % (j + 2) === 0;
const inAlbum = (i: number, k: number) => i % ALBUMS === k;

/** The places the model gives for the assets `keep` keeps (hidden and deleted ones aside). */
function expectedPlaces(keep: (i: number) => boolean, gone: Set<number>) {
  const countries = new Map<string, { count: number; cities: Map<string, number> }>();
  for (let i = 0; i < N; i++) {
    const place = placeOf(i);
    if (!place || gone.has(i) || !keep(i)) continue;
    const key = { PT: 'PT', Portugal: 'PT', Iceland: 'IS' }[place.country] ?? place.country;
    const country = countries.get(key) ?? { count: 0, cities: new Map<string, number>() };
    country.count += 1;
    if (place.city) country.cities.set(place.city, (country.cities.get(place.city) ?? 0) + 1);
    countries.set(key, country);
  }
  return Object.fromEntries(
    [...countries].map(([key, c]) => [key, { count: c.count, cities: Object.fromEntries(c.cities) }]),
  );
}

const shape = (countries: CountryPlace[]) =>
  Object.fromEntries(
    countries.map((c) => [
      c.country_code ?? c.country,
      {
        count: c.asset_count,
        cities: Object.fromEntries(c.cities.map((city) => [city.city, city.asset_count])),
      },
    ]),
  );

describe('GET /api/assets/places and the place filters', () => {
  let app: TestApp;
  let db: Db;
  let lib: SeededLibrary;
  /** Seed index i → asset id. */
  const ids: string[] = [];
  const gone = new Set<number>();
  const places = async (query = '') => {
    const { status, body } = await getJson(app, `/api/assets/places?${query}`);
    expect(status, JSON.stringify(body)).toBe(200);
    return body as { countries: CountryPlace[] };
  };
  const listCount = async (query: string) => {
    const { status, body } = await getJson(app, `/api/assets?limit=1000&${query}`);
    expect(status, JSON.stringify(body)).toBe(200);
    return (body.data as unknown[]).length;
  };

  beforeAll(() => {
    ({ app, db } = createTestApp());
    lib = seedLibrary(db, { assets: N, albums: ALBUMS, people: PEOPLE });
    const byKey = db.prepare("SELECT id FROM assets WHERE rel_path LIKE '%IMG_' || ? || '.jpg'");
    for (let i = 0; i < N; i++) ids.push((byKey.get(String(i).padStart(5, '0')) as { id: string }).id);
    const setPlace = db.prepare(
      `UPDATE assets SET exif_json = json_set(exif_json, '$.country', ?, '$.city', ?, '$.state', ?) WHERE id = ?`,
    );
    // Through UPDATE, so the triggers that keep the place counts are what is tested.
    for (let i = 1; i < N; i += 2) {
      const place = placeOf(i);
      if (place) setPlace.run(place.country, place.city ?? null, place.state ?? null, ids[i]);
    }
    // A deleted photo and a stack's hidden member count nowhere.
    db.prepare('DELETE FROM assets WHERE id = ?').run(ids[0]);
    // As the indexer hides a member: it keeps no album or person links.
    db.prepare('DELETE FROM album_assets WHERE asset_id = ?').run(ids[5]);
    db.prepare('DELETE FROM asset_people WHERE asset_id = ?').run(ids[5]);
    db.prepare('UPDATE assets SET stack_hidden = 1 WHERE id = ?').run(ids[5]);
    gone.add(0).add(5);
  });

  it('lists countries by code (a name and its code are one) and their cities, most photos first', async () => {
    const { countries } = await places();
    expect(shape(countries)).toEqual(expectedPlaces(() => true, gone));
    expect(countries[0]).toMatchObject({ country_code: 'PT', country: 'Portugal' });
    expect(countries[0]!.cities.map((c) => c.city)).toEqual(['Lisbon', 'Porto']);
    expect(countries[0]!.cities[1]!.state).toBe('Porto');
    expect(countries.find((c) => c.country === 'Narnia')!.country_code).toBeNull();
    expect(countries.find((c) => c.country === 'Iceland')!.cities).toEqual([]);
  });

  it('narrows by library, person, album and time, whichever table answers', async () => {
    expect(shape((await places(`library_id=${lib.libraryId}`)).countries)).toEqual(
      expectedPlaces(() => true, gone),
    );
    for (let j = 0; j < PEOPLE; j++) {
      const { countries } = await places(`person_id=${lib.personIds[j]}`);
      expect(shape(countries)).toEqual(expectedPlaces((i) => inPerson(i, j), gone));
    }
    for (let k = 0; k < ALBUMS; k++) {
      const { countries } = await places(`album_id=${lib.albumIds[k]}`);
      expect(shape(countries)).toEqual(expectedPlaces((i) => inAlbum(i, k), gone));
    }
    const both = await places(`album_id=${lib.albumIds[1]}&person_id=${lib.personIds[0]}`);
    expect(shape(both.countries)).toEqual(expectedPlaces((i) => inAlbum(i, 1) && inPerson(i, 0), gone));
    // Asset i is 7i hours before 2024-06-01T12:00 (wall clock): 700 hours back is i = 100.
    const recent = await places('local_datetime_after=2024-05-03T08:00:00');
    expect(shape(recent.countries)).toEqual(expectedPlaces((i) => i < 100, gone));
  });

  it('a place filter lists and counts exactly what the places say', async () => {
    for (const country of (await places()).countries) {
      const code = encodeURIComponent(country.country_code ?? country.country);
      expect(await listCount(`country_code=${code}`)).toBe(country.asset_count);
      const months = await getJson(app, `/api/assets/counts?limit=200&country_code=${code}`);
      const monthTotal = (months.body.data as { count: number }[]).reduce((sum, b) => sum + b.count, 0);
      expect(monthTotal).toBe(country.asset_count);
      for (const city of country.cities) {
        const q = `country_code=${code}&city=${encodeURIComponent(city.city)}`;
        expect(await listCount(q)).toBe(city.asset_count);
      }
    }
    // The name a code stands for, written out, is the same filter.
    expect(await listCount('country_code=Portugal')).toBe(await listCount('country_code=PT'));
    expect(await listCount('country_code=FR')).toBe(0);
    const person = lib.personIds[1]!;
    const lisbon = await listCount(`person_id=${person}&country_code=PT&city=Lisbon`);
    expect(lisbon).toBe(expectedPlaces((i) => inPerson(i, 1), gone).PT!.cities.Lisbon);
  });

  it('refuses nonsense with a 422 naming the parameter', async () => {
    const clusters = '/api/assets/geo-clusters?bbox=-180,-85,180,85&cell_size=10&';
    const PATHS_422 = [
      '/api/assets?',
      '/api/assets/places?',
      '/api/assets/counts?',
      clusters,
      '/api/albums?',
      '/api/people?',
    ];
    for (const [query, param] of [
      ['country_code=pt', 'country_code'],
      ['country_code=P', 'country_code'],
      ['country_code=%20%20', 'country_code'],
      ['country_code=Por%01tugal', 'country_code'],
      [`country_code=${'x'.repeat(201)}`, 'country_code'],
      ['city=Lisbon', 'city'],
      ['country_code=PT&city=', 'city'],
    ] as const) {
      for (const path of PATHS_422) {
        const { status, body } = await getJson(app, `${path}${query}`);
        expect(status, `${path}${query}`).toBe(422);
        expect(JSON.stringify(body), `${path}${query}`).toContain(param);
      }
    }
  });

  it('a place narrows albums and people, counted under the other filters too', async () => {
    const albumsIn = async (query: string) => {
      const { body } = await getJson(app, `/api/albums?${query}`);
      return Object.fromEntries(
        (body.data as { id: string; matching_asset_count: number }[]).map((a) => [
          a.id,
          a.matching_asset_count,
        ]),
      );
    };
    const peopleIn = async (query: string) => {
      const { body } = await getJson(app, `/api/people?${query}`);
      return Object.fromEntries(
        (body.data as { id: string; matching_asset_count: number }[]).map((p) => [
          p.id,
          p.matching_asset_count,
        ]),
      );
    };
    for (const place of ['country_code=PT&city=Porto', 'country_code=Narnia', 'country_code=PT']) {
      for (const extra of ['', `&person_id=${lib.personIds[0]}`]) {
        const expected: Record<string, number> = {};
        for (const album of lib.albumIds) {
          const n = await listCount(`album_id=${album}&${place}${extra}`);
          if (n > 0) expected[album] = n;
        }
        expect(await albumsIn(`${place}${extra}`), `${place}${extra}`).toEqual(expected);
      }
      for (const extra of ['', `&album_id=${lib.albumIds[2]}`, `&library_id=${lib.libraryId}`]) {
        const expected: Record<string, number> = {};
        for (const person of lib.personIds) {
          const n = await listCount(`person_id=${person}&${place}${extra}`);
          if (n > 0) expected[person] = n;
        }
        expect(await peopleIn(`${place}${extra}`), `${place}${extra}`).toEqual(expected);
      }
    }
    // The chosen one asked by id under a place it isn't in: an empty page (the sidebar pins it at 0).
    expect(await peopleIn(`ids=${lib.personIds[2]}&country_code=IS`)).toEqual({});
  });

  it('keeps every count in step when a photo moves, loses its place or goes', async () => {
    const move = db.prepare(
      `UPDATE assets SET exif_json = json_set(exif_json, '$.country', ?, '$.city', ?) WHERE id = ?`,
    );
    move.run('Iceland', 'Reykjavík', ids[2]);
    db.prepare(`UPDATE assets SET exif_json = json_remove(exif_json, '$.country') WHERE id = ?`).run(ids[4]);
    db.prepare('DELETE FROM assets WHERE id = ?').run(ids[6]);
    // The trigger-kept tables answer these; a time bound before every photo makes the same
    // question walk the photos themselves.
    const walked = '&local_datetime_after=1990-01-01';
    expect(shape((await places()).countries)).toEqual(shape((await places(walked.slice(1))).countries));
    for (const query of [`person_id=${lib.personIds[0]}`, `album_id=${lib.albumIds[2]}`]) {
      expect(shape((await places(query)).countries), query).toEqual(
        shape((await places(`${query}${walked}`)).countries),
      );
    }
    const iceland = (await places()).countries.find((c) => c.country_code === 'IS')!;
    expect(iceland.cities).toEqual([{ city: 'Reykjavík', state: null, asset_count: 1 }]);
    const rows = db.prepare('SELECT count(*) AS n FROM person_place_counts WHERE count <= 0').get() as {
      n: number;
    };
    expect(rows.n).toBe(0);
  });
});

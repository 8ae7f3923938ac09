import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/open-db.ts';
import { SEED_PLACES, seedLibrary, type SeededLibrary } from '../testing/seed.ts';
import { createTestApp, getJson } from '../testing/test-app.ts';

type TestApp = ReturnType<typeof createTestApp>['app'];
interface Bucket {
  time_bucket: string;
  count: number;
  aspect_ratio_sum: number;
}
interface Cluster {
  latitude: number;
  longitude: number;
  count: number;
  representative_asset_id: string;
}

// Seeded as in asset-list-2026.test.ts: asset i one every 7 hours back from 2024-06-01T12:00
// (wall clock), a video (1080×1920) when i % 7 === 3, no size when i % 11 === 5, else 4000×3000;
// a position when i % 3 === 0.
const N = 400;
const wallOf = (i: number) => new Date(Date.UTC(2024, 5, 1, 12) - i * 7 * 3600_000);
const ratioOf = (i: number) => (i % 11 === 5 ? 1 : i % 7 === 3 ? 1080 / 1920 : 4000 / 3000);

describe('GET /api/assets/counts', () => {
  let app: TestApp;
  let db: Db;
  let lib: SeededLibrary;
  const listIds = async (query: string) => {
    const { status, body } = await getJson(app, `/api/assets?limit=1000&${query}`);
    expect(status, JSON.stringify(body)).toBe(200);
    return (body.data as { id: string }[]).map((a) => a.id);
  };
  const counts = async (query: string) => {
    const { status, body } = await getJson(app, `/api/assets/counts?group_by=month&limit=200&${query}`);
    expect(status, JSON.stringify(body)).toBe(200);
    return body as { data: Bucket[]; has_more: boolean };
  };
  beforeAll(() => {
    ({ app, db } = createTestApp());
    lib = seedLibrary(db, { assets: N, albums: 3, people: 3, variety: true });
    seedLibrary(db, { assets: 7, albums: 0, people: 1, root: '/loose' });
  });

  it('buckets by wall-clock month, newest first, with counts and aspect-ratio sums', async () => {
    const { data, has_more } = await counts(`library_id=${lib.libraryId}`);
    expect(has_more).toBe(false);
    const expected = new Map<string, { count: number; ratio: number }>();
    for (let i = 0; i < N; i++) {
      const month = `${wallOf(i).toISOString().slice(0, 7)}-01T00:00:00`;
      const e = expected.get(month) ?? { count: 0, ratio: 0 };
      expected.set(month, { count: e.count + 1, ratio: e.ratio + ratioOf(i) });
    }
    expect(data.map((b) => b.time_bucket)).toEqual([...expected.keys()]);
    expect(data[0]!.time_bucket).toBe('2024-06-01T00:00:00');
    for (const bucket of data) {
      const e = expected.get(bucket.time_bucket)!;
      expect(bucket.count).toBe(e.count);
      expect(bucket.aspect_ratio_sum).toBeCloseTo(e.ratio, 4);
    }
  });

  it.each([
    [''],
    ['album_id=A1'],
    ['person_id=P0'],
    ['album_id=A0&person_ids=P1'],
    ['person_ids=P0,P1,P2'],
    ['person_ids=P2,P0'],
    ['person_ids=P0,P1&local_datetime_after=2024-02-10T08:00:00&local_datetime_before=2024-05-02'],
    ['album_filter=not_in_album'],
    ['album_filter=in_album'],
    ['media_type=video'],
    ['bbox=170,-30,-160,0'],
    ['center=-9.14,38.72&radius=5000'],
    ['local_datetime_after=2024-03-15T00:00:00%2B09:00&local_datetime_before=2024-05-02'],
    ['state=trashed'],
  ])('sums to the list, bucket by bucket, for %s', async (template) => {
    const query = template
      .replace('A0', lib.albumIds[0]!)
      .replace('A1', lib.albumIds[1]!)
      .replace('P0', lib.personIds[0]!)
      .replace('P1', lib.personIds[1]!)
      .replace('P2', lib.personIds[2]!);
    const { data } = await counts(query);
    const all = await listIds(query);
    expect(data.reduce((sum, b) => sum + b.count, 0)).toBe(all.length);
    if (template !== 'state=trashed') expect(all.length).toBeGreaterThan(0);
    // Each bucket is what the list gives for its window (the bucket start itself included).
    for (const [k, bucket] of data.entries()) {
      const start = new Date(`${bucket.time_bucket}Z`);
      const justBefore = new Date(start.getTime() - 1).toISOString().slice(0, 23);
      const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1))
        .toISOString()
        .slice(0, 19);
      const window = `local_datetime_after=${justBefore}&local_datetime_before=${next}`;
      if (query.includes('local_datetime')) continue;
      expect((await listIds(`${query}&${window}`)).length, `bucket ${k}`).toBe(bucket.count);
    }
  });

  it('counts the assets several people share, month by month, with their aspect-ratio sums', async () => {
    for (const people of [
      lib.personIds.slice(0, 2),
      lib.personIds.slice(0, 3),
      [lib.personIds[2]!, lib.personIds[1]!],
    ]) {
      const { data } = await counts(`person_ids=${people.join(',')}`);
      // The same set said another way: assets linked to as many of these people as there are.
      const expected = db
        .prepare(
          `SELECT substr(a.sort_key, 1, 7) || '-01T00:00:00' AS time_bucket, count(*) AS count,
             total(CASE WHEN a.width > 0 AND a.height > 0 THEN CAST(a.width AS REAL) / a.height ELSE 1 END) AS ratio
           FROM assets a WHERE (SELECT count(*) FROM asset_people p
             WHERE p.asset_id = a.id AND p.person_id IN (SELECT value FROM json_each(?))) = ?
           GROUP BY 1 ORDER BY 1 DESC`,
        )
        .all(JSON.stringify(people), people.length) as {
        time_bucket: string;
        count: number;
        ratio: number;
      }[];
      expect(expected.length).toBeGreaterThan(0);
      expect(data.map((b) => [b.time_bucket, b.count])).toEqual(
        expected.map((e) => [e.time_bucket, e.count]),
      );
      data.forEach((b, i) => expect(b.aspect_ratio_sum).toBeCloseTo(expected[i]!.ratio, 6));
    }
  });

  it('is exclusive at a bucket edge: an asset at midnight on the 1st is in its month only', async () => {
    // Move one asset to exactly the start of March (wall clock, as the indexer would store it).
    const id = lib.assetIds[10]!;
    db.prepare("UPDATE assets SET local_datetime = '2024-03-01T00:00:00', sort_key = ? WHERE id = ?").run(
      '2024-03-01T00:00:00.000',
      id,
    );
    const edge = '2024-03-01T00:00:00';
    expect(await listIds(`local_datetime_before=${edge}&ids=${id}`)).toEqual([]);
    expect(await listIds(`local_datetime_after=${edge}&ids=${id}`)).toEqual([]);
    expect(await listIds(`local_datetime_after=2024-02-29T23:59:59.999&ids=${id}`)).toEqual([id]);
    const { data } = await counts(`ids=${id}`);
    expect(data).toEqual([
      { time_bucket: '2024-03-01T00:00:00', count: 1, aspect_ratio_sum: expect.any(Number) },
    ]);
    expect((await counts(`ids=${id}&local_datetime_before=${edge}`)).data).toEqual([]);
    // Put it back for the other tests.
    const wall = wallOf(10).toISOString().slice(0, 19);
    db.prepare('UPDATE assets SET local_datetime = ?, sort_key = ? WHERE id = ?').run(
      `${wall}`,
      `${wall}.000`,
      id,
    );
  });

  it('pages by passing the last time_bucket as local_datetime_before', async () => {
    const whole = (await counts(`person_id=${lib.personIds[0]}`)).data;
    expect(whole.length).toBeGreaterThan(4);
    const pages: Bucket[] = [];
    let before = '';
    for (;;) {
      const { status, body } = await getJson(
        app,
        `/api/assets/counts?limit=2&person_id=${lib.personIds[0]}${before}`,
      );
      expect(status).toBe(200);
      pages.push(...(body.data as Bucket[]));
      if (!body.has_more) break;
      expect(body.data).toHaveLength(2);
      before = `&local_datetime_before=${body.data[1].time_bucket}`;
    }
    expect(pages).toEqual(whole);
    // Without group_by or limit: month and 20 buckets (more than this library has).
    expect((await getJson(app, '/api/assets/counts')).body).toEqual(await counts(''));
    const t = createTestApp();
    seedLibrary(t.db, { assets: 2200, albums: 0, people: 0 });
    const { body } = await getJson(t.app, '/api/assets/counts');
    expect(body.data).toHaveLength(20);
    expect(body.has_more).toBe(true);
  });

  it.each([
    ['group_by=week', 'group_by'],
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['person_ids=person_x', 'person_ids'],
    ['album_filter=in_album&album_id=album_2222222222222222222222', 'album_filter'],
    ['local_datetime_before=soon', 'local_datetime_before'],
    ['state=gone', 'state'],
  ])('answers 422 naming the parameter for %s', async (query, param) => {
    const { status, body } = await getJson(app, `/api/assets/counts?${query}`);
    expect(status).toBe(422);
    expect(body.detail.map((d: { loc: string[] }) => d.loc)).toEqual([['query', param]]);
  });
});

describe('GET /api/assets/geo-clusters', () => {
  let app: TestApp;
  let db: Db;
  let lib: SeededLibrary;
  const clusters = async (query: string) => {
    const { status, body } = await getJson(app, `/api/assets/geo-clusters?${query}`);
    expect(status, JSON.stringify(body)).toBe(200);
    return body.data as Cluster[];
  };
  beforeAll(() => {
    ({ app, db } = createTestApp());
    lib = seedLibrary(db, { assets: 120, albums: 3, people: 3, variety: true });
  });
  const geotagged = (keep: (i: number) => boolean = () => true) =>
    lib.assetIds.filter((_, i) => i % 3 === 0 && keep(i));

  it('gives one cluster per place at a fine cell: centroid, count and newest as cover', async () => {
    const data = await clusters('bbox=-180,-90,180,90&cell_size=1');
    expect(data.reduce((sum, c) => sum + c.count, 0)).toBe(geotagged().length);
    expect(data).toHaveLength(SEED_PLACES.length);
    for (const [p, place] of SEED_PLACES.entries()) {
      const members = geotagged((i) => (i / 3) % SEED_PLACES.length === p);
      const cluster = data.find((c) => Math.abs(c.latitude - place.latitude) < 1e-9);
      expect(cluster).toMatchObject({ count: members.length, representative_asset_id: members[0] });
      expect(cluster!.longitude).toBeCloseTo(place.longitude, 9);
    }
  });

  it('sums to the geotagged total of the list for each filter', async () => {
    for (const filter of [
      '',
      `person_id=${lib.personIds[0]}`,
      `album_id=${lib.albumIds[0]}`,
      'media_type=image',
    ]) {
      const data = await clusters(`bbox=-180,-90,180,90&cell_size=20&${filter}`);
      const list = await getJson(app, `/api/assets?limit=1000&bbox=-180,-90,180,90&${filter}`);
      expect(data.reduce((sum, c) => sum + c.count, 0)).toBe(list.body.data.length);
    }
  });

  it('clusters across the antimeridian into one cell with its centroid on the right side', async () => {
    const suva = geotagged((i) => (i / 3) % 4 === 1).length;
    const apia = geotagged((i) => (i / 3) % 4 === 2).length;
    const [one, ...rest] = await clusters('bbox=170,-30,-160,0&cell_size=25');
    expect(rest).toEqual([]);
    expect(one!.count).toBe(suva + apia);
    const east = (178.4419 * suva + (360 - 171.7667) * apia) / (suva + apia);
    expect(one!.longitude).toBeCloseTo(east > 180 ? east - 360 : east, 6);
    expect(await clusters('bbox=170,-30,180,0&cell_size=1')).toHaveLength(1);
    expect(await clusters('bbox=-10,-30,170,0&cell_size=1')).toEqual([]);
  });

  it('answers 422 past 1000 cells, and for a missing or bad bbox or cell_size', async () => {
    db.prepare(
      `UPDATE assets SET exif_json = json_set(coalesce(exif_json, '{}'),
         '$.latitude', (rowid % 40) * 1.0, '$.longitude', (rowid / 40) * 1.0 + 0.5)`,
    ).run();
    const crowded = await getJson(app, '/api/assets/geo-clusters?bbox=-180,-90,180,90&cell_size=0.5');
    expect(crowded.status).toBe(200);
    const more = seedLibrary(db, { assets: 1000, albums: 0, people: 0, root: '/crowd' });
    db.prepare(
      `UPDATE assets SET exif_json = json_set(coalesce(exif_json, '{}'), '$.latitude', (rowid % 80) * 1.0,
         '$.longitude', (rowid / 80) * 1.0) WHERE library_id = ?`,
    ).run(more.libraryId);
    const tooMany = await getJson(app, '/api/assets/geo-clusters?bbox=-180,-90,180,90&cell_size=0.5');
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.detail[0].loc).toEqual(['query', 'cell_size']);
    expect((await getJson(app, '/api/assets/geo-clusters?bbox=-180,-90,180,90&cell_size=10')).status).toBe(
      200,
    );
    for (const [query, param] of [
      ['cell_size=1', 'bbox'],
      ['bbox=0,0,1,1', 'cell_size'],
      ['bbox=0,0,1,1&cell_size=0.00001', 'cell_size'],
      ['bbox=0,0,1,1&cell_size=big', 'cell_size'],
      ['bbox=0,0,1&cell_size=1', 'bbox'],
    ] as const) {
      const { status, body } = await getJson(app, `/api/assets/geo-clusters?${query}`);
      expect(status, query).toBe(422);
      expect(body.detail.map((d: { loc: string[] }) => d.loc)).toEqual([['query', param]]);
    }
  });

  it('says float_parsing for a non-numeric cell_size or radius, as FastAPI does', async () => {
    const { app } = createTestApp();
    for (const [url, param] of [
      ['/api/assets/geo-clusters?bbox=0,0,1,1&cell_size=big', 'cell_size'],
      ['/api/assets?center=-9.14,38.72&radius=far', 'radius'],
    ] as const) {
      const { status, body } = await getJson(app, url);
      expect(status, url).toBe(422);
      expect(body.detail, url).toEqual([
        expect.objectContaining({ loc: ['query', param], type: 'float_parsing' }),
      ]);
    }
  });
});

describe('GET /api/server/ping', () => {
  it('answers 200', async () => {
    const { app } = createTestApp();
    expect(await getJson(app, '/api/server/ping')).toEqual({ status: 200, body: { status: 'ok' } });
  });
});

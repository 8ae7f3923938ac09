import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { deleteAsset } from '../indexer/index.repo.ts';
import { seedLibrary } from '../testing/seed.ts';
import { GEO_CELLS_FILL } from './geo-cells.ts';
import { openDb, type Db } from './open-db.ts';
import { MIGRATIONS } from './schema.ts';

interface Cluster {
  latitude: number;
  longitude: number;
  count: number;
  representative_asset_id: string;
}

async function clusters(db: Db, query: string): Promise<Cluster[]> {
  const res = await createApp(db).request(`/api/assets/geo-clusters?${query}`);
  expect(res.status, query).toBe(200);
  return ((await res.json()) as { data: Cluster[] }).data;
}

/** The pyramid's answer and the grouping path's (a bound before every asset takes it). */
async function both(db: Db, query: string) {
  return {
    pyramid: await clusters(db, query),
    grouped: await clusters(db, `${query}&local_datetime_after=0001-01-01T00:00:00`),
  };
}

const inBox = (db: Db, [west, south, east, north]: number[], library?: string) =>
  (
    db
      .prepare(
        `SELECT count(*) AS n FROM assets WHERE stack_hidden = 0 AND latitude BETWEEN ? AND ?
         AND (CASE WHEN ? <= ? THEN longitude BETWEEN ? AND ? ELSE longitude >= ? OR longitude <= ? END)
         AND (? IS NULL OR library_id = ?)`,
      )
      .get(south, north, west, east, west, east, west, east, library ?? null, library ?? null) as {
      n: number;
    }
  ).n;

/** Boxes whose grid lies on a pyramid level (answers equal cell by cell) and some that don't. */
const ALIGNED = [
  '-180,-90,180,90&cell_size=10',
  '-180,-90,180,90&cell_size=30',
  '-10,38,-8,40&cell_size=0.5',
  '-9.3,38.7,-9.1,38.9&cell_size=0.005',
  '-9.2,38.7,-9.1,38.75&cell_size=0.01',
  '170,-30,-160,0&cell_size=5',
  '179,-20,-179,-10&cell_size=0.1',
  '-9.25,38.65,-9.05,38.95&cell_size=0.05',
];
const UNALIGNED = ['-9.2345,38.7123,-9.0111,38.8889&cell_size=0.007', '-12.5,35.25,0.75,44.1&cell_size=0.3'];

/** Clusters equal (centroids to 1e-9°), in the same order. */
function expectSameClusters({ pyramid, grouped }: { pyramid: Cluster[]; grouped: Cluster[] }, query: string) {
  expect(
    pyramid.map((c) => [c.count, c.representative_asset_id]),
    query,
  ).toEqual(grouped.map((c) => [c.count, c.representative_asset_id]));
  pyramid.forEach((c, i) => {
    expect(c.latitude, query).toBeCloseTo(grouped[i]!.latitude, 9);
    expect(c.longitude, query).toBeCloseTo(grouped[i]!.longitude, 9);
  });
}

async function expectPyramidRight(db: Db, library?: string) {
  const byLibrary = library ? `&library_id=${library}` : '';
  for (const box of ALIGNED) expectSameClusters(await both(db, `bbox=${box}${byLibrary}`), box);
  for (const box of [...ALIGNED, ...UNALIGNED]) {
    const { pyramid } = await both(db, `bbox=${box}${byLibrary}`);
    const bbox = box.split('&')[0]!.split(',').map(Number);
    expect(
      pyramid.reduce((n, c) => n + c.count, 0),
      box,
    ).toBe(inBox(db, bbox, library));
  }
}

/** What the triggers keep equals what a refill computes (sums to 1e-9°). */
function expectSameAsRefill(db: Db) {
  const snapshot = () =>
    (
      db.prepare('SELECT * FROM geo_cells ORDER BY level, lat_cell, lon_cell, library_id').all() as {
        lat_sum: number;
        lon_sum: number;
      }[]
    ).map((c) => ({ ...c, lat_sum: Math.round(c.lat_sum * 1e6), lon_sum: Math.round(c.lon_sum * 1e6) }));
  const kept = snapshot();
  db.exec(GEO_CELLS_FILL);
  expect(kept).toEqual(snapshot());
}

/**
 * Positions around Lisbon (some exactly on grid lines and box edges) and a few on the world's
 * edges and either side of the antimeridian.
 */
function scatter(db: Db, library: string) {
  db.prepare(
    `UPDATE assets SET exif_json = json_set(coalesce(exif_json, '{}'),
       '$.latitude', CASE rowid % 9 WHEN 0 THEN 38.7 WHEN 1 THEN 38.7 + (rowid % 40) * 0.005
         WHEN 2 THEN -90 + (rowid % 2) * 180 WHEN 3 THEN -15 - (rowid % 7) ELSE 38.65 + ((rowid * 7919) % 3001) / 10000.0 END,
       '$.longitude', CASE rowid % 9 WHEN 0 THEN -9.3 + (rowid % 5) * 0.05 WHEN 1 THEN -9.1
         WHEN 2 THEN -180 + (rowid % 3) * 180 WHEN 3 THEN (CASE WHEN rowid % 8 < 4 THEN 178.5 ELSE -180 END) + (rowid % 4) * 0.5 ELSE -9.35 + ((rowid * 104729) % 3001) / 10000.0 END)
     WHERE library_id = ? AND rowid % 4 <> 3`,
  ).run(library);
}

describe('geo_cells (migration 9)', () => {
  let dir: string | null = null;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = null;
  });

  it('answers as the grouping path does, as assets are indexed, moved, re-indexed and removed', async () => {
    const db = openDb(':memory:');
    const lib = seedLibrary(db, { assets: 400, albums: 2, people: 2, variety: true });
    const other = seedLibrary(db, { assets: 120, albums: 0, people: 0, root: '/other', variety: true });
    scatter(db, lib.libraryId);
    scatter(db, other.libraryId);
    expect(inBox(db, [-9.3, 38.7, -9.1, 38.9])).toBeGreaterThan(100);
    await expectPyramidRight(db);
    await expectPyramidRight(db, other.libraryId);
    expectSameAsRefill(db);
    // Re-indexing puts the seeded positions back (the upsert's update); then newest ones go.
    seedLibrary(db, { assets: 400, albums: 2, people: 2, variety: true });
    await expectPyramidRight(db);
    db.prepare("UPDATE assets SET sort_key = '2030-01-01T00:00:00.000' WHERE id = ?").run(other.assetIds[9]);
    for (const id of [...lib.assetIds.slice(0, 150), ...other.assetIds.slice(0, 40)]) deleteAsset(db, id);
    await expectPyramidRight(db);
    await expectPyramidRight(db, lib.libraryId);
    expectSameAsRefill(db);
    db.prepare('DELETE FROM libraries WHERE id = ?').run(other.libraryId);
    await expectPyramidRight(db);
    expectSameAsRefill(db);
    db.close();
  });

  it('counts a stack once, as the list does, as members are hidden and shown again', async () => {
    const db = openDb(':memory:');
    const lib = seedLibrary(db, { assets: 300, albums: 0, people: 0, variety: true });
    scatter(db, lib.libraryId);
    const geotagged = db
      .prepare('SELECT id FROM assets WHERE latitude IS NOT NULL ORDER BY rowid LIMIT 60')
      .all() as { id: string }[];
    // Every other geotagged photo becomes the hidden member of a stack (a RAW behind its JPEG).
    const hide = db.prepare(
      "UPDATE assets SET stack_id = 'asset_stack_' || id, stack_hidden = 1 WHERE id = ?",
    );
    for (const [i, { id }] of geotagged.entries()) if (i % 2 === 0) hide.run(id);
    const world = await clusters(db, 'bbox=-180,-90,180,90&cell_size=10');
    const visible = db
      .prepare('SELECT count(*) AS n FROM assets WHERE latitude IS NOT NULL AND stack_hidden = 0')
      .get() as { n: number };
    expect(world.reduce((n, c) => n + c.count, 0)).toBe(visible.n);
    await expectPyramidRight(db);
    expectSameAsRefill(db);
    db.prepare('UPDATE assets SET stack_hidden = 0 WHERE stack_hidden = 1 AND rowid % 3 = 0').run();
    await expectPyramidRight(db);
    expectSameAsRefill(db);
    for (const { id } of geotagged.slice(0, 20)) deleteAsset(db, id);
    await expectPyramidRight(db);
    expectSameAsRefill(db);
    db.close();
  });

  it('is filled from a version-7 index when the migration runs, as are the people combinations', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cs-geo-'));
    const file = path.join(dir, 'index.db');
    const old = new Database(file);
    for (const sql of MIGRATIONS.slice(0, 7)) old.exec(sql);
    old.pragma('user_version = 7');
    const lib = seedLibrary(old, { assets: 300, albums: 2, people: 3, variety: true });
    old.close();
    const db = openDb(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    await expectPyramidRight(db);
    scatter(db, lib.libraryId);
    await expectPyramidRight(db);
    const shared = db
      .prepare(
        `SELECT count(*) AS n FROM (SELECT asset_id FROM asset_people GROUP BY asset_id HAVING count(*) = 3)`,
      )
      .get() as { n: number };
    const [p0, p1, p2] = lib.personIds.slice().sort();
    const triple = db
      .prepare(
        'SELECT count(*) AS n FROM people_combo_assets WHERE person_a = ? AND person_b = ? AND person_c = ?',
      )
      .get(p0, p1, p2) as { n: number };
    expect(triple.n).toBe(shared.n);
    expect(triple.n).toBeGreaterThan(0);
    db.close();
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { deleteAsset } from '../indexer/index.repo.ts';
import { seedLibrary } from '../testing/seed.ts';
import { openDb, type Db } from './open-db.ts';
import { MIGRATIONS } from './schema.ts';

/** The counts the trigger-kept table answers, and the same counts grouped from the assets. */
async function bothCounts(db: Db, query = '') {
  const app = createApp(db);
  const get = async (q: string) => {
    const res = await app.request(`/api/assets/counts?limit=200${q}`);
    expect(res.status).toBe(200);
    return (await res.json()) as { data: { time_bucket: string; count: number; aspect_ratio_sum: number }[] };
  };
  // A bound before any asset narrows nothing but takes the grouping path.
  const table = (await get(query)).data;
  const grouped = (await get(`${query}&local_datetime_after=0001-01-01T00:00:00`)).data;
  return { table, grouped };
}

/** The same for every album, every person (migration 5) and every album × person (7) too. */
async function expectSameEverywhere(db: Db) {
  expectSame(await bothCounts(db));
  const ids = (table: string) =>
    (db.prepare(`SELECT id FROM ${table}`).all() as { id: string }[]).map((r) => r.id);
  for (const id of ids('albums')) expectSame(await bothCounts(db, `&album_id=${id}`));
  for (const id of ids('people')) expectSame(await bothCounts(db, `&person_id=${id}`));
  for (const album of ids('albums'))
    for (const person of ids('people'))
      expectSame(await bothCounts(db, `&album_id=${album}&person_id=${person}`));
  expect(ids('people').length).toBeGreaterThan(0);
}

function expectSame({ table, grouped }: Awaited<ReturnType<typeof bothCounts>>) {
  expect(table.map((b) => [b.time_bucket, b.count])).toEqual(grouped.map((b) => [b.time_bucket, b.count]));
  table.forEach((b, i) => expect(b.aspect_ratio_sum).toBeCloseTo(grouped[i]!.aspect_ratio_sum, 6));
}

describe('asset_months, album_months, person_months (migrations 4 and 5)', () => {
  let dir: string | null = null;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = null;
  });

  it('follows assets as they are indexed, re-indexed with new sizes and dates, and removed', async () => {
    const db = openDb(':memory:');
    const lib = seedLibrary(db, { assets: 300, albums: 2, people: 2 });
    const other = seedLibrary(db, { assets: 40, albums: 0, people: 0, root: '/other', variety: true });
    const first = await bothCounts(db);
    expect(first.table.reduce((n, b) => n + b.count, 0)).toBe(340);
    expectSame(first);
    expectSame(await bothCounts(db, `&library_id=${other.libraryId}`));
    // Re-indexing the same files with other sizes and offsets goes through the upsert's update.
    await expectSameEverywhere(db);
    seedLibrary(db, { assets: 300, albums: 2, people: 2, variety: true });
    await expectSameEverywhere(db);
    db.prepare(
      "UPDATE assets SET sort_key = '2001-02-03T04:05:06.000', width = 10, height = 1000 WHERE id = ?",
    ).run(lib.assetIds[150]);
    for (const id of lib.assetIds.slice(0, 120)) deleteAsset(db, id);
    const after = await bothCounts(db);
    expect(after.table.reduce((n, b) => n + b.count, 0)).toBe(220);
    expect(after.table.map((b) => b.time_bucket)).toContain('2001-02-01T00:00:00');
    expectSame(after);
    await expectSameEverywhere(db);
    expectSame(
      await bothCounts(db, `&library_id=${lib.libraryId}&local_datetime_before=2024-03-01T00:00:00`),
    );
    db.prepare('DELETE FROM libraries WHERE id = ?').run(lib.libraryId);
    const left = await bothCounts(db);
    expect(left.table.reduce((n, b) => n + b.count, 0)).toBe(40);
    expectSame(left);
    await expectSameEverywhere(db);
  });

  it('is filled from an existing index when the migration runs', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cs-months-'));
    const file = path.join(dir, 'index.db');
    const old = new Database(file);
    for (const sql of MIGRATIONS.slice(0, 3)) old.exec(sql);
    old.pragma('user_version = 3');
    seedLibrary(old, { assets: 200, albums: 2, people: 2, variety: true });
    expect(old.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'asset_months'").get()).toEqual({
      n: 0,
    });
    old.close();
    const db = openDb(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const counts = await bothCounts(db);
    expect(counts.table.reduce((n, b) => n + b.count, 0)).toBe(200);
    expectSame(counts);
    await expectSameEverywhere(db);
    db.close();
  });

  it('fills album_person_months from a version-6 index, which then follows its links', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cs-months-'));
    const file = path.join(dir, 'index.db');
    const old = new Database(file);
    for (const sql of MIGRATIONS.slice(0, 6)) old.exec(sql);
    old.pragma('user_version = 6');
    const lib = seedLibrary(old, { assets: 200, albums: 2, people: 2, variety: true });
    old.close();
    const db = openDb(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const pairs = db.prepare('SELECT sum(count) AS n FROM album_person_months').get() as { n: number };
    expect(pairs.n).toBe(
      (db.prepare('SELECT count(*) AS n FROM album_people_assets').get() as { n: number }).n,
    );
    expect(pairs.n).toBeGreaterThan(0);
    await expectSameEverywhere(db);
    // A person leaving some photos, an album losing some, an asset resized, then deleted.
    db.prepare(
      'DELETE FROM asset_people WHERE asset_id IN (SELECT asset_id FROM asset_people LIMIT 30)',
    ).run();
    db.prepare(
      'DELETE FROM album_assets WHERE asset_id IN (SELECT asset_id FROM album_assets LIMIT 20)',
    ).run();
    db.prepare('UPDATE assets SET width = 30, height = 7 WHERE id = ?').run(lib.assetIds[10]);
    await expectSameEverywhere(db);
    for (const id of lib.assetIds.slice(0, 50)) deleteAsset(db, id);
    await expectSameEverywhere(db);
    db.close();
  });
});

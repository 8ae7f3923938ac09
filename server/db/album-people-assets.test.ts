import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteAsset } from '../indexer/index.repo.ts';
import { seedLibrary } from '../testing/seed.ts';
import { openDb, type Db } from './open-db.ts';
import { MIGRATIONS } from './schema.ts';

/** What album_people_assets must hold: every (album, person) pair of every asset. */
const expected = (db: Db) =>
  db
    .prepare(
      `SELECT aa.album_id, ap.person_id, aa.asset_id, aa.sort_key FROM album_assets aa
       JOIN asset_people ap ON ap.asset_id = aa.asset_id ORDER BY 1, 2, 3`,
    )
    .all();
const actual = (db: Db) =>
  db
    .prepare('SELECT album_id, person_id, asset_id, sort_key FROM album_people_assets ORDER BY 1, 2, 3')
    .all();

describe('album_people_assets (migration 2)', () => {
  let dir: string | null = null;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = null;
  });

  it('follows the link tables as assets are indexed, re-indexed and removed', () => {
    const db = openDb(':memory:');
    const lib = seedLibrary(db, { assets: 40, albums: 3, people: 3 });
    expect(actual(db).length).toBeGreaterThan(10);
    expect(actual(db)).toEqual(expected(db));
    deleteAsset(db, lib.assetIds[0]!);
    db.prepare('DELETE FROM asset_people WHERE asset_id = ?').run(lib.assetIds[6]);
    db.prepare('DELETE FROM album_assets WHERE asset_id = ?').run(lib.assetIds[12]);
    expect(actual(db)).toEqual(expected(db));
    // Seeding again re-indexes every asset: links are deleted and inserted anew.
    seedLibrary(db, { assets: 40, albums: 3, people: 3 });
    expect(actual(db)).toEqual(expected(db));
  });

  it('is filled from an existing index when the migration runs', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cs-migrate-'));
    const file = path.join(dir, 'index.db');
    const old = new Database(file);
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    seedLibrary(old, { assets: 25, albums: 2, people: 3 });
    const pairs = expected(old);
    old.close();
    const db = openDb(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(actual(db)).toEqual(pairs);
    db.close();
  });
});

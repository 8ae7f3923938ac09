import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from './open-db.ts';
import { seedLibrary } from '../testing/seed.ts';
import { deleteAsset, refreshDerived, setThumbhash } from '../indexer/index.repo.ts';
import { indexGeneration, indexState } from '../events/index-state.repo.ts';

let db: Db;
beforeEach(() => {
  db = openDb(':memory:');
});

/** How far the counter moved while `change` ran. */
function bumps(change: () => void): number {
  const before = indexGeneration(db);
  change();
  return indexGeneration(db) - before;
}

describe('the index generation (migration 13)', () => {
  it('starts at 0 with nothing to show', () => {
    expect(indexState(db)).toEqual({ generation: 0, asset_count: 0 });
  });

  it('goes up when photos are indexed, and counts the photos the timeline shows', () => {
    expect(bumps(() => seedLibrary(db, { assets: 5 }))).toBeGreaterThan(0);
    expect(indexState(db).asset_count).toBe(5);
  });

  it('goes up when a photo is removed, with its links and faces', () => {
    const { assetIds } = seedLibrary(db, { assets: 3 });
    expect(bumps(() => deleteAsset(db, assetIds[0]!))).toBeGreaterThan(0);
    expect(indexState(db).asset_count).toBe(2);
  });

  it('goes up when a shown column changes, not when a write leaves it as it was', () => {
    const { assetIds } = seedLibrary(db, { assets: 2 });
    const id = assetIds[0]!;
    expect(bumps(() => setThumbhash(db, id, 'AAAA'))).toBe(1);
    expect(bumps(() => setThumbhash(db, id, 'AAAA'))).toBe(0);
    // The file's own bookkeeping is no change a gallery shows.
    expect(bumps(() => db.prepare('UPDATE assets SET updated_at = ? WHERE id = ?').run('x', id))).toBe(0);
  });

  it('stays put when a re-run of the derived counts finds nothing new', () => {
    seedLibrary(db, { assets: 6, albums: 2, people: 2 });
    db.transaction(() => refreshDerived(db))();
    expect(bumps(() => db.transaction(() => refreshDerived(db))())).toBe(0);
  });

  it('goes up when an album or a person is renamed', () => {
    const { albumIds, personIds } = seedLibrary(db, { assets: 4, albums: 1, people: 1 });
    expect(bumps(() => db.prepare('UPDATE albums SET name = ? WHERE id = ?').run('Trip', albumIds[0]))).toBe(
      1,
    );
    expect(bumps(() => db.prepare('UPDATE people SET name = ? WHERE id = ?').run('Ana', personIds[0]))).toBe(
      1,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { deleteAsset } from '../indexer/index.repo.ts';
import { seedLibrary } from '../testing/seed.ts';
import { openDb, type Db } from './open-db.ts';
import { comboOf, PEOPLE_COMBOS_FILL } from './people-combos.ts';

type Bucket = { time_bucket: string; count: number; aspect_ratio_sum: number };

async function get<T>(db: Db, url: string): Promise<T> {
  const res = await createApp(db).request(url);
  expect(res.status, url).toBe(200);
  return (await res.json()) as T;
}

/** Every id of the list for this query, paging through it. */
async function listIds(db: Db, query: string): Promise<string[]> {
  const ids: string[] = [];
  let after = '';
  for (;;) {
    const page = await get<{ data: { id: string }[]; has_more: boolean }>(
      db,
      `/api/assets?limit=1000&${query}${after}`,
    );
    ids.push(...page.data.map((a) => a.id));
    if (!page.has_more) return ids;
    after = `&starting_after_id=${page.data.at(-1)!.id}`;
  }
}

/** The assets all of `people` are in, straight from the link table. */
function sharedByLinks(db: Db, people: string[]): string[] {
  return (
    db
      .prepare(
        `SELECT asset_id FROM asset_people WHERE person_id IN (SELECT value FROM json_each(?))
         GROUP BY asset_id HAVING count(DISTINCT person_id) = ? ORDER BY max(sort_key) DESC, asset_id DESC`,
      )
      .all(JSON.stringify(people), new Set(people).size) as { asset_id: string }[]
  ).map((r) => r.asset_id);
}

/** Counts, list and links agree for every pair and triple of people (and one set of four). */
async function expectCombosRight(db: Db) {
  const people = (db.prepare('SELECT id FROM people ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  const sets: string[][] = [];
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) {
      sets.push([people[j]!, people[i]!]);
      for (let k = j + 1; k < people.length; k++) sets.push([people[k]!, people[i]!, people[j]!]);
    }
  if (people.length >= 4) sets.push(people.slice(0, 4));
  expect(sets.length).toBeGreaterThan(3);
  for (const set of sets) {
    const query = `person_ids=${set.join(',')}`;
    const expected = sharedByLinks(db, set);
    expect(await listIds(db, query), query).toEqual(expected);
    const counts = await get<{ data: Bucket[] }>(db, `/api/assets/counts?limit=200&${query}`);
    expect(
      counts.data.reduce((n, b) => n + b.count, 0),
      query,
    ).toBe(expected.length);
    // The month table against the same months grouped from the links (a bound takes that path).
    const grouped = await get<{ data: Bucket[] }>(
      db,
      `/api/assets/counts?limit=200&${query}&local_datetime_after=0001-01-01T00:00:00`,
    );
    expect(counts.data.map((b) => [b.time_bucket, b.count])).toEqual(
      grouped.data.map((b) => [b.time_bucket, b.count]),
    );
    counts.data.forEach((b, i) =>
      expect(b.aspect_ratio_sum).toBeCloseTo(grouped.data[i]!.aspect_ratio_sum, 6),
    );
  }
}

/** What the triggers keep equals what a refill computes. */
function expectSameAsRefill(db: Db) {
  const snapshot = () => ({
    links: db.prepare('SELECT * FROM people_combo_assets ORDER BY 1, 2, 3, 4, 5').all(),
    months: (
      db.prepare('SELECT * FROM people_combo_months WHERE count <> 0 ORDER BY 1, 2, 3, 4').all() as {
        ratio_sum: number;
      }[]
    ).map((m) => ({ ...m, ratio_sum: Math.round(m.ratio_sum * 1e6) })),
  });
  const kept = snapshot();
  db.exec(PEOPLE_COMBOS_FILL);
  expect(kept).toEqual(snapshot());
}

describe('comboOf', () => {
  it.each([
    [
      ['b', 'a'],
      ['a', 'b', ''],
    ],
    [
      ['c', 'a', 'b'],
      ['a', 'b', 'c'],
    ],
    [
      ['a', 'a', 'b'],
      ['a', 'b', ''],
    ],
    [['a'], null],
    [['a', 'a'], null],
    [['a', 'b', 'c', 'd'], null],
  ])('%j → %j', (people, combo) => expect(comboOf(people)).toEqual(combo));
});

describe('people_combo_assets and people_combo_months (migration 8)', () => {
  it('follow links as assets are indexed, re-indexed with other people and sizes, and removed', async () => {
    const db = openDb(':memory:');
    const lib = seedLibrary(db, { assets: 240, albums: 2, people: 4, variety: true });
    expect(
      (db.prepare('SELECT count(*) AS n FROM people_combo_assets').get() as { n: number }).n,
    ).toBeGreaterThan(0);
    await expectCombosRight(db);
    expectSameAsRefill(db);
    // Re-indexed with three people instead of four: the upsert rebuilds each asset's links.
    seedLibrary(db, { assets: 240, albums: 2, people: 3 });
    await expectCombosRight(db);
    expectSameAsRefill(db);
    db.prepare('UPDATE assets SET width = 30, height = 7 WHERE id = ?').run(lib.assetIds[12]);
    db.prepare(
      'DELETE FROM asset_people WHERE asset_id IN (SELECT asset_id FROM asset_people LIMIT 25)',
    ).run();
    for (const id of lib.assetIds.slice(0, 60)) deleteAsset(db, id);
    await expectCombosRight(db);
    expectSameAsRefill(db);
    db.close();
  });
});

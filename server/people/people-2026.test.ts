import { beforeAll, describe, expect, it } from 'vitest';
import { PersonPage } from '../../contract/entities.ts';
import type { Db } from '../db/open-db.ts';
import { seedLibrary, type SeededLibrary } from '../testing/seed.ts';
import { createTestApp, getJson } from '../testing/test-app.ts';

type TestApp = ReturnType<typeof createTestApp>['app'];

describe('GET /api/people: the 2026 parameters', () => {
  let app: TestApp;
  let db: Db;
  let lib: SeededLibrary;
  const UNNAMED = 'person_2222222222222222222222';
  /** Every page of `query` at `limit`, names in order (null for the unnamed person). */
  const names = async (query: string, limit = 2) => {
    const out: (string | null)[] = [];
    let after = '';
    for (;;) {
      const { status, body } = await getJson(app, `/api/people?limit=${limit}&${query}${after}`);
      expect(status, JSON.stringify(body)).toBe(200);
      const page = PersonPage.parse(body);
      out.push(...page.data.map((p) => p.name ?? null));
      if (!page.has_more) return out;
      after = `&starting_after_id=${page.data[page.data.length - 1]!.id}`;
    }
  };
  beforeAll(() => {
    ({ app, db } = createTestApp());
    // Person j is in every (j + 2)th of 24 assets: 12, 8, 6 and 4 assets.
    lib = seedLibrary(db, { assets: 24, people: 4 });
    db.prepare(
      "INSERT INTO people (id, name, asset_count, created_at, updated_at) VALUES (?, NULL, 1, '2000-01-01T00:00:00Z', '2000-01-01T00:00:00Z')",
    ).run(UNNAMED);
  });

  it('lists the unnamed too without name_filter (the 2025 answer); named, unnamed and all filter', async () => {
    const named = [...lib.personNames].sort();
    expect((await names('')).filter((n) => n !== null).sort()).toEqual(named);
    expect(await names('')).toContain(null);
    expect(await names('name_filter=all')).toEqual(await names(''));
    expect((await names('name_filter=named')).sort()).toEqual(named);
    expect(await names('name_filter=unnamed')).toEqual([null]);
  });

  it.each([
    ['name_asc', (n: (string | null)[]) => [...n].sort((a, b) => (a ?? '').localeCompare(b ?? ''))],
    ['name_desc', (n: (string | null)[]) => [...n].sort((a, b) => (b ?? '').localeCompare(a ?? ''))],
  ])('sorts %s across pages', async (sort, order) => {
    const got = await names(`sort=${sort}`);
    expect(got).toHaveLength(5);
    expect(got).toEqual(order(got));
  });

  it('sorts by asset count and creation, both ways, across pages', async () => {
    const byCount = [lib.personNames[0], lib.personNames[1], lib.personNames[2], lib.personNames[3], null];
    expect(await names('sort=asset_count_desc')).toEqual(byCount);
    expect(await names('sort=asset_count_asc')).toEqual([...byCount].reverse());
    const created = await names('sort=created_at_desc');
    expect(created[created.length - 1]).toBeNull();
    expect(await names('sort=created_at_asc')).toEqual([...created].reverse());
    expect(await names('')).toEqual(created);
  });

  it('filters by ids and by a part of the name, case-insensitively', async () => {
    const two = [lib.personIds[1]!, lib.personIds[3]!];
    expect((await names(`ids=${two.join(',')}`)).sort()).toEqual(
      [lib.personNames[1], lib.personNames[3]].sort(),
    );
    expect((await names(`ids=${two[0]}&ids=${two[1]}`)).sort()).toEqual(
      [lib.personNames[1], lib.personNames[3]].sort(),
    );
    const part = lib.personNames[2]!.slice(1, 4).toUpperCase();
    expect(await names(`name=${encodeURIComponent(part)}`)).toEqual([lib.personNames[2]]);
  });

  it.each([
    ['name_filter=some', 'name_filter'],
    ['sort=age', 'sort'],
    ['ids=album_2222222222222222222222', 'ids'],
    ['name=', 'name'],
    ['limit=1001', 'limit'],
  ])('answers 422 naming the parameter for %s', async (query, param) => {
    const { status, body } = await getJson(app, `/api/people?${query}`);
    expect(status).toBe(422);
    expect(body.detail.map((d: { loc: string[] }) => d.loc)).toEqual([['query', param]]);
  });
});

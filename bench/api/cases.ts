/**
 * What the API benchmark asks for at each size: the filters (the biggest album, the most
 * photographed person, a rare and a common album + person pair), where a page deep in each list
 * starts (a cursor past 90 %), and the query plans SQLite chose for them.
 */
import type Database from 'better-sqlite3';
import { listAssets } from '../../server/assets/assets.repo.ts';
import type { Db } from '../../server/db/open-db.ts';
import { localMediaUrls } from '../../server/http/urls.ts';

export interface FilterCase {
  name: string;
  params: Record<string, string>;
  /** Assets matching the filter. */
  matches: number;
  /** What was picked, for the table's notes. */
  note: string;
}

export interface PagePosition {
  position: 'first' | 'deep';
  /** Index in the filtered list of the cursor asset (the page starts after it); -1 for the first. */
  cursorIndex: number;
  cursorId: string | null;
}

const one = <T>(db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;

/** The filters measured: none, album, person, and two album + person pairs. */
export function chooseFilters(db: Db): FilterCase[] {
  const total = one<{ n: number }>(db, 'SELECT count(*) AS n FROM assets').n;
  const album = one<{ id: string; name: string; asset_count: number }>(
    db,
    'SELECT id, name, asset_count FROM albums ORDER BY asset_count DESC, id LIMIT 1',
  );
  const person = one<{ id: string; name: string; asset_count: number }>(
    db,
    'SELECT id, name, asset_count FROM people ORDER BY asset_count DESC, id LIMIT 1',
  );
  // Pairs over the five biggest albums. Rare: the most work per match for a scan driven by either
  // side (big album, frequent person, few photos together); common: the most photos together.
  const pairs = db
    .prepare(
      `WITH big AS (SELECT id, asset_count FROM albums ORDER BY asset_count DESC, id LIMIT 5)
       SELECT big.id AS album_id, big.asset_count AS album_count, p.id AS person_id, p.name, p.asset_count AS person_count,
              count(*) AS n
       FROM big JOIN album_assets aa ON aa.album_id = big.id JOIN asset_people ap ON ap.asset_id = aa.asset_id
       JOIN people p ON p.id = ap.person_id
       GROUP BY big.id, p.id`,
    )
    .all() as {
    album_id: string;
    album_count: number;
    person_id: string;
    name: string;
    person_count: number;
    n: number;
  }[];
  const cost = (p: (typeof pairs)[number]) => Math.min(p.album_count, p.person_count) / p.n;
  const rare = [...pairs].sort((a, b) => cost(b) - cost(a) || a.album_id.localeCompare(b.album_id))[0];
  const common = [...pairs].sort((a, b) => b.n - a.n || a.album_id.localeCompare(b.album_id))[0];
  const albumName = (id: string) =>
    one<{ name: string }>(db, 'SELECT name FROM albums WHERE id = ?', id).name;
  const cases: FilterCase[] = [
    { name: 'none', params: {}, matches: total, note: 'every asset' },
    {
      name: 'album',
      params: { album_id: album.id },
      matches: album.asset_count,
      note: `biggest album "${album.name}"`,
    },
    {
      name: 'person',
      params: { person_id: person.id },
      matches: person.asset_count,
      note: `most photographed person (${person.name})`,
    },
  ];
  for (const [name, pair] of [
    ['album+person rare', rare],
    ['album+person common', common],
  ] as const) {
    if (!pair) continue;
    cases.push({
      name,
      params: { album_id: pair.album_id, person_id: pair.person_id },
      matches: pair.n,
      note: `"${albumName(pair.album_id)}" (${pair.album_count}) × ${pair.name} (${pair.person_count}): ${pair.n} together`,
    });
  }
  return cases;
}

/** The id at `index` of the filtered list, in the API's order. */
function idAt(db: Db, params: Record<string, string>, index: number): string | null {
  const { album_id: album, person_id: person } = params;
  let sql = 'SELECT id FROM assets ORDER BY sort_key DESC, id DESC LIMIT 1 OFFSET ?';
  let args: string[] = [];
  if (album && person) {
    sql = `SELECT aa.asset_id AS id FROM album_assets aa JOIN asset_people ap ON ap.asset_id = aa.asset_id AND ap.person_id = ?
           WHERE aa.album_id = ? ORDER BY aa.sort_key DESC, aa.asset_id DESC LIMIT 1 OFFSET ?`;
    args = [person, album];
  } else if (album) {
    sql =
      'SELECT asset_id AS id FROM album_assets WHERE album_id = ? ORDER BY sort_key DESC, asset_id DESC LIMIT 1 OFFSET ?';
    args = [album];
  } else if (person) {
    sql =
      'SELECT asset_id AS id FROM asset_people WHERE person_id = ? ORDER BY sort_key DESC, asset_id DESC LIMIT 1 OFFSET ?';
    args = [person];
  }
  const row = db.prepare(sql).get(...args, index) as { id: string } | undefined;
  return row?.id ?? null;
}

/** The first page, and a page starting past 90 % of the list. */
export function pagePositions(db: Db, filter: FilterCase): PagePosition[] {
  const deepIndex = Math.min(filter.matches - 1, Math.floor(filter.matches * 0.9));
  const positions: PagePosition[] = [{ position: 'first', cursorIndex: -1, cursorId: null }];
  const cursorId = deepIndex >= 0 ? idAt(db, filter.params, deepIndex) : null;
  if (cursorId) positions.push({ position: 'deep', cursorIndex: deepIndex, cursorId });
  return positions;
}

export function queryString(filter: FilterCase, page: PagePosition, limit: number): string {
  const params = new URLSearchParams({ ...filter.params, limit: String(limit) });
  if (page.cursorId) params.set('starting_after_id', page.cursorId);
  return params.toString();
}

/**
 * The plan of the page query listAssets runs for this filter and position: it is run once on a
 * connection whose `prepare` records the SQL and its arguments, then explained.
 */
export function explainPage(
  file: string,
  open: (file: string) => Db,
  filter: FilterCase,
  page: PagePosition,
): string[] {
  const db = open(file);
  const seen: { sql: string; args: unknown[] }[] = [];
  const prepare = db.prepare.bind(db);
  (db as { prepare: (sql: string) => Database.Statement }).prepare = (sql: string) => {
    const statement = prepare(sql);
    const all = statement.all.bind(statement);
    (statement as { all: (...args: unknown[]) => unknown[] }).all = (...args: unknown[]) => {
      seen.push({ sql, args });
      return all(...args);
    };
    return statement;
  };
  listAssets(
    db,
    { ...filter.params, starting_after_id: page.cursorId ?? undefined, limit: 100 },
    localMediaUrls,
  );
  const pageQuery = seen.find((s) => /ORDER BY .* LIMIT \?/.test(s.sql));
  const plan = pageQuery
    ? (prepare(`EXPLAIN QUERY PLAN ${pageQuery.sql}`).all(...pageQuery.args) as { detail: string }[]).map(
        (r) => r.detail,
      )
    : ['(page query not found)'];
  db.close();
  return plan;
}

/** A plan that sorts in a temporary b-tree or scans a table without an index can't keep pages flat. */
export function planLooksBad(plan: string[]): boolean {
  return plan.some(
    (line) =>
      /TEMP B-TREE/.test(line) || (/^SCAN /.test(line) && !/USING (COVERING )?INDEX|PRIMARY KEY/.test(line)),
  );
}

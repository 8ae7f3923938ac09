import type Database from 'better-sqlite3';
import type { Db } from './open-db.ts';

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement for this SQL text, prepared once per database. List queries are assembled
 * from the filters present, so there is a small, fixed set of texts; each is compiled once.
 */
export function statement(db: Db, sql: string): Database.Statement {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let stmt = byText.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    byText.set(sql, stmt);
  }
  return stmt;
}

export interface PageRows<Row> {
  rows: Row[];
  hasMore: boolean;
}

/**
 * One keyset page: `SELECT … WHERE <conditions> AND (k1, k2) < (?, ?) ORDER BY k1 DESC, k2 DESC`
 * (newest first, the default), or `> … ASC` for `order: 'asc'`: the tie-breaker follows the same
 * direction, so a cursor is exact either way. Asks for one row more than `limit` so `has_more` is
 * exact without a count.
 */
export function keysetPage<Row>(
  db: Db,
  q: {
    select: string;
    conditions: string[];
    params: unknown[];
    orderKeys: [string, string];
    after: [unknown, unknown] | null;
    limit: number;
    order?: 'asc' | 'desc';
  },
): PageRows<Row> {
  const asc = q.order === 'asc';
  const [k1, k2] = q.orderKeys;
  const conditions = [...q.conditions];
  const params = [...q.params];
  if (q.after) {
    conditions.push(`(${k1}, ${k2}) ${asc ? '>' : '<'} (?, ?)`);
    params.push(...q.after);
  }
  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  const dir = asc ? 'ASC' : 'DESC';
  const sql = `${q.select}${where} ORDER BY ${k1} ${dir}, ${k2} ${dir} LIMIT ?`;
  const rows = statement(db, sql).all(...params, q.limit + 1) as Row[];
  const hasMore = rows.length > q.limit;
  if (hasMore) rows.length = q.limit;
  return { rows, hasMore };
}

import { describe, expect, it } from 'vitest';
import { seedLibrary } from '../testing/seed.ts';
import { openDb } from './open-db.ts';
import { allRows, statement } from './statements.ts';

describe('allRows', () => {
  it('gives the rows better-sqlite3 gives, every column under its name in order', () => {
    const db = openDb(':memory:');
    seedLibrary(db, { assets: 30, people: 3, variety: true });
    for (const sql of [
      'SELECT * FROM assets ORDER BY sort_key DESC, id DESC',
      'SELECT * FROM faces ORDER BY x, id',
      'SELECT * FROM people ORDER BY id',
      `SELECT a.id, a.width, f.* FROM assets a JOIN faces f ON f.asset_id = a.id WHERE a.rel_path LIKE ?`,
    ]) {
      const params = sql.includes('?') ? ['%IMG_000%'] : [];
      const expected = statement(db, sql).all(...params) as Record<string, unknown>[];
      const rows = allRows<Record<string, unknown>>(db, sql, params);
      expect(expected.length).toBeGreaterThan(0);
      expect(rows).toEqual(expected);
      expect(rows.map(Object.keys)).toEqual(expected.map(Object.keys));
    }
  });

  it('takes any column name as it is, and a later column of the same name wins', () => {
    const db = openDb(':memory:');
    const sql = `SELECT 1 AS "a""b", 'x' AS "c\\d", 2 AS "e'); throw 1; ('", 3 AS n, 4 AS n`;
    expect(allRows(db, sql, [])).toEqual([{ 'a"b': 1, 'c\\d': 'x', "e'); throw 1; ('": 2, n: 4 }]);
    expect(allRows(db, sql, [])).toEqual(statement(db, sql).all());
  });

  it('follows a table altered under a prepared `*`', () => {
    const db = openDb(':memory:');
    db.exec('CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1)');
    expect(allRows(db, 'SELECT * FROM t', [])).toEqual([{ a: 1 }]);
    db.exec("ALTER TABLE t ADD COLUMN b TEXT DEFAULT 'x'");
    expect(allRows(db, 'SELECT * FROM t', [])).toEqual([{ a: 1, b: 'x' }]);
  });
});

import { InvalidParameterError } from '../errors.ts';
import type { Db } from './open-db.ts';
import { statement } from './statements.ts';

/**
 * The `(created_at, id)` position of a cursor row in one table. An unknown id is an invalid
 * `starting_after_id` (answered as a 422 with `loc: ["query", "starting_after_id"]`, the local
 * server's documented answer).
 */
export function createdAtCursor(db: Db, table: 'albums' | 'people' | 'faces', id: string): [string, string] {
  const row = statement(db, `SELECT created_at, id FROM ${table} WHERE id = ?`).get(id) as
    { created_at: string; id: string } | undefined;
  if (!row) {
    throw new InvalidParameterError(
      'starting_after_id',
      `Unknown starting_after_id: no such item in ${table}`,
      id,
    );
  }
  return [row.created_at, row.id];
}

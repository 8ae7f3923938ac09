import type { Db } from '../db/open-db.ts';
import { toLibrary, type LibraryRow, type LibraryStatsRow, type LocalLibrary } from '../db/rows.ts';
import { statement } from '../db/statements.ts';

// Both read the covering index assets (library_id, file_size) (migration 3), not the rows.
const STATS = `(SELECT count(*) FROM assets a WHERE a.library_id = l.id) AS asset_count,
  (SELECT coalesce(sum(a.file_size), 0) FROM assets a WHERE a.library_id = l.id) AS storage_used_bytes`;

/** Every library, newest first. A bare array, as the API gives it. */
export function listLibraries(db: Db): LocalLibrary[] {
  const rows = statement(
    db,
    `SELECT l.*, ${STATS} FROM libraries l ORDER BY l.created_at DESC, l.id DESC`,
  ).all() as LibraryStatsRow[];
  return rows.map(toLibrary);
}

export function getLibraryRow(db: Db, id: string): LibraryRow | undefined {
  return statement(db, 'SELECT * FROM libraries WHERE id = ?').get(id) as LibraryRow | undefined;
}

export function getLibrary(db: Db, id: string): LocalLibrary | undefined {
  const row = statement(db, `SELECT l.*, ${STATS} FROM libraries l WHERE l.id = ?`).get(id) as
    LibraryStatsRow | undefined;
  return row ? toLibrary(row) : undefined;
}

/** Drop every library whose folder isn't one of `roots` (its assets, albums and faces cascade). */
export function deleteLibrariesExcept(db: Db, roots: string[]): void {
  const placeholders = roots.map(() => '?').join(', ');
  db.prepare(`DELETE FROM libraries WHERE root_path NOT IN (${placeholders})`).run(...roots);
}

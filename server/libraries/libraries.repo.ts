import type { Library } from '../../contract/entities.ts';
import type { Db } from '../db/open-db.ts';
import { toLibrary, type LibraryRow } from '../db/rows.ts';
import { statement } from '../db/statements.ts';

/** Every library, newest first. A bare array, as the API gives it. */
export function listLibraries(db: Db): Library[] {
  const rows = statement(
    db,
    'SELECT * FROM libraries ORDER BY created_at DESC, id DESC',
  ).all() as LibraryRow[];
  return rows.map(toLibrary);
}

export function getLibraryRow(db: Db, id: string): LibraryRow | undefined {
  return statement(db, 'SELECT * FROM libraries WHERE id = ?').get(id) as LibraryRow | undefined;
}

export function getLibrary(db: Db, id: string): Library | undefined {
  const row = getLibraryRow(db, id);
  return row ? toLibrary(row) : undefined;
}

/** Drop every library whose folder isn't one of `roots` (its assets, albums and faces cascade). */
export function deleteLibrariesExcept(db: Db, roots: string[]): void {
  const placeholders = roots.map(() => '?').join(', ');
  db.prepare(`DELETE FROM libraries WHERE root_path NOT IN (${placeholders})`).run(...roots);
}

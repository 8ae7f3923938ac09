import type { Library } from '../../contract/entities.ts';
import type { Db } from '../db/open-db.ts';
import { toLibrary, type LibraryRow } from '../db/rows.ts';
import { statement } from '../db/statements.ts';
import { isSyntheticRoot, SYNTHETIC_ROOT_PREFIX } from '../assets/synthetic-image.ts';

/** Every library, newest first. A bare array, as the API gives it. */
export function listLibraries(db: Db): Library[] {
  const rows = statement(db, 'SELECT * FROM libraries ORDER BY created_at DESC, id DESC').all() as LibraryRow[];
  return rows.map(toLibrary);
}

export function getLibraryRow(db: Db, id: string): LibraryRow | undefined {
  return statement(db, 'SELECT * FROM libraries WHERE id = ?').get(id) as LibraryRow | undefined;
}

export function getLibrary(db: Db, id: string): Library | undefined {
  const row = getLibraryRow(db, id);
  return row ? toLibrary(row) : undefined;
}

/** True when the index holds a generated library (`npm run synth`): it has no folder to index. */
export function hasSyntheticLibrary(db: Db): boolean {
  const sql = 'SELECT 1 FROM libraries WHERE substr(root_path, 1, ?) = ? LIMIT 1';
  return statement(db, sql).get(SYNTHETIC_ROOT_PREFIX.length, SYNTHETIC_ROOT_PREFIX) !== undefined;
}

/** True when this library was generated: its assets have no files, their images are drawn. */
export function isSyntheticLibrary(db: Db, id: string): boolean {
  const row = getLibraryRow(db, id);
  return row !== undefined && isSyntheticRoot(row.root_path);
}

/**
 * The gallery's tests reach the server only through src/testing: an in-memory index database
 * seeded with a believable library (server/testing/seed.ts), for the in-process server to read.
 */
import { openDb, type Db } from '../../server/db/open-db.ts';
import { seedLibrary, type SeededLibrary, type SeedOptions } from '../../server/testing/seed.ts';

export function seededDb(options: SeedOptions): { db: Db; seeded: SeededLibrary } {
  const db = openDb(':memory:');
  return { db, seeded: seedLibrary(db, options) };
}

/** Another library in the same database (a gallery with several). */
export const addSeededLibrary = (db: Db, options: SeedOptions): SeededLibrary => seedLibrary(db, options);

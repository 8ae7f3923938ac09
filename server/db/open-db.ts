import Database from 'better-sqlite3';
import { MIGRATIONS } from './schema.ts';

export type Db = Database.Database;

/**
 * Open (or create) the index database and bring its schema up to date.
 * `:memory:` gives a private in-memory database, as tests use.
 */
export function openDb(file: string): Db {
  const db = new Database(file);
  if (file !== ':memory:') {
    // WAL: readers (the API) keep working while the indexer writes; NORMAL is durable enough
    // for an index that can always be rebuilt from the photos.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

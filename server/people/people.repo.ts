import type { Person } from '../../contract/entities.ts';
import type { PersonListQuery } from '../../contract/queries.ts';
import { createdAtCursor } from '../db/cursor.ts';
import type { MediaUrls } from '../db/media-urls.ts';
import type { Db } from '../db/open-db.ts';
import { toPerson, type PersonRow } from '../db/rows.ts';
import { keysetPage, statement } from '../db/statements.ts';

/**
 * People, newest first. People are shared by all libraries (one "Ana" however many folders she
 * is in); the library, album and asset filters keep those with a face in the matching assets.
 */
export function listPeople(
  db: Db,
  query: PersonListQuery,
  urls: MediaUrls,
): { data: Person[]; has_more: boolean } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (query.asset_id) {
    conditions.push('EXISTS (SELECT 1 FROM asset_people ap WHERE ap.person_id = p.id AND ap.asset_id = ?)');
    params.push(query.asset_id);
  }
  if (query.album_id) {
    // One seek per person (migration 2); the join of the two link tables took seconds at 1M.
    conditions.push(
      'EXISTS (SELECT 1 FROM album_people_assets x WHERE x.album_id = ? AND x.person_id = p.id)',
    );
    params.push(query.album_id);
  }
  if (query.library_id) {
    conditions.push(
      `EXISTS (SELECT 1 FROM asset_people ap JOIN assets a ON a.id = ap.asset_id
               WHERE ap.person_id = p.id AND a.library_id = ?)`,
    );
    params.push(query.library_id);
  }
  const page = keysetPage<PersonRow>(db, {
    select: 'SELECT p.* FROM people p',
    conditions,
    params,
    orderKeys: ['p.created_at', 'p.id'],
    after: query.starting_after_id ? createdAtCursor(db, 'people', query.starting_after_id) : null,
    limit: query.limit,
  });
  return { data: page.rows.map((row) => toPerson(row, urls)), has_more: page.hasMore };
}

export function getPerson(db: Db, id: string, urls: MediaUrls): Person | undefined {
  const row = statement(db, 'SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  return row ? toPerson(row, urls) : undefined;
}

import type { Person } from '../../contract/entities.ts';
import type { MediaUrls } from '../db/media-urls.ts';
import type { Db } from '../db/open-db.ts';
import { toPerson, type PersonRow } from '../db/rows.ts';
import { keysetPage, statement } from '../db/statements.ts';
import { InvalidParameterError } from '../errors.ts';
import type { PersonListQuery } from './person-query.ts';
import { facetCountSql, personCountsInPlace } from '../assets/place-facets.repo.ts';

type PersonSort = NonNullable<PersonListQuery['sort']>;
/** Each `sort`'s keyset columns and direction (ties by id the same way; no name sorts as ''). */
const SORTS: Record<PersonSort, { key: string; order: 'asc' | 'desc' }> = {
  created_at_desc: { key: 'p.created_at', order: 'desc' },
  created_at_asc: { key: 'p.created_at', order: 'asc' },
  name_asc: { key: "coalesce(p.name, '')", order: 'asc' },
  name_desc: { key: "coalesce(p.name, '')", order: 'desc' },
  asset_count_desc: { key: 'p.asset_count', order: 'desc' },
  asset_count_asc: { key: 'p.asset_count', order: 'asc' },
};

/** A person as listed: ours, `matching_asset_count`, their photos in the album and library asked. */
export type ListedPerson = Person & { matching_asset_count: number };

/**
 * How many of the person's photos are in `album_id` and `library_id` (both optional): a range of
 * `album_people_assets` with an album, the person's `asset_people` range with a library alone, and
 * the stored total without either.
 */
function matchingCount(db: Db, query: PersonListQuery): { sql: string; params: unknown[]; inPlace?: string } {
  const inPlace = personCountsInPlace(db, query, query.album_id);
  if (inPlace) return { sql: facetCountSql('p.id'), params: [inPlace], inPlace };
  if (query.album_id) {
    const inLibrary = query.library_id
      ? ' AND EXISTS (SELECT 1 FROM assets a WHERE a.id = x.asset_id AND a.library_id = ?)'
      : '';
    return {
      sql: `(SELECT count(*) FROM album_people_assets x
             WHERE x.album_id = ? AND x.person_id = p.id${inLibrary})`,
      params: query.library_id ? [query.album_id, query.library_id] : [query.album_id],
    };
  }
  // With one library every photo is in it: the stored total, not one probe per photo (the probes
  // cost ~1 s for 8 people at 50k photos; several libraries still pay it).
  const oneLibrary = () =>
    (statement(db, 'SELECT count(*) AS n FROM libraries').get() as { n: number }).n <= 1;
  if (query.library_id && !oneLibrary()) {
    return {
      sql: `(SELECT count(*) FROM asset_people ap JOIN assets a ON a.id = ap.asset_id
             WHERE ap.person_id = p.id AND a.library_id = ?)`,
      params: [query.library_id],
    };
  }
  return { sql: 'p.asset_count', params: [] };
}

/**
 * People, newest first (or by `sort`); `ids`, `name` (a case-insensitive part of it) and
 * `name_filter` (absent: everyone, the 2025 answer) narrow them. People are shared by all
 * libraries (one "Ana" however many folders she is in); the library, album and asset filters keep
 * those with a face in the matching assets, and `matching_asset_count` counts them.
 */
export function listPeople(
  db: Db,
  query: PersonListQuery,
  urls: MediaUrls,
): { data: ListedPerson[]; has_more: boolean } {
  const count = matchingCount(db, query);
  const conditions: string[] = [];
  // The count in the select list binds first.
  const params: unknown[] = [...count.params];
  if (query.asset_id) {
    conditions.push('EXISTS (SELECT 1 FROM asset_people ap WHERE ap.person_id = p.id AND ap.asset_id = ?)');
    params.push(query.asset_id);
  }
  if (count.inPlace) {
    // Under a place the counts hold the album and library too: listed means matching.
    conditions.push('p.id IN (SELECT key FROM json_each(?))');
    params.push(count.inPlace);
  } else if (query.album_id) {
    // One seek per person (migration 2); the join of the two link tables took seconds at 1M.
    // With a library too, the same photos must be in both (an album of another library has none).
    const inLibrary = query.library_id
      ? ' AND EXISTS (SELECT 1 FROM assets a WHERE a.id = x.asset_id AND a.library_id = ?)'
      : '';
    conditions.push(
      `EXISTS (SELECT 1 FROM album_people_assets x WHERE x.album_id = ? AND x.person_id = p.id${inLibrary})`,
    );
    params.push(query.album_id);
    if (query.library_id) params.push(query.library_id);
  } else if (query.library_id) {
    conditions.push(
      `EXISTS (SELECT 1 FROM asset_people ap JOIN assets a ON a.id = ap.asset_id
               WHERE ap.person_id = p.id AND a.library_id = ?)`,
    );
    params.push(query.library_id);
  }
  if (query.ids) {
    conditions.push('p.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(query.ids));
  }
  if (query.name) {
    conditions.push('instr(lower(p.name), lower(?)) > 0');
    params.push(query.name);
  }
  if (query.name_filter === 'named') conditions.push("coalesce(p.name, '') <> ''");
  if (query.name_filter === 'unnamed') conditions.push("coalesce(p.name, '') = ''");
  const sort = SORTS[query.sort ?? 'created_at_desc'];
  const page = keysetPage<PersonRow & { matching_asset_count: number }>(db, {
    select: `SELECT p.*, ${count.sql} AS matching_asset_count FROM people p`,
    conditions,
    params,
    orderKeys: [sort.key, 'p.id'],
    after: query.starting_after_id ? personCursor(db, sort.key, query.starting_after_id) : null,
    limit: query.limit,
    order: sort.order,
  });
  return {
    data: page.rows.map((row) => ({
      ...toPerson(row, urls),
      matching_asset_count: row.matching_asset_count,
    })),
    has_more: page.hasMore,
  };
}

/** The sort-key position of a cursor person; an unknown id is a 422, as for every list. */
function personCursor(db: Db, key: string, id: string): [unknown, string] {
  const row = statement(db, `SELECT ${key} AS k, p.id FROM people p WHERE p.id = ?`).get(id) as
    { k: unknown; id: string } | undefined;
  if (!row) {
    throw new InvalidParameterError(
      'starting_after_id',
      'Unknown starting_after_id: no such item in people',
      id,
    );
  }
  return [row.k, row.id];
}

export function getPerson(db: Db, id: string, urls: MediaUrls): Person | undefined {
  const row = statement(db, 'SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  return row ? toPerson(row, urls) : undefined;
}

/**
 * The facet lists under a place (issue 15: a place narrows albums and people): each album's or
 * person's photos in the place, from their place counts (migration 15) when nothing else narrows
 * them, otherwise counted in one pass over the place's photos (a range of the place index) rather
 * than over every album's or person's photos.
 */
import type { Db } from '../db/open-db.ts';
import { statement } from '../db/statements.ts';
import { placeConditions } from './place-filter.repo.ts';

export interface PlaceFacetFilter {
  country_code?: string | undefined;
  city?: string | undefined;
  library_id?: string | undefined;
}

/** `{ id: count }` as JSON, for `json_each` in the list's SQL; null when there is no place filter. */
export type FacetCounts = string | null;

function placeFrom(db: Db, filter: PlaceFacetFilter) {
  const conditions = ['a.stack_hidden = 0'];
  const params: unknown[] = [];
  placeConditions(db, filter, conditions, params);
  if (filter.library_id) {
    conditions.push('a.library_id = ?');
    params.push(filter.library_id);
  }
  return { conditions, params };
}

/** `country = ? [AND city = ?]` over a place counts table, from the place filter's own terms. */
function linkPlaceConditions(db: Db, filter: PlaceFacetFilter) {
  const conditions: string[] = [];
  const params: unknown[] = [];
  placeConditions(db, filter, conditions, params);
  return { where: conditions.map((c) => c.replace(/a\.place_/g, '')).join(' AND '), params };
}

const asJson = (rows: { id: string; n: number }[]) =>
  JSON.stringify(Object.fromEntries(rows.map((row) => [row.id, row.n])));

/** Albums' photos in the place (and showing all of `personIds`). */
export function albumCountsInPlace(db: Db, filter: PlaceFacetFilter, personIds: string[]): FacetCounts {
  if (filter.country_code === undefined) return null;
  if (personIds.length === 0) {
    // Albums belong to one library: the list filters that itself.
    const link = linkPlaceConditions(db, filter);
    const rows = statement(
      db,
      `SELECT album_id AS id, sum(count) AS n FROM album_place_counts WHERE ${link.where} GROUP BY album_id`,
    ).all(...link.params) as { id: string; n: number }[];
    return asJson(rows);
  }
  const { conditions, params } = placeFrom(db, filter);
  for (const person of personIds) {
    conditions.push('EXISTS (SELECT 1 FROM asset_people p WHERE p.asset_id = a.id AND p.person_id = ?)');
    params.push(person);
  }
  const rows = statement(
    db,
    `SELECT x.album_id AS id, count(*) AS n FROM assets a JOIN album_assets x ON x.asset_id = a.id
     WHERE ${conditions.join(' AND ')} GROUP BY x.album_id`,
  ).all(...params) as { id: string; n: number }[];
  return asJson(rows);
}

/** People's photos in the place (and in `albumId`). */
export function personCountsInPlace(
  db: Db,
  filter: PlaceFacetFilter,
  albumId: string | undefined,
): FacetCounts {
  if (filter.country_code === undefined) return null;
  if (!albumId && !filter.library_id) {
    const link = linkPlaceConditions(db, filter);
    const rows = statement(
      db,
      `SELECT person_id AS id, sum(count) AS n FROM person_place_counts WHERE ${link.where} GROUP BY person_id`,
    ).all(...link.params) as { id: string; n: number }[];
    return asJson(rows);
  }
  const { conditions, params } = placeFrom(db, filter);
  if (albumId) {
    conditions.push('EXISTS (SELECT 1 FROM album_assets x WHERE x.asset_id = a.id AND x.album_id = ?)');
    params.push(albumId);
  }
  const rows = statement(
    db,
    `SELECT ap.person_id AS id, count(*) AS n FROM assets a JOIN asset_people ap ON ap.asset_id = a.id
     WHERE ${conditions.join(' AND ')} GROUP BY ap.person_id`,
  ).all(...params) as { id: string; n: number }[];
  return asJson(rows);
}

/** The SQL of one id's count in FacetCounts (bound with the JSON, then nothing else). */
export const facetCountSql = (idColumn: string) =>
  `coalesce((SELECT value FROM json_each(?) WHERE key = ${idColumn}), 0)`;

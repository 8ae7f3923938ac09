/**
 * `GET /api/assets/places` (ours): the countries and cities of the assets a filter matches, with
 * counts. Every asset or one library reads the trigger-kept `place_counts` (migration 15), one
 * album or one person its `album_place_counts`/`person_place_counts`; any
 * other filter groups the filtered assets' place columns while walking what the list walks
 * (assetFilterPlan), so a place's count is what listing it returns.
 */
import type { Db } from '../db/open-db.ts';
import { statement } from '../db/statements.ts';
import { assetFilterPlan, whereOf } from './asset-filters.repo.ts';
import type { AssetFilter } from './asset-query.ts';
import { groupPlaces, type CountryPlace, type PlaceCountRow } from './places.ts';

/** Filters `place_counts` answers: none but a library (and the defaults). */
export function placeCountsAnswer(filter: AssetFilter): boolean {
  const others: unknown[] = [filter.album_id, filter.person_ids, filter.person_id, filter.ids];
  others.push(filter.local_datetime_after, filter.local_datetime_before, filter.media_type);
  others.push(filter.bbox, filter.center, filter.radius, filter.stack_id, filter.country_code);
  if (others.some((value) => value !== undefined)) return false;
  return (filter.album_filter ?? 'all') === 'all' && filter.state !== 'trashed';
}

/** The album or the one person whose place counts (migration 15) answer the filter alone. */
function linkCountsOf(filter: AssetFilter): { table: string; column: string; id: string } | null {
  const people = filter.person_ids ?? (filter.person_id ? [filter.person_id] : []);
  const only = { ...filter, album_id: undefined, person_ids: undefined, person_id: undefined };
  if (!placeCountsAnswer(only) || filter.library_id !== undefined) return null;
  if (filter.album_id && people.length === 0)
    return { table: 'album_place_counts', column: 'album_id', id: filter.album_id };
  if (!filter.album_id && new Set(people).size === 1)
    return { table: 'person_place_counts', column: 'person_id', id: people[0]! };
  return null;
}

export function listPlaces(db: Db, filter: AssetFilter): { countries: CountryPlace[] } {
  return { countries: groupPlaces(placeRows(db, filter)) };
}

function placeRows(db: Db, filter: AssetFilter): PlaceCountRow[] {
  const link = linkCountsOf(filter);
  if (link) {
    return statement(
      db,
      `SELECT country, state, city, count FROM ${link.table} WHERE ${link.column} = ?`,
    ).all(link.id) as PlaceCountRow[];
  }
  if (placeCountsAnswer(filter)) {
    const byLibrary = filter.library_id === undefined ? '' : ' WHERE library_id = ?';
    return statement(
      db,
      `SELECT country, state, city, sum(count) AS count FROM place_counts${byLibrary}
       GROUP BY country, state, city`,
    ).all(...(filter.library_id === undefined ? [] : [filter.library_id])) as PlaceCountRow[];
  }
  const plan = assetFilterPlan(db, filter);
  return statement(
    db,
    `SELECT a.place_country AS country, coalesce(a.place_state, '') AS state,
       coalesce(a.place_city, '') AS city, count(*) AS count
     FROM ${plan.from}${whereOf({ conditions: [...plan.conditions, 'a.place_country IS NOT NULL'] })}
     GROUP BY 1, 2, 3`,
  ).all(...plan.params) as PlaceCountRow[];
}

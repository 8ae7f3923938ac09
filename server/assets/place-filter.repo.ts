/**
 * The `country_code` and `city` filters as SQL on `assets a`. A code stands for every country
 * name the photos write that maps to it ("Portugal", "PT"): those names are read from the place
 * counts (a few hundred rows), so the condition stays an equality the place index serves.
 */
import type { Db } from '../db/open-db.ts';
import { statement } from '../db/statements.ts';
import type { AssetFilter } from './asset-query.ts';
import { placeKeyOf, placeKeyOfParam } from './places.ts';

/** The country names in the photos whose key (code, or the name itself) is the parameter's. */
export function countryNamesOf(db: Db, param: string): string[] {
  const key = placeKeyOfParam(param);
  const rows = statement(db, 'SELECT DISTINCT country FROM place_counts').all() as { country: string }[];
  return rows.map((row) => row.country).filter((name) => placeKeyOf(name) === key);
}

/** Adds the place filter's conditions (none without `country_code`). */
export function placeConditions(db: Db, filter: AssetFilter, conditions: string[], params: unknown[]): void {
  if (filter.country_code === undefined) return;
  const names = countryNamesOf(db, filter.country_code);
  if (names.length === 0) {
    conditions.push('0');
    return;
  }
  // One name (the usual case) is an equality: a range of the place index in capture order.
  if (names.length === 1) {
    conditions.push('a.place_country = ?');
    params.push(names[0]);
  } else {
    conditions.push('a.place_country IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(names));
  }
  if (filter.city !== undefined) {
    conditions.push('a.place_city = ?');
    params.push(filter.city);
  }
}

/** Whether the filter names a place. */
export const hasPlace = (filter: AssetFilter) => filter.country_code !== undefined;

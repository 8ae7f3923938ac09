/**
 * One asset filter, three readers: the list, the month counts and the geo clusters all build
 * their SQL from `assetFilterPlan`, so a bucket's count is exactly what listing it returns.
 */
import type { Db } from '../db/open-db.ts';
import { comboOf } from '../db/people-combos.ts';
import { statement } from '../db/statements.ts';
import { keyOfTime, type AssetFilter, type TimeBound } from './asset-query.ts';
import { placeConditions } from './place-filter.repo.ts';

export interface FilterPlan {
  /** `assets a`, or a link table `l` joined to it. */
  from: string;
  conditions: string[];
  params: unknown[];
  /** The keyset `(sort_key, id)` columns of the table walked: a link table's when there is one. */
  orderKeys: [string, string];
}

/** Mean Earth radius in metres (IUGG), for `radius`. */
const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE = (Math.PI * EARTH_RADIUS_M) / 180;
/** The widest UTC offset either way: bounds the wall-clock range an offset bound can match. */
const MAX_OFFSET_MS = 14 * 3600_000;

/**
 * The FROM, WHERE and keyset columns of a filtered asset set. Album and person filters walk a link
 * table's `(sort_key, asset_id)` key (`album_people_assets` for both, `people_combo_assets` for
 * two or three people), so deep pages and bounded windows are one index range; otherwise with
 * several people the rarest is walked and the others probed.
 */
export function assetFilterPlan(db: Db, filter: AssetFilter): FilterPlan {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const people = rarestFirst(db, filter.person_ids ?? (filter.person_id ? [filter.person_id] : []));
  const combo = filter.album_id ? null : comboOf(people);
  const [walked, ...probed] = combo ? [] : people;
  let from: string;
  let orderKeys: [string, string] = ['l.sort_key', 'l.asset_id'];

  if (combo) {
    from = 'people_combo_assets l JOIN assets a ON a.id = l.asset_id';
    conditions.push('l.person_a = ?', 'l.person_b = ?', 'l.person_c = ?');
    params.push(...combo);
  } else if (filter.album_id && walked) {
    from = 'album_people_assets l JOIN assets a ON a.id = l.asset_id';
    conditions.push('l.album_id = ?', 'l.person_id = ?');
    params.push(filter.album_id, walked);
  } else if (filter.album_id) {
    from = 'album_assets l JOIN assets a ON a.id = l.asset_id';
    conditions.push('l.album_id = ?');
    params.push(filter.album_id);
  } else if (walked) {
    from = 'asset_people l JOIN assets a ON a.id = l.asset_id';
    conditions.push('l.person_id = ?');
    params.push(walked);
  } else {
    from = 'assets a';
    orderKeys = ['a.sort_key', 'a.id'];
  }
  const sortKey = orderKeys[0];
  for (const person of probed) {
    // The link row shares the walked row's (sort_key, asset_id): one primary-key seek.
    conditions.push(
      `EXISTS (SELECT 1 FROM asset_people p WHERE p.person_id = ? AND p.sort_key = ${sortKey} AND p.asset_id = a.id)`,
    );
    params.push(person);
  }
  if (filter.library_id) {
    conditions.push('a.library_id = ?');
    params.push(filter.library_id);
  }
  if (filter.album_filter === 'in_album' || filter.album_filter === 'not_in_album') {
    const not = filter.album_filter === 'not_in_album' ? 'NOT ' : '';
    conditions.push(`${not}EXISTS (SELECT 1 FROM album_assets x WHERE x.asset_id = a.id)`);
  }
  if (filter.local_datetime_after)
    timeCondition(filter.local_datetime_after, '>', sortKey, conditions, params);
  if (filter.local_datetime_before)
    timeCondition(filter.local_datetime_before, '<', sortKey, conditions, params);
  if (filter.media_type) {
    conditions.push('a.mime_type LIKE ?');
    params.push(`${filter.media_type}/%`);
  }
  if (filter.ids) {
    conditions.push('a.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.ids));
  }
  if (filter.bbox) {
    const [west, south, east, north] = filter.bbox as [number, number, number, number];
    boxCondition(west, south, east, north, conditions, params);
  }
  if (filter.center && filter.radius !== undefined) {
    const [lon, lat] = filter.center as [number, number];
    radiusCondition(lon, lat, filter.radius, conditions, params);
  }
  placeConditions(db, filter, conditions, params);
  // No trash here: every asset is live.
  if (filter.state === 'trashed') conditions.push('0');
  // One stack lists all its files; otherwise a stack shows as its cover (asked-for ids: as asked).
  if (filter.stack_id) {
    conditions.push('a.stack_id = ?');
    params.push(filter.stack_id);
  } else if (!filter.ids) {
    conditions.push('a.stack_hidden = 0');
  }
  return { from, conditions, params, orderKeys };
}

/**
 * Several people and nothing else but naive capture-time bounds: the assets all of them are in.
 * Distinct people only (a repeated id narrows nothing), as assetFilterPlan reads them.
 */
export function sharedPeopleOf(filter: AssetFilter): string[] | null {
  const people = [...new Set(filter.person_ids ?? [])];
  const { local_datetime_after: after, local_datetime_before: before } = filter;
  const narrowing: unknown[] = [filter.library_id, filter.album_id, filter.media_type, filter.ids];
  narrowing.push(filter.bbox, filter.center, filter.radius, filter.stack_id, filter.country_code);
  if (people.length < 2 || narrowing.some((value) => value !== undefined)) return null;
  if ((filter.album_filter ?? 'all') !== 'all' || filter.state === 'trashed') return null;
  if (after?.utc !== undefined && after.utc !== null) return null;
  if (before?.utc !== undefined && before.utc !== null) return null;
  return people;
}

/**
 * The `(sort_key, asset_id)` link keys every one of `people` shares, within the filter's naive
 * bounds and past a cursor: for two or three people one range of `people_combo_assets`; for more,
 * an INTERSECT of their primary-key ranges, which SQLite merges in key order. Walking the rarest person's links and probing the others for each took 0.85-1.6 s for
 * three people's month counts at 1M, and most of a `person_ids` page.
 */
export function sharedPeopleArms(
  people: string[],
  filter: AssetFilter,
  after: [unknown, unknown] | null,
  order: 'asc' | 'desc',
): { sql: string; params: unknown[] } {
  const bounds: string[] = [];
  const boundParams: unknown[] = [];
  if (filter.local_datetime_after) {
    bounds.push(' AND sort_key > ?');
    boundParams.push(filter.local_datetime_after.wall);
  }
  if (filter.local_datetime_before) {
    bounds.push(' AND sort_key < ?');
    boundParams.push(filter.local_datetime_before.wall);
  }
  if (after) {
    bounds.push(` AND (sort_key, asset_id) ${order === 'asc' ? '>' : '<'} (?, ?)`);
    boundParams.push(...after);
  }
  const combo = comboOf(people);
  if (combo) {
    const sql = `SELECT sort_key, asset_id FROM people_combo_assets
      WHERE person_a = ? AND person_b = ? AND person_c = ?${bounds.join('')}`;
    return { sql, params: [...combo, ...boundParams] };
  }
  const arm = `SELECT sort_key, asset_id FROM asset_people WHERE person_id = ?${bounds.join('')}`;
  return {
    sql: people.map(() => arm).join(' INTERSECT '),
    params: people.flatMap((person) => [person, ...boundParams]),
  };
}

/** `WHERE …` of a plan (empty when it has no condition). */
export function whereOf(plan: { conditions: string[] }): string {
  return plan.conditions.length ? ` WHERE ${plan.conditions.join(' AND ')}` : '';
}

/** Person ids, fewest assets first (unknown ids count 0: the intersection is then empty). */
function rarestFirst(db: Db, ids: string[]): string[] {
  if (ids.length < 2) return ids;
  const counts = new Map(
    (
      statement(db, 'SELECT id, asset_count FROM people WHERE id IN (SELECT value FROM json_each(?))').all(
        JSON.stringify(ids),
      ) as { id: string; asset_count: number }[]
    ).map((row) => [row.id, row.asset_count]),
  );
  return [...new Set(ids)].sort((x, y) => (counts.get(x) ?? 0) - (counts.get(y) ?? 0));
}

/**
 * An exclusive capture-time bound. Naive: the wall clock (`sort_key`). With an offset: in UTC for
 * assets whose offset is known (`utc_key`), by wall clock for the rest; the outer wall-clock
 * range (the widest offset either way) keeps it an index range.
 */
function timeCondition(
  bound: TimeBound,
  op: '<' | '>',
  sortKey: string,
  conditions: string[],
  params: unknown[],
) {
  if (bound.utc === null) {
    conditions.push(`${sortKey} ${op} ?`);
    params.push(bound.wall);
    return;
  }
  const shift = op === '>' ? -MAX_OFFSET_MS : MAX_OFFSET_MS;
  const loose = keyOfTime(Date.parse(`${bound.utc}Z`) + shift);
  const outer =
    op === '>' ? (loose < bound.wall ? loose : bound.wall) : loose > bound.wall ? loose : bound.wall;
  conditions.push(
    `${sortKey} ${op} ?`,
    `(CASE WHEN a.utc_key IS NULL THEN ${sortKey} ${op} ? ELSE a.utc_key ${op} ? END)`,
  );
  params.push(outer, bound.wall, bound.utc);
}

/** Inclusive box; west > east wraps across the antimeridian. */
function boxCondition(
  west: number,
  south: number,
  east: number,
  north: number,
  conditions: string[],
  params: unknown[],
) {
  conditions.push('a.latitude BETWEEN ? AND ?');
  params.push(south, north);
  if (west <= east) {
    conditions.push('a.longitude BETWEEN ? AND ?');
    params.push(west, east);
  } else {
    conditions.push('(a.longitude >= ? OR a.longitude <= ?)');
    params.push(west, east);
  }
}

/** Great-circle distance ≤ `radius` metres, behind a box that an index range can serve. */
function radiusCondition(lon: number, lat: number, radius: number, conditions: string[], params: unknown[]) {
  const dLat = radius / METRES_PER_DEGREE;
  const cosLat = Math.cos((lat * Math.PI) / 180);
  const south = Math.max(-90, lat - dLat);
  const north = Math.min(90, lat + dLat);
  const dLon = cosLat > 1e-9 ? dLat / cosLat : 360;
  if (north === 90 || south === -90 || dLon >= 180) {
    boxCondition(-180, south, 180, north, conditions, params);
  } else {
    const wrap = (x: number) => (x < -180 ? x + 360 : x > 180 ? x - 360 : x);
    boxCondition(wrap(lon - dLon), south, wrap(lon + dLon), north, conditions, params);
  }
  conditions.push(
    `2 * ${EARTH_RADIUS_M} * asin(min(1, sqrt(
       power(sin(radians(a.latitude - ?) / 2), 2) +
       cos(radians(?)) * cos(radians(a.latitude)) * power(sin(radians(a.longitude - ?) / 2), 2)))) <= ?`,
  );
  params.push(lat, lat, lon, radius);
}

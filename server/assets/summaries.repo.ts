/**
 * The two summaries over a filtered asset set: month counts (a timeline scrubber) and geo
 * clusters (a map). Both take their FROM and WHERE from assetFilterPlan, as the list does.
 */
import type { Db } from '../db/open-db.ts';
import { aspectRatioSql } from '../db/aspect-ratio.ts';
import { comboOf } from '../db/people-combos.ts';
import { statement } from '../db/statements.ts';
import { InvalidParameterError } from '../errors.ts';
import { cellKeySql, pyramidAnswers, pyramidCells, type CellSum } from './geo-clusters.repo.ts';
import { unitGrid } from './geo-pyramid.ts';
import { assetFilterPlan, sharedPeopleArms, sharedPeopleOf, whereOf } from './asset-filters.repo.ts';
import { GEO_CLUSTERS_MAX, type AssetFilter } from './asset-query.ts';

export interface MonthBucket {
  time_bucket: string;
  count: number;
  /** Ours: the sum of width / height over the bucket's assets (an unknown size counts 1). */
  aspect_ratio_sum: number;
}

/**
 * Month buckets of the wall-clock capture time, newest first. The month is the `sort_key`'s
 * first 7 characters. All assets, a library, an album, a person or 2-3 people read a trigger-kept month
 * table (schema.ts, migrations 4, 5 and 7); any other filter groups the filtered assets while walking the key the list walks, so an album
 * or person filter stays one index range.
 */
export function countAssetsByMonth(
  db: Db,
  filter: AssetFilter,
  limit: number,
): { data: MonthBucket[]; has_more: boolean } {
  const table = monthTableOf(filter);
  const people = table ? null : sharedPeopleOf(filter);
  const rows = table
    ? fromMonthTable(db, table, filter, limit)
    : people
      ? sharedMonths(db, people, filter, limit)
      : groupedMonths(db, filter, limit);
  const has_more = rows.length > limit;
  if (has_more) rows.length = limit;
  return {
    data: rows.map((r) => ({
      time_bucket: `${r.month}-01T00:00:00`,
      count: r.count,
      aspect_ratio_sum: Math.round(r.ratio * 1e6) / 1e6,
    })),
    has_more,
  };
}

type MonthRow = { month: string; count: number; ratio: number };

interface MonthTable {
  table: 'asset_months' | 'album_months' | 'person_months' | 'album_person_months' | 'people_combo_months';
  /** Its key columns and their values (none: summed over every library). */
  keys: [column: string, value: string][];
}

/**
 * The trigger-kept month table that answers this filter, if one does: every live asset, one
 * library, one album, one person, one album and one person, or two or three people together
 * (people-combos.ts), bounded at most by a naive `local_datetime_before` at a month's start (how
 * counts pages are asked for).
 */
function monthTableOf(filter: AssetFilter): MonthTable | null {
  const before = filter.local_datetime_before;
  const narrowing: unknown[] = [filter.local_datetime_after, filter.media_type, filter.ids, filter.bbox];
  narrowing.push(filter.center, filter.radius, filter.stack_id, filter.country_code);
  const people = filter.person_ids ?? (filter.person_id ? [filter.person_id] : []);
  const monthStart = !before || (before.utc === null && before.wall.endsWith('-01T00:00:00.000'));
  if (narrowing.some((value) => value !== undefined) || !monthStart) return null;
  if ((filter.album_filter ?? 'all') !== 'all' || filter.state === 'trashed') return null;
  const { library_id: library, album_id: album } = filter;
  const combo = comboOf(people);
  if (people.length > 1 && !combo) return null;
  if (combo) {
    if (library !== undefined || album !== undefined) return null;
    const columns = ['person_a', 'person_b', 'person_c'];
    return { table: 'people_combo_months', keys: combo.map((id, k) => [columns[k]!, id]) };
  }
  const person = people[0];
  if (library !== undefined && (album !== undefined || person !== undefined)) return null;
  if (album && person) {
    const keys: MonthTable['keys'] = [
      ['album_id', album],
      ['person_id', person],
    ];
    return { table: 'album_person_months', keys };
  }
  if (album) return { table: 'album_months', keys: [['album_id', album]] };
  if (person) return { table: 'person_months', keys: [['person_id', person]] };
  return { table: 'asset_months', keys: library === undefined ? [] : [['library_id', library]] };
}

/** At most `limit + 1` months from a month table (summed over its keys when none is given). */
function fromMonthTable(db: Db, { table, keys }: MonthTable, filter: AssetFilter, limit: number): MonthRow[] {
  const conditions = keys.map(([column]) => `${column} = ?`);
  const params: unknown[] = keys.map(([, value]) => value);
  if (filter.local_datetime_before) {
    conditions.push('month < ?');
    params.push(filter.local_datetime_before.wall.slice(0, 7));
  }
  return statement(
    db,
    `SELECT month, sum(count) AS count, total(ratio_sum) AS ratio FROM ${table}${whereOf({ conditions })}
     GROUP BY month HAVING sum(count) > 0 ORDER BY month DESC LIMIT ?`,
  ).all(...params, limit + 1) as MonthRow[];
}

/**
 * At most `limit + 1` months of the assets every one of `people` is in: an INTERSECT of their
 * link ranges, which SQLite merges in `(sort_key, asset_id)` order (each range is its primary
 * key's), where walking the rarest person's links and probing the others' took 0.85-1.6 s at 1M
 * for three people; the sizes are read for the shared assets alone.
 */
function sharedMonths(db: Db, people: string[], filter: AssetFilter, limit: number): MonthRow[] {
  const arms = sharedPeopleArms(people, filter, null, 'desc');
  return statement(
    db,
    `SELECT substr(s.sort_key, 1, 7) AS month, count(*) AS count, total(${aspectRatioSql('a')}) AS ratio
     FROM (${arms.sql}) s JOIN assets a ON a.id = s.asset_id
     GROUP BY month ORDER BY month DESC LIMIT ?`,
  ).all(...arms.params, limit + 1) as MonthRow[];
}

/** At most `limit + 1` months, grouping the filtered assets as the list walks them. */
function groupedMonths(db: Db, filter: AssetFilter, limit: number): MonthRow[] {
  const plan = assetFilterPlan(db, filter);
  const month = `substr(${plan.orderKeys[0]}, 1, 7)`;
  // Redundant with the plan's bounds, but in the month index's own terms: a page that starts at
  // `local_datetime_before` is then a range of that index (a bound with an offset can reach
  // another month, so it gets none).
  const { local_datetime_after: after, local_datetime_before: before } = filter;
  const conditions = [...plan.conditions];
  const params = [...plan.params];
  if (after?.utc === null) {
    conditions.push(`${month} >= ?`);
    params.push(after.wall.slice(0, 7));
  }
  if (before?.utc === null) {
    conditions.push(`${month} <= ?`);
    params.push(before.wall.slice(0, 7));
  }
  // The planner prefers any index on library_id (even assets_checksum, 40x slower here); the
  // month index holds every column the plain timeline's counts read. Selective filters (ids, a
  // place) keep the planner's choice.
  const from =
    plan.from === 'assets a' && !filter.ids && !filter.bbox && !filter.center && !filter.country_code
      ? 'assets a INDEXED BY assets_month'
      : plan.from;
  return statement(
    db,
    `SELECT ${month} AS month, count(*) AS count, total(${aspectRatioSql('a')}) AS ratio
     FROM ${from}${whereOf({ conditions })}
     GROUP BY ${month} ORDER BY ${month} DESC LIMIT ?`,
  ).all(...params, limit + 1) as MonthRow[];
}

export interface GeoCluster {
  latitude: number;
  longitude: number;
  count: number;
  representative_asset_id: string;
}

/**
 * One row per non-empty `cell_size`-degree cell of the box (cells counted from its south-west
 * corner; across the antimeridian, longitudes east of it are shifted by 360° so cells stay whole):
 * the centroid of its members, their count and the newest (`sort_key`, then id) as the cover.
 * More than GEO_CLUSTERS_MAX cells is a 422 on `cell_size`.
 */
export function geoClusters(
  db: Db,
  filter: AssetFilter & { bbox: number[] },
  cellSize: number,
): GeoCluster[] {
  const [west, south] = filter.bbox as [number, number, number, number];
  const pyramid = pyramidAnswers(filter) ? pyramidCells(db, filter, cellSize) : null;
  if (pyramid) return fromCellSums(pyramid, cellSize);
  const plan = assetFilterPlan(db, filter);
  const bbox = filter.bbox as [number, number, number, number];
  const wraps = bbox[0] > bbox[2];
  const lon = wraps ? 'CASE WHEN a.longitude < ? THEN a.longitude + 360 ELSE a.longitude END' : 'a.longitude';
  const lonParams = wraps ? [west] : [];
  // The pyramid's cells where the grid allows (geo-pyramid.ts, unitGrid), whichever path answers.
  const key = cellKeySql(bbox, cellSize, unitGrid(west, south, cellSize));
  // sort_key is fixed-width (23 characters), so the max of sort_key || id is the newest member.
  const rows = statement(
    db,
    `SELECT avg(a.latitude) AS latitude, avg(${lon}) AS longitude, count(*) AS count,
       substr(max(a.sort_key || a.id), 24) AS representative_asset_id
     FROM ${plan.from}${whereOf(plan)}
     GROUP BY ${key.y}, ${key.x}
     ORDER BY count DESC, representative_asset_id LIMIT ?`,
  ).all(...lonParams, ...plan.params, ...key.params, GEO_CLUSTERS_MAX + 1) as GeoCluster[];
  if (rows.length > GEO_CLUSTERS_MAX) throw tooManyCells(cellSize);
  return rows.map((r) => ({
    ...r,
    longitude: r.longitude > 180 ? r.longitude - 360 : r.longitude,
  }));
}

const tooManyCells = (cellSize: number) =>
  new InvalidParameterError(
    'cell_size',
    `More than ${GEO_CLUSTERS_MAX} cells in this bbox: use a larger cell_size or a smaller bbox`,
    cellSize,
  );

/** Clusters from the pyramid's cell sums, in the grouping path's order (count, then cover id). */
function fromCellSums(cells: Map<string, CellSum>, cellSize: number): GeoCluster[] {
  if (cells.size > GEO_CLUSTERS_MAX) throw tooManyCells(cellSize);
  const clusters = [...cells.values()].map((cell) => {
    const longitude = cell.lonSum / cell.count;
    return {
      latitude: cell.latSum / cell.count,
      longitude: longitude > 180 ? longitude - 360 : longitude,
      count: cell.count,
      representative_asset_id: cell.newest.slice(23),
    };
  });
  return clusters.sort((a, b) =>
    b.count !== a.count
      ? b.count - a.count
      : a.representative_asset_id < b.representative_asset_id
        ? -1
        : a.representative_asset_id > b.representative_asset_id
          ? 1
          : 0,
  );
}

/**
 * Geo clusters from the cell pyramid (server/db/geo-cells.ts, planned by geo-pyramid.ts) for the
 * filters it holds: every live asset or one library, in any box. Blocks of cells are read one row
 * of cells at a time (a primary-key seek each); the strips the box's edges cut are read from the
 * assets with the list's bbox test and the requested grid's own formula.
 */
import { geoUnitSql, GEO_UNITS_PER_DEGREE } from '../db/geo-cells.ts';
import type { Db } from '../db/open-db.ts';
import { statement } from '../db/statements.ts';
import type { AssetFilter } from './asset-query.ts';
import {
  planPyramid,
  pyramidLevel,
  unitGrid,
  type CellBlock,
  type UnitGrid,
  type UnitStrip,
} from './geo-pyramid.ts';

/** One requested cell as it is summed: count, coordinate sums, newest `sort_key || id`. */
export interface CellSum {
  count: number;
  latSum: number;
  lonSum: number;
  newest: string;
}

/** Filters the pyramid answers: none but a library (and the defaults). */
export function pyramidAnswers(filter: AssetFilter): boolean {
  const others: unknown[] = [
    filter.album_id,
    filter.person_id,
    filter.person_ids,
    filter.local_datetime_after,
  ];
  others.push(filter.local_datetime_before, filter.media_type, filter.ids, filter.center, filter.radius);
  others.push(filter.stack_id, filter.country_code);
  if (others.some((value) => value !== undefined)) return false;
  return (filter.album_filter ?? 'all') === 'all' && filter.state !== 'trashed';
}

/**
 * The requested cells of the box, keyed `row,column` (counted from its south-west corner), or
 * null when no pyramid level is as fine as `cellSize`.
 */
export function pyramidCells(
  db: Db,
  filter: AssetFilter & { bbox: number[] },
  cellSize: number,
): Map<string, CellSum> | null {
  const bbox = filter.bbox as [number, number, number, number];
  const [west, south] = bbox;
  const level = pyramidLevel(west, south, cellSize);
  if (level === null) return null;
  const grid = unitGrid(west, south, cellSize);
  const plan = planPyramid(bbox, level);
  const cells = new Map<string, CellSum>();
  const add = (key: string, count: number, latSum: number, lonSum: number, newest: string) => {
    const cell = cells.get(key);
    if (!cell) cells.set(key, { count, latSum, lonSum, newest });
    else {
      cell.count += count;
      cell.latSum += latSum;
      cell.lonSum += lonSum;
      if (newest > cell.newest) cell.newest = newest;
    }
  };
  const library = filter.library_id;
  for (const block of plan.blocks) {
    const size = block.level / GEO_UNITS_PER_DEGREE;
    const shiftUnits = block.shift * GEO_UNITS_PER_DEGREE;
    for (const row of blockRows(db, block, library)) {
      // On a unit grid a cell lies inside one requested cell; otherwise it goes to the one
      // holding its centre.
      const key = grid
        ? `${Math.floor((row.lat_cell * block.level - grid.south) / grid.cell)},${Math.floor(
            (row.lon_cell * block.level + shiftUnits - grid.west) / grid.cell,
          )}`
        : `${Math.floor(((row.lat_cell + 0.5) * size - 90 - south) / cellSize)},${Math.floor(
            ((row.lon_cell + 0.5) * size - 180 + block.shift - west) / cellSize,
          )}`;
      add(key, row.count, row.lat_sum, row.lon_sum + block.shift * row.count, row.newest);
    }
  }
  for (const strip of plan.strips) {
    for (const row of stripRows(db, strip, bbox, cellKeySql(bbox, cellSize, grid), library)) {
      add(`${row.y},${row.x}`, row.count, row.lat_sum, row.lon_sum, row.newest);
    }
  }
  return cells;
}

interface CellRow {
  lat_cell: number;
  lon_cell: number;
  count: number;
  lat_sum: number;
  lon_sum: number;
  newest: string;
}

/**
 * A block's cells: one seek per row of cells (walked by a recursive CTE), or per column through
 * the column index when the block is taller than it is wide.
 */
function blockRows(db: Db, block: CellBlock, library: string | undefined): CellRow[] {
  const byLibrary = library === undefined ? '' : ' AND c.library_id = ?';
  const byColumn = block.rows[1] - block.rows[0] > block.cols[1] - block.cols[0];
  const [walked, ranged] = byColumn ? ['lon_cell', 'lat_cell'] : ['lat_cell', 'lon_cell'];
  const [steps, range] = byColumn ? [block.cols, block.rows] : [block.rows, block.cols];
  return statement(
    db,
    `WITH RECURSIVE r(k) AS (SELECT ? UNION ALL SELECT k + 1 FROM r WHERE k < ?)
     SELECT c.lat_cell, c.lon_cell, c.count, c.lat_sum, c.lon_sum, c.newest
     -- CROSS JOIN: the steps drive the loop, a seek each (the planner would scan the cells).
     FROM r CROSS JOIN geo_cells c${byColumn ? ' INDEXED BY geo_cells_by_column' : ''}
       ON c.level = ? AND c.${walked} = r.k AND c.${ranged} BETWEEN ? AND ?${byLibrary}`,
  ).all(...steps, block.level, ...range, ...(library === undefined ? [] : [library])) as CellRow[];
}

const unit = geoUnitSql('a');

/** The assets of a strip inside the box, summed per requested cell (as the grouping path does). */
function stripRows(
  db: Db,
  strip: UnitStrip,
  bbox: [number, number, number, number],
  key: CellKeySql,
  library: string | undefined,
) {
  const [west, south, east, north] = bbox;
  // A strip is one unit row or one unit column: the index that has it first, then the position.
  const isRow = strip.rows[0] === strip.rows[1];
  const index = isRow ? 'assets_geo_unit' : 'assets_geo_unit_lon';
  const units = isRow
    ? `${unit.lat} = ? AND ${unit.lon} BETWEEN ? AND ?`
    : `${unit.lon} = ? AND ${unit.lat} BETWEEN ? AND ?`;
  const unitParams = isRow ? [strip.rows[0], ...strip.cols] : [strip.cols[0], ...strip.rows];
  const lonIn = west <= east ? 'a.longitude BETWEEN ? AND ?' : '(a.longitude >= ? OR a.longitude <= ?)';
  const byLibrary = library === undefined ? '' : ' AND a.library_id = ?';
  return statement(
    db,
    `SELECT ${key.y} AS y, ${key.x} AS x, count(*) AS count, total(a.latitude) AS lat_sum, total(a.longitude + ?) AS lon_sum,
       max(a.sort_key || a.id) AS newest
     FROM assets a INDEXED BY ${index}
     WHERE a.latitude IS NOT NULL AND a.stack_hidden = 0 AND ${units} AND a.latitude BETWEEN ? AND ? AND ${lonIn}${byLibrary}
     GROUP BY y, x`,
  ).all(
    ...key.params,
    strip.shift,
    ...unitParams,
    south,
    north,
    west,
    east,
    ...(library === undefined ? [] : [library]),
  ) as { y: number; x: number; count: number; lat_sum: number; lon_sum: number; newest: string }[];
}

/** The SQL of an asset's requested cell (`y`, `x`, from the box's south-west corner) and its parameters. */
export interface CellKeySql {
  y: string;
  x: string;
  params: unknown[];
}

/**
 * On a unit grid, the asset's unit counted in cells (a photo on the box's south or west edge whose
 * unit starts just outside it counts in the first cell); otherwise degrees divided by the cell
 * size. Across the antimeridian, longitudes east of it count 360° on.
 */
export function cellKeySql(
  bbox: readonly [number, number, number, number],
  cellSize: number,
  grid: UnitGrid | null,
): CellKeySql {
  const [west, south, east] = bbox;
  const wraps = west > east;
  if (grid) {
    const shift = wraps ? ` + (CASE WHEN a.longitude < ? THEN ${360 * GEO_UNITS_PER_DEGREE} ELSE 0 END)` : '';
    return {
      // Bound numbers arrive as REAL: cast, so that the division is an integer one.
      y: `max(0, ${unit.lat} - CAST(? AS INTEGER)) / CAST(? AS INTEGER)`,
      x: `max(0, ${unit.lon}${shift} - CAST(? AS INTEGER)) / CAST(? AS INTEGER)`,
      params: [grid.south, grid.cell, ...(wraps ? [west] : []), grid.west, grid.cell],
    };
  }
  const lon = wraps ? 'CASE WHEN a.longitude < ? THEN a.longitude + 360 ELSE a.longitude END' : 'a.longitude';
  return {
    y: 'CAST((a.latitude - ?) / ? AS INTEGER)',
    x: `CAST((${lon} - ?) / ? AS INTEGER)`,
    params: [south, cellSize, ...(wraps ? [west] : []), west, cellSize],
  };
}

/**
 * How a geo-clusters box is read from the cell pyramid (server/db/geo-cells.ts): which level,
 * which blocks of cells, and which thin strips of assets are read one by one. Pure arithmetic on
 * the pyramid's integer grid of 0.001° units, so the pieces tile the box exactly: a unit wholly
 * inside the box comes from the pyramid (the coarsest cells that fit, finer ones in the margins),
 * and only the unit rows and columns the box's edges run through are read from the assets, with
 * the list's own bbox test.
 */
import { GEO_LEVELS, GEO_UNITS_PER_DEGREE } from '../db/geo-cells.ts';

const LAT_UNITS = 180 * GEO_UNITS_PER_DEGREE;
const LON_UNITS = 360 * GEO_UNITS_PER_DEGREE;

/** Inclusive ranges of cell rows and columns of one level (unit rows/columns when `level` is 1). */
export interface CellBlock {
  level: number;
  rows: [number, number];
  cols: [number, number];
  /** Added to the longitude of cells east of the antimeridian when the box wraps (0 or 360). */
  shift: number;
}

/** Unit rows and columns whose assets are read one by one (the box's edges run through them). */
export interface UnitStrip {
  rows: [number, number];
  cols: [number, number];
  shift: number;
}

export interface PyramidPlan {
  level: number;
  blocks: CellBlock[];
  strips: UnitStrip[];
}

/** The unit an ordinate falls in, as the SQL `CAST((x + offset) * 1000 AS INTEGER)` computes it. */
export const unitOf = (degrees: number, offset: 90 | 180) =>
  Math.trunc((degrees + offset) * GEO_UNITS_PER_DEGREE);

/** The nearest whole number of units, if `degrees` is one (to a millionth of a unit). */
const wholeUnits = (degrees: number) => {
  const units = degrees * GEO_UNITS_PER_DEGREE;
  return Math.abs(units - Math.round(units)) < 1e-6 ? Math.round(units) : null;
};

/** A requested grid that lies on the unit grid: its south-west corner and cell size in units. */
export interface UnitGrid {
  south: number;
  west: number;
  cell: number;
}

/**
 * The requested grid in units, when it lies on the unit grid (cell size a whole number of units,
 * corner on a unit line). Its cells are then unions of units, in both summaries paths: an asset
 * belongs to its unit's cell, so the two paths agree even for a photo exactly on a line, where
 * floating point would pick a side each its own way.
 */
export function unitGrid(west: number, south: number, cellSize: number): UnitGrid | null {
  const cell = wholeUnits(cellSize);
  const s = wholeUnits(south + 90);
  const w = wholeUnits(west + 180);
  return cell === null || cell < 1 || s === null || w === null ? null : { south: s, west: w, cell };
}

/**
 * The coarsest level whose cells each lie in one requested cell (its size divides the requested
 * grid's cell and corner), on a unit grid; otherwise the coarsest level no bigger than `cellSize`
 * (cells are then given to the requested cell holding their centre). Null below the finest level.
 */
export function pyramidLevel(west: number, south: number, cellSize: number): number | null {
  const grid = unitGrid(west, south, cellSize);
  const coarsestFirst = [...GEO_LEVELS].reverse();
  if (grid)
    return coarsestFirst.find((r) => grid.cell % r === 0 && grid.south % r === 0 && grid.west % r === 0)!;
  return coarsestFirst.find((r) => r / GEO_UNITS_PER_DEGREE <= cellSize) ?? null;
}

/** One dimension of the box in units: its inner units and the edge units the box cuts. */
function span(low: number, high: number, openLow: boolean, openHigh: boolean, max: number) {
  const a = Math.min(Math.max(low, 0), max);
  const b = Math.min(Math.max(high, 0), max);
  const inner: [number, number] = [openLow ? a : a + 1, openHigh ? b : b - 1];
  const edges = [...new Set([...(openLow ? [] : [a]), ...(openHigh ? [] : [b])])];
  return { all: [a, b] as [number, number], inner, edges };
}

/**
 * Tile the unit rectangle with the coarsest cells that fit, from `levelIndex` down: whole cells
 * of that level, then the margins around them with the next level, down to single units.
 */
export function tile(
  rows: [number, number],
  cols: [number, number],
  levelIndex: number,
  shift: number,
  out: CellBlock[],
): void {
  if (rows[0] > rows[1] || cols[0] > cols[1]) return;
  const r = GEO_LEVELS[levelIndex]!;
  const r0 = Math.ceil(rows[0] / r);
  const r1 = Math.floor((rows[1] + 1) / r) - 1;
  const c0 = Math.ceil(cols[0] / r);
  const c1 = Math.floor((cols[1] + 1) / r) - 1;
  if (r0 > r1 || c0 > c1) {
    tile(rows, cols, levelIndex - 1, shift, out);
    return;
  }
  out.push({ level: r, rows: [r0, r1], cols: [c0, c1], shift });
  if (levelIndex === 0) return;
  const top = r0 * r;
  const bottom = (r1 + 1) * r - 1;
  tile([rows[0], top - 1], cols, levelIndex - 1, shift, out);
  tile([bottom + 1, rows[1]], cols, levelIndex - 1, shift, out);
  tile([top, bottom], [cols[0], c0 * r - 1], levelIndex - 1, shift, out);
  tile([top, bottom], [(c1 + 1) * r, cols[1]], levelIndex - 1, shift, out);
}

/** The blocks and strips that make up an inclusive box (west > east wraps the antimeridian). */
export function planPyramid(bbox: readonly [number, number, number, number], level: number): PyramidPlan {
  const [west, south, east, north] = bbox;
  const lat = span(unitOf(south, 90), unitOf(north, 90), south <= -90, north >= 90, LAT_UNITS);
  const lonSpans =
    west > east
      ? [
          { low: west, high: 180, shift: 0 },
          { low: -180, high: east, shift: 360 },
        ]
      : [{ low: west, high: east, shift: 0 }];
  const blocks: CellBlock[] = [];
  const strips: UnitStrip[] = [];
  const levelIndex = GEO_LEVELS.indexOf(level as (typeof GEO_LEVELS)[number]);
  for (const { low, high, shift } of lonSpans) {
    const lon = span(unitOf(low, 180), unitOf(high, 180), low <= -180, high >= 180, LON_UNITS);
    for (const row of lat.edges) strips.push({ rows: [row, row], cols: lon.all, shift });
    for (const col of lon.edges) {
      if (lat.inner[0] <= lat.inner[1]) strips.push({ rows: lat.inner, cols: [col, col], shift });
    }
    tile(lat.inner, lon.inner, levelIndex, shift, blocks);
  }
  return { level, blocks, strips };
}

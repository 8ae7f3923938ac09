import { describe, expect, it } from 'vitest';
import { planPyramid, pyramidLevel, unitGrid, unitOf, type PyramidPlan } from './geo-pyramid.ts';

describe('unitGrid', () => {
  it.each([
    [[-180, -90, 10], { south: 0, west: 0, cell: 10000 }],
    [[-9.3, 38.7, 0.005], { south: 128700, west: 170700, cell: 5 }],
    [[170, -30, 25], { south: 60000, west: 350000, cell: 25000 }],
    [[-9.2345, 38.7, 0.005], null],
    [[-9.3, 38.7, 0.0005], null],
    [[-9.3, 38.7, 0.0073], null],
  ] as const)('%j → %j', ([west, south, cell], grid) => expect(unitGrid(west, south, cell)).toEqual(grid));
});

describe('pyramidLevel', () => {
  it.each([
    [[-180, -90, 10], 10000],
    [[-180, -90, 30], 10000],
    [[-180, -90, 25], 5000],
    [[-9.3, 38.7, 0.005], 5],
    [[-9.3, 38.7, 0.05], 50],
    [[-9.25, 38.7, 0.1], 50],
    [[-9.2345, 38.7123, 0.007], 5],
    [[-9.3, 38.7, 0.0009], null],
  ] as const)('%j → level %j', ([west, south, cell], level) =>
    expect(pyramidLevel(west, south, cell)).toBe(level),
  );
});

/** How many times each unit of a small plan is covered, by blocks and by strips. */
function coverage(plan: PyramidPlan): Map<string, number> {
  const seen = new Map<string, number>();
  const mark = (row: number, col: number) => seen.set(`${row},${col}`, (seen.get(`${row},${col}`) ?? 0) + 1);
  for (const b of plan.blocks)
    for (let r = b.rows[0]; r <= b.rows[1]; r++)
      for (let c = b.cols[0]; c <= b.cols[1]; c++)
        for (let y = r * b.level; y < (r + 1) * b.level; y++)
          for (let x = c * b.level; x < (c + 1) * b.level; x++) mark(y, x);
  for (const s of plan.strips)
    for (let y = s.rows[0]; y <= s.rows[1]; y++) for (let x = s.cols[0]; x <= s.cols[1]; x++) mark(y, x);
  return seen;
}

describe('planPyramid', () => {
  it.each([
    [[-9.3, 38.7, -9.1, 38.9], 5],
    [[-9.2345, 38.7123, -9.0111, 38.8889], 5],
    [[-9.3, 38.7, -9.25, 38.71], 1],
    [[-9.05, 38.65, -8.95, 38.75], 50],
  ] as const)('tiles %j at level %i once, unit by unit, edges as strips', (bbox, level) => {
    const plan = planPyramid(bbox, level);
    const seen = coverage(plan);
    const [south, north] = [unitOf(bbox[1], 90), unitOf(bbox[3], 90)];
    const [west, east] = [unitOf(bbox[0], 180), unitOf(bbox[2], 180)];
    expect(seen.size).toBe((north - south + 1) * (east - west + 1));
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    const inside = [...seen.keys()].filter((key) => {
      const [y, x] = key.split(',').map(Number) as [number, number];
      return y >= south && y <= north && x >= west && x <= east;
    });
    expect(inside).toHaveLength(seen.size);
    // Only the edges are read asset by asset.
    for (const s of plan.strips) expect(s.rows[0] === s.rows[1] || s.cols[0] === s.cols[1]).toBe(true);
    expect(plan.strips).toHaveLength(4);
    expect(plan.blocks.some((b) => b.level === level)).toBe(true);
  });

  it('reads the world without strips, and splits a box across the antimeridian with the east shifted', () => {
    const world = planPyramid([-180, -90, 180, 90], 10000);
    expect(world.strips).toEqual([]);
    expect(world.blocks[0]).toEqual({ level: 10000, rows: [0, 17], cols: [0, 35], shift: 0 });
    const pacific = planPyramid([170, -30, -160, 0], 5000);
    expect(new Set(pacific.blocks.map((b) => b.shift))).toEqual(new Set([0, 360]));
    // The west and south edges of the first span, the south edge and the east edge of the second;
    // the north edge (0°) of each: the antimeridian itself is no edge.
    expect(pacific.strips.map((s) => s.shift).sort()).toEqual([0, 0, 0, 360, 360, 360]);
  });
});

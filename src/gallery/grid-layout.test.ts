import { describe, expect, it } from 'vitest';
import { computeGridLayout, minTileFor } from './grid-layout.ts';

describe('computeGridLayout', () => {
  it.each([
    // width, minTile, gap, columns, tileSize
    [1000, 180, 4, 5, 196.8],
    [1024, 160, 4, 6, (1024 - 20) / 6],
    [180, 180, 4, 1, 180],
    [363, 180, 4, 1, 363],
    [364, 180, 4, 2, 180],
    [100, 180, 4, 1, 100], // narrower than one tile: one column, shrunk
    [375, 100, 2, 3, (375 - 4) / 3],
    [0, 180, 4, 1, 0],
    [-5, 180, 4, 1, 0],
    [Number.NaN, 180, 4, 1, 0],
  ])('width %d, min %d, gap %d → %d columns of %d', (width, minTile, gap, columns, tileSize) => {
    const layout = computeGridLayout(width, { minTile, gap });
    expect(layout.columns).toBe(columns);
    expect(layout.tileSize).toBeCloseTo(tileSize, 6);
    expect(layout.rowHeight).toBeCloseTo(tileSize + gap, 6);
  });

  it('fills the row exactly: columns × tile + gaps = width', () => {
    for (const width of [320, 777, 1280, 1919, 3840]) {
      const { columns, tileSize, gap } = computeGridLayout(width, { minTile: 150, gap: 3 });
      expect(columns * tileSize + (columns - 1) * gap).toBeCloseTo(width, 6);
      expect(tileSize).toBeGreaterThanOrEqual(150);
    }
  });

  it('caps the column count', () => {
    const layout = computeGridLayout(10_000, { minTile: 100, gap: 0, maxColumns: 12 });
    expect(layout.columns).toBe(12);
    expect(layout.tileSize).toBeCloseTo(10_000 / 12, 6);
  });
});

describe('minTileFor', () => {
  it.each([
    [375, 100],
    [800, 140],
    [1440, 180],
  ])('%d px wide → %d px tiles', (width, expected) => {
    expect(minTileFor(width)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import {
  areaBetween,
  cellAround,
  cellSizeFor,
  clampView,
  fromScreen,
  minZoom,
  panBy,
  project,
  snapArea,
  toScreen,
  unproject,
  viewArea,
  zoomAbout,
} from './map-view.ts';

const size = { width: 1000, height: 600 };

describe('project / unproject', () => {
  it.each([
    [0, 0, 0, [128, 128]],
    [-180, 0, 0, [0, 128]],
    [180, 0, 1, [512, 256]],
    [0, 85.0511287798, 0, [128, 0]],
  ] as const)('(%d, %d) at zoom %d → %o', (lon, lat, zoom, [x, y]) => {
    const [px, py] = project(lon, lat, zoom);
    expect(px).toBeCloseTo(x, 6);
    expect(py).toBeCloseTo(y, 6);
    const [backLon, backLat] = unproject(px, py, zoom);
    expect(backLon).toBeCloseTo(lon, 6);
    expect(backLat).toBeCloseTo(lat, 6);
  });
});

describe('views', () => {
  const lisbon = { longitude: -9.14, latitude: 38.71, zoom: 10 };

  it('puts the centre in the middle of the screen and reads it back', () => {
    expect(toScreen(lisbon, size, -9.14, 38.71).map((v) => Math.round(v))).toEqual([500, 300]);
    const [lon, lat] = fromScreen(lisbon, size, [500, 300]);
    expect(lon).toBeCloseTo(-9.14, 9);
    expect(lat).toBeCloseTo(38.71, 9);
  });

  it('zooms about a point: the place under it stays under it', () => {
    const point = [120, 80] as const;
    const before = fromScreen(lisbon, size, point);
    const zoomed = zoomAbout(lisbon, size, point, 2);
    expect(zoomed.zoom).toBeCloseTo(11, 9);
    const after = fromScreen(zoomed, size, point);
    expect(after[0]).toBeCloseTo(before[0], 9);
    expect(after[1]).toBeCloseTo(before[1], 9);
  });

  it('pans with the pointer: a place moves by the drag', () => {
    const moved = panBy(lisbon, size, 100, -40);
    const [x, y] = toScreen(moved, size, -9.14, 38.71);
    expect(x).toBeCloseTo(600, 6);
    expect(y).toBeCloseTo(260, 6);
  });

  it('keeps the world on screen: no zoom below the world’s size, no pan past its edges', () => {
    expect(minZoom(size)).toBeCloseTo(Math.log2(1000 / 256), 9);
    const out = clampView({ longitude: 170, latitude: 80, zoom: 0 }, size);
    expect(out.zoom).toBeCloseTo(minZoom(size), 9);
    const area = viewArea(out, size);
    expect(area.west).toBeCloseTo(-180, 6);
    expect(area.east).toBeCloseTo(180, 6);
    const edge = clampView({ longitude: 179.9, latitude: 0, zoom: 5 }, size);
    expect(viewArea(edge, size).east).toBeCloseTo(180, 6);
  });

  it('reads a drawn box either way round', () => {
    const a = areaBetween(lisbon, size, [100, 500], [400, 100]);
    const b = areaBetween(lisbon, size, [400, 100], [100, 500]);
    expect(a).toEqual(b);
    expect(a.west).toBeLessThan(a.east);
    expect(a.south).toBeLessThan(a.north);
  });
});

describe('cells', () => {
  it.each([
    [0, 90],
    [2, 50],
    [4, 10],
    [10, 0.1],
    [15, 0.005],
    [25, 0.0001],
  ])('zoom %d → cell %d°', (zoom, cell) => {
    expect(cellSizeFor(zoom)).toBe(cell);
  });

  it('snaps an area to whole cells from the world’s corner, within the world', () => {
    expect(snapArea({ west: -9.3, south: 38.61, east: -8.95, north: 38.8 }, 0.1)).toEqual({
      west: -9.3,
      south: 38.6,
      east: -8.9,
      north: 38.8,
    });
    expect(snapArea({ west: -179, south: -89, east: 179, north: 89 }, 50)).toEqual({
      west: -180,
      south: -90,
      east: 180,
      north: 90,
    });
  });

  it('finds the cell a centroid fell in', () => {
    expect(cellAround(-9.14, 38.71, 0.1)).toEqual({ west: -9.2, south: 38.7, east: -9.1, north: 38.8 });
    expect(cellAround(139.7, 35.7, 90)).toEqual({ west: 90, south: 0, east: 180, north: 90 });
  });
});

import { describe, expect, it } from 'vitest';
import { badgeText, clusterMarks, markerDiameter } from './cluster-marks.ts';
import { canvasBox } from './land-transform.ts';
import { project } from './map-view.ts';

const size = { width: 800, height: 600 };
const cluster = (longitude: number, latitude: number, count = 1) => ({
  longitude,
  latitude,
  count,
  representative_asset_id: 'asset_x',
});

describe('markerDiameter', () => {
  it.each([
    [1, 36],
    [10, 48],
    [100, 60],
    [1000, 72],
    [1e6, 72],
    [0, 36],
  ])('%d photos → %d px', (count, diameter) => expect(markerDiameter(count)).toBe(diameter));
});

describe('clusterMarks', () => {
  it('puts the view’s centre at the frame’s centre, inside the canvas margin', () => {
    const box = canvasBox(size);
    const [mark] = clusterMarks(
      [cluster(2.35, 48.85, 10)],
      { longitude: 2.35, latitude: 48.85, zoom: 6 },
      size,
    );
    expect(mark!.x).toBeCloseTo(size.width / 2 - box.left);
    expect(mark!.y).toBeCloseTo(size.height / 2 - box.top);
    expect(mark!.diameter).toBe(48);
  });

  it('places others by their projected distance at the view’s zoom', () => {
    const view = { longitude: 0, latitude: 0, zoom: 3 };
    const [centre, east] = clusterMarks([cluster(0, 0), cluster(10, 0)], view, size);
    const [x0] = project(0, 0, 3);
    const [x1] = project(10, 0, 3);
    expect(east!.x - centre!.x).toBeCloseTo(x1 - x0);
    expect(east!.y).toBeCloseTo(centre!.y);
  });
});

describe('badgeText', () => {
  const format = (n: number) => n.toLocaleString('en');
  it.each([
    [7, '7'],
    [9999, '9,999'],
    [12_345, '12.3k'],
    [20_000, '20k'],
    [456_789, '457k'],
    [1_250_000, '1.3M'],
  ])('%d → %s', (count, text) => expect(badgeText(count, format)).toBe(text));
});

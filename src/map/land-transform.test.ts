import { describe, expect, it } from 'vitest';
import { canvasBox, landShift, shiftCovers } from './land-transform.ts';
import { project, type MapView } from './map-view.ts';

const size = { width: 1000, height: 600 };
const paris: MapView = { longitude: 2.35, latitude: 48.85, zoom: 5 };

/** Where the shifted canvas shows the world point at `lonLat`, in frame pixels. */
function shownAt(drawn: MapView, now: MapView, lonLat: [number, number]): [number, number] {
  const box = canvasBox(size);
  // On the canvas painted for `drawn`, the place sits at u = frame point − (left, top).
  const [px, py] = project(lonLat[0], lonLat[1], drawn.zoom);
  const [dx, dy] = project(drawn.longitude, drawn.latitude, drawn.zoom);
  const u = [px - dx + size.width / 2 - box.left, py - dy + size.height / 2 - box.top];
  const shift = landShift(drawn, now, size);
  return [
    box.left + shift.translate[0] + shift.scale * u[0]!,
    box.top + shift.translate[1] + shift.scale * u[1]!,
  ];
}

/** Where `now` itself puts the point. */
function expectedAt(now: MapView, lonLat: [number, number]): [number, number] {
  const [px, py] = project(lonLat[0], lonLat[1], now.zoom);
  const [cx, cy] = project(now.longitude, now.latitude, now.zoom);
  return [px - cx + size.width / 2, py - cy + size.height / 2];
}

describe('landShift', () => {
  it('is no shift for the view the canvas was drawn for', () => {
    expect(landShift(paris, paris, size)).toEqual({ translate: [0, 0], scale: 1 });
  });

  it.each([
    ['a pan', { ...paris, longitude: 4, latitude: 47 }],
    ['a zoom in', { ...paris, zoom: 5.7 }],
    ['a zoom out', { ...paris, zoom: 4.2 }],
    ['a pan and a zoom', { longitude: -1, latitude: 51, zoom: 6.3 }],
  ])('after %s, shows every place where the new view has it', (_name, now) => {
    for (const place of [
      [2.35, 48.85],
      [13.4, 52.5],
      [-3.7, 40.4],
    ] as [number, number][]) {
      const [x, y] = shownAt(paris, now, place);
      const [ex, ey] = expectedAt(now, place);
      expect(x).toBeCloseTo(ex, 6);
      expect(y).toBeCloseTo(ey, 6);
    }
  });
});

describe('shiftCovers', () => {
  it('covers the frame for a pan within the margin and half a level out, not past either', () => {
    const world = (dxPx: number): MapView => {
      const [x] = project(paris.longitude, paris.latitude, paris.zoom);
      const lon = ((x + dxPx) / (256 * 2 ** paris.zoom)) * 360 - 180;
      return { ...paris, longitude: lon };
    };
    expect(shiftCovers(landShift(paris, world(200), size), size)).toBe(true);
    expect(shiftCovers(landShift(paris, world(300), size), size)).toBe(false);
    expect(shiftCovers(landShift(paris, { ...paris, zoom: 4.5 }, size), size)).toBe(true);
    expect(shiftCovers(landShift(paris, { ...paris, zoom: 4 }, size), size)).toBe(false);
    expect(shiftCovers(landShift(paris, { ...paris, zoom: 5.5 }, size), size)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  clampPan,
  clampScale,
  maxScale,
  canDrawOriginal,
  needsFullsize,
  oneToOneScale,
  panBy,
  pinchScale,
  snapThroughOneToOne,
  wheelZoomFactor,
  zoomAbout,
  zoomPercent,
} from './zoom-math.ts';

const fit = { width: 1000, height: 500 };
const stage = { width: 1000, height: 800 };

describe('oneToOneScale', () => {
  it.each([
    // fitted CSS width, original width, DPR → scale for 1 original px per device px
    [1000, 4000, 1, 4],
    [1000, 4000, 2, 2],
    [1000, 1000, 2, 0.5],
    [32, 8, 1, 0.25],
    [0, 4000, 1, 1],
    [1000, 0, 1, 1],
  ])('fit %d, original %d at DPR %d → %d', (fitWidth, original, dpr, expected) => {
    expect(oneToOneScale(fitWidth, original, dpr)).toBeCloseTo(expected);
  });
});

describe('maxScale and clampScale', () => {
  it.each([
    [4, 16],
    [0.25, 1],
    [0.5, 2],
  ])('100 %% at %d allows up to %d', (oneToOne, expected) => {
    expect(maxScale(oneToOne)).toBe(expected);
  });

  it.each([
    [0.5, 4, 1],
    [3, 4, 3],
    [40, 4, 16],
    [Number.NaN, 4, 1],
  ])('clamps %d (100 %% at %d) to %d', (scale, oneToOne, expected) => {
    expect(clampScale(scale, oneToOne)).toBe(expected);
  });
});

describe('snapThroughOneToOne', () => {
  it.each([
    // from, to, 100 % at → result
    [1, 2, 4, 2],
    [3, 6, 4, 4], // crossing 100 % upwards stops there
    [4, 6, 4, 6], // from 100 %, a further input goes past it
    [6, 3, 4, 4], // crossing downwards stops there too
    [4, 3, 4, 3],
    [10, 100, 4, 16], // capped at the insist limit
    [2, 0.5, 4, 1], // never below the fit
    [1, 3, 0.5, 2], // a tiny photo: no 100 % stop above the fit, capped at 4 × its pixels
  ])('%d → %d with 100 %% at %d gives %d', (from, to, oneToOne, expected) => {
    expect(snapThroughOneToOne(from, to, oneToOne)).toBe(expected);
  });
});

describe('clampPan', () => {
  it.each([
    // scale, x, y → clamped x, y (photo 1000×500 fitted on a 1000×800 stage)
    [1, 300, 300, 0, 0], // at the fit it stays centred
    [2, 300, 100, 300, 100], // 2000×1000: 500 px slack across, 100 down
    [2, 800, 300, 500, 100],
    [2, -800, -300, -500, -100],
    [1.5, 0, 200, 0, 0], // 750 tall on an 800 stage: centred vertically
  ])('scale %d at (%d, %d) → (%d, %d)', (scale, x, y, ex, ey) => {
    expect(clampPan({ scale, x, y }, fit, stage)).toEqual({ scale, x: ex, y: ey });
  });
});

describe('zoomAbout', () => {
  it('keeps the point under the pointer where it is', () => {
    // A point 200 px right of centre is photo point 200 at scale 1; at scale 2 it would be at 400
    // from the photo centre, so the photo shifts left by 200 to keep it under the pointer.
    expect(zoomAbout({ scale: 1, x: 0, y: 0 }, 2, { x: 200, y: 0 }, fit, stage)).toEqual({
      scale: 2,
      x: -200,
      y: 0,
    });
  });

  it('zooming about the centre leaves the photo centred', () => {
    expect(zoomAbout({ scale: 1, x: 0, y: 0 }, 3, { x: 0, y: 0 }, fit, stage)).toEqual({
      scale: 3,
      x: 0,
      y: 0,
    });
  });

  it('clamps so a corner zoom does not pull the photo off the stage', () => {
    const view = zoomAbout({ scale: 2, x: 500, y: 0 }, 1.2, { x: -500, y: 0 }, fit, stage);
    expect(view.scale).toBe(1.2);
    expect(Math.abs(view.x)).toBeLessThanOrEqual((1000 * 1.2 - 1000) / 2);
  });

  it('a pinch zooms about where the fingers started and follows them as they move', () => {
    expect(zoomAbout({ scale: 1, x: 0, y: 0 }, 2, { x: 100, y: 0 }, fit, stage, { x: 30, y: 0 })).toEqual({
      scale: 2,
      x: -70,
      y: 0,
    });
  });

  it('zooming back to the fit recentres', () => {
    expect(zoomAbout({ scale: 3, x: 400, y: 100 }, 1, { x: 100, y: 50 }, fit, stage)).toEqual({
      scale: 1,
      x: 0,
      y: 0,
    });
  });
});

describe('panBy', () => {
  it.each([
    [2, 100, 50, 100, 50],
    [2, 900, 0, 500, 0],
    [1, 100, 100, 0, 0],
  ])('scale %d moved by (%d, %d) → (%d, %d)', (scale, dx, dy, ex, ey) => {
    expect(panBy({ scale, x: 0, y: 0 }, dx, dy, fit, stage)).toEqual({ scale, x: ex, y: ey });
  });
});

describe('wheelZoomFactor', () => {
  it.each([
    [-100, 0, Math.exp(0.5)],
    [100, 0, Math.exp(-0.5)],
    [0, 0, 1],
    [-3, 1, Math.exp(48 / 200)],
    [-10_000, 0, Math.exp(1.5)], // a flung wheel is bounded
  ])('deltaY %d (mode %d) → ×%f', (deltaY, mode, expected) => {
    expect(wheelZoomFactor(deltaY, mode)).toBeCloseTo(expected);
  });

  it('zooms in and back out by the same amount', () => {
    expect(wheelZoomFactor(-40, 0) * wheelZoomFactor(40, 0)).toBeCloseTo(1);
  });
});

describe('needsFullsize', () => {
  it.each([
    // scale, fitted box, DPR, preview edge, original edge → needs the full size
    [1, { width: 1000, height: 500 }, 1, 1440, 4000, false],
    [1.5, { width: 1000, height: 500 }, 1, 1440, 4000, true],
    [1, { width: 1000, height: 500 }, 2, 1440, 4000, true], // a 2× screen at the fit
    [3, { width: 1000, height: 500 }, 2, 1440, 1200, false], // the preview is the original
    [1.44, { width: 1000, height: 500 }, 1, 1440, 1600, false],
    [1.45, { width: 500, height: 1000 }, 1, 1440, 1600, true], // portrait: the long edge is the height
  ])(
    'scale %d of %o at DPR %d (preview %d, original %d) → %s',
    (scale, box, dpr, preview, original, expected) => {
      expect(needsFullsize(scale, box, dpr, preview, original)).toBe(expected);
    },
  );
});

describe('zoomPercent and pinchScale', () => {
  it.each([
    [4, 4, 100],
    [2, 4, 50],
    [1, 0.25, 400],
  ])('scale %d with 100 %% at %d reads %d %%', (scale, oneToOne, expected) => {
    expect(zoomPercent(scale, oneToOne)).toBe(expected);
  });

  it.each([
    [1, 100, 200, 2],
    [2, 200, 100, 1],
    [1.5, 0, 100, 1.5],
  ])('start %d, fingers %d → %d apart gives %d', (start, from, to, expected) => {
    expect(pinchScale(start, from, to)).toBe(expected);
  });
});

describe('needsFullsize past the full size (draw the original)', () => {
  it.each([
    // a 6000 px wide original fitted at 1000 CSS px, full size 4096
    [4, 1, false], // 4000 device px: the full size still has them
    [4.2, 1, true],
    [2.1, 2, true], // a 2× screen gets there at half the zoom
  ])('scale %d at DPR %d → %s', (scale, dpr, expected) => {
    expect(needsFullsize(scale, { width: 1000, height: 667 }, dpr, 4096, 6000)).toBe(expected);
  });

  it('never for an original no larger than the full size', () => {
    expect(needsFullsize(16, { width: 1000, height: 667 }, 2, 4096, 4000)).toBe(false);
  });
});

describe('canDrawOriginal', () => {
  it.each([
    ['image/jpeg', 6000, 4000, true],
    ['image/png', 8000, 6000, true],
    ['image/webp', 5000, 5000, true],
    ['image/heic', 6000, 4000, false], // no browser here decodes HEIC
    ['image/tiff', 6000, 4000, false],
    ['image/x-canon-cr2', 6000, 4000, false],
    ['video/mp4', 3840, 2160, false],
    ['image/jpeg', 12000, 9000, false], // 108 MP: too much memory to decode
    ['image/jpeg', 0, 0, false], // size unknown
  ])('%s %d×%d → %s', (mime, width, height, expected) => {
    expect(canDrawOriginal(mime, width, height)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import {
  clampZoomStep,
  DEFAULT_ZOOM_STEP,
  MAX_ZOOM_STEP,
  MIN_ZOOM_STEP,
  targetRowHeightFor,
} from './row-height.ts';

/** Photos across a row of `width` at the target height, for a shape (4:3 unless said). */
const across = (width: number, step = DEFAULT_ZOOM_STEP, aspect = 4 / 3) =>
  width / (targetRowHeightFor(width, step) * aspect);

describe('targetRowHeightFor', () => {
  it.each([
    // viewport width, default target
    [0, 90],
    [320, 90],
    [390, 100],
    [768, 130],
    [1024, 145],
    [1440, 170],
    [1920, 200],
    [3840, 280],
    [7680, 280],
    [Number.NaN, 90],
  ])('%d px wide → %d px rows', (width, target) => {
    expect(targetRowHeightFor(width, DEFAULT_ZOOM_STEP)).toBe(target);
  });

  it('puts about 3 photos across a 390 px phone and 6 to 8 across a 1440 px laptop', () => {
    expect(across(390)).toBeGreaterThan(2.5);
    expect(across(390)).toBeLessThan(3.5);
    expect(across(1440)).toBeGreaterThanOrEqual(6);
    expect(across(1440, DEFAULT_ZOOM_STEP, 1.2)).toBeLessThanOrEqual(8); // a library's typical mix
  });

  it('grows with the viewport and with every zoom step, and stays within its bounds', () => {
    let previous = 0;
    for (let width = 200; width <= 4000; width += 50) {
      const target = targetRowHeightFor(width, 0);
      expect(target).toBeGreaterThanOrEqual(previous);
      previous = target;
    }
    for (const width of [390, 1440, 2560]) {
      const steps = [-2, -1, 0, 1, 2, 3].map((step) => targetRowHeightFor(width, step));
      for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1]!);
      expect(targetRowHeightFor(width, -10)).toBe(steps[0]);
      expect(targetRowHeightFor(width, 10)).toBe(steps.at(-1));
    }
    expect(targetRowHeightFor(390, MAX_ZOOM_STEP)).toBe(195); // one or two photos across a phone
    expect(targetRowHeightFor(390, MIN_ZOOM_STEP)).toBe(64); // about five
  });

  it.each([
    [0, 0],
    [1.4, 1],
    [-2.6, -2],
    [99, MAX_ZOOM_STEP],
    [-99, MIN_ZOOM_STEP],
    [Number.NaN, DEFAULT_ZOOM_STEP],
  ])('zoom step %d is taken as %d', (step, expected) => {
    expect(clampZoomStep(step)).toBe(expected);
  });
});

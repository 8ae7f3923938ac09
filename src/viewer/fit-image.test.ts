import { describe, expect, it } from 'vitest';
import { fitContain } from './fit-image.ts';

describe('fitContain', () => {
  it.each([
    // box, image → fitted
    [[1000, 800], [4000, 3000], { width: 1000, height: 750 }], // landscape limited by width
    [[1000, 500], [4000, 3000], { width: 666, height: 500 }], // limited by height
    [[1000, 800], [3000, 4000], { width: 600, height: 800 }], // portrait
    [[300, 300], [100, 50], { width: 300, height: 150 }], // small images scale up to fill
    [[800, 800], [1000, 1000], { width: 800, height: 800 }],
  ])('box %o, image %o → %o', ([bw, bh], [iw, ih], expected) => {
    expect(fitContain(bw!, bh!, iw!, ih!)).toEqual(expected);
  });

  it.each([
    [[1440, 900], [8, 8], 4, { width: 32, height: 32 }], // a tiny image is not blown up 100×
    [[1440, 900], [300, 100], 4, { width: 1200, height: 400 }],
    [[1440, 900], [4000, 3000], 4, { width: 1200, height: 900 }], // a cap above 1 never shrinks
    [[10, 10], [1000, 1], 4, { width: 10, height: 1 }], // never 0 px tall
  ])('box %o, image %o, upscale ≤ %d → %o', ([bw, bh], [iw, ih], cap, expected) => {
    expect(fitContain(bw!, bh!, iw!, ih!, cap)).toEqual(expected);
  });

  it.each([
    [0, 800, 4000, 3000],
    [1000, 800, 0, 3000],
    [1000, 800, Number.NaN, 3000],
    [-1, 800, 4000, 3000],
  ])('unknown sizes (%d×%d, %d×%d) → null', (bw, bh, iw, ih) => {
    expect(fitContain(bw, bh, iw, ih)).toBeNull();
  });
});

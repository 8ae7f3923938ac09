import { describe, expect, it } from 'vitest';
import { renderedWidth } from './asset-urls.ts';

describe('renderedWidth: the width a rendition of at most `edge` px on its long side has', () => {
  it.each([
    [4000, 3000, 360, 360],
    [3000, 4000, 360, 270],
    [1000, 3000, 720, 240],
    [100, 68, 360, 100],
    [6000, 4000, 4096, 4096],
    [null, 3000, 360, null],
  ])('%s×%s within %i → %s', (width, height, edge, expected) => {
    expect(renderedWidth(width, height, edge)).toBe(expected);
  });
});

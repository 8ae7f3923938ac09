import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { placeholderPoster, posterTime } from './video-poster.ts';

describe('posterTime', () => {
  it.each([
    [null, 0],
    [0, 0],
    [0.4, 0.14],
    [2, 0.3],
    [5, 0.6],
    [60, 1],
  ])('a %s s clip: frame at %s s', (duration, expected) => {
    expect(posterTime(duration)).toBeCloseTo(expected, 6);
  });
});

it('the placeholder is a 16:9 picture', async () => {
  const meta = await sharp(await placeholderPoster()).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 640, 360]);
});

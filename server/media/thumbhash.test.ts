import sharp from 'sharp';
import { thumbHashToApproximateAspectRatio, thumbHashToAverageRGBA } from 'thumbhash';
import { describe, expect, it } from 'vitest';
import { thumbhashOf } from './thumbhash.ts';

const decode = (hash: string) => Buffer.from(hash, 'base64');

describe('thumbhashOf', () => {
  it("keeps a picture's colour and shape, from an image larger than the encoder takes", async () => {
    const red = await sharp({ create: { width: 360, height: 180, channels: 3, background: '#d02020' } })
      .webp()
      .toBuffer();
    const bytes = decode(await thumbhashOf(red));
    expect(bytes.length).toBeGreaterThan(4);
    expect(bytes.length).toBeLessThan(40);
    const { r, g, b } = thumbHashToAverageRGBA(bytes);
    expect(r).toBeGreaterThan(0.7);
    expect(g).toBeLessThan(0.25);
    expect(b).toBeLessThan(0.25);
    expect(thumbHashToApproximateAspectRatio(bytes)).toBeCloseTo(2, 0);
  });

  it('tells two pictures apart, and gives the same hash for the same one', async () => {
    const image = (background: string) =>
      sharp({ create: { width: 120, height: 160, channels: 3, background } })
        .png()
        .toBuffer();
    const blue = await thumbhashOf(await image('#2040c0'));
    expect(await thumbhashOf(await image('#2040c0'))).toBe(blue);
    expect(await thumbhashOf(await image('#20c040'))).not.toBe(blue);
  });
});

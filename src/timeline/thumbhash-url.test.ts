// @vitest-environment node
import { rgbaToThumbHash } from 'thumbhash';
import { describe, expect, it } from 'vitest';
import { decodedThumbhashUrl, decodeThumbhashSoon, thumbhashColour, thumbhashUrl } from './thumbhash-url.ts';

/** The base64 ThumbHash of a `w`×`h` image of one colour, as the API sends it. */
function hashOf(rgb: [number, number, number], w = 8, h = 6): string {
  const rgba = new Uint8Array(w * h * 4);
  for (let i = 0; i < w * h; i++) rgba.set([...rgb, 255], i * 4);
  return Buffer.from(rgbaToThumbHash(w, h, rgba)).toString('base64');
}

const channels = (colour: string | null) => (colour?.match(/\d+/g) ?? []).map(Number);

describe('ThumbHash placeholders', () => {
  it('give the average colour at once', () => {
    const [r = 0, g = 0, b = 0] = channels(thumbhashColour(hashOf([200, 40, 30])));
    expect(Math.abs(r - 200)).toBeLessThan(12);
    expect(Math.abs(g - 40)).toBeLessThan(12);
    expect(Math.abs(b - 30)).toBeLessThan(12);
  });

  it('decode the picture in a later task, once per hash', async () => {
    const hash = hashOf([10, 120, 220], 9, 7);
    expect(decodedThumbhashUrl(hash)).toBeUndefined();
    const url = await new Promise<string | null>((resolve) => {
      decodeThumbhashSoon(hash, resolve);
      // Not in the same task: the caller's render finishes first.
      expect(decodedThumbhashUrl(hash)).toBeUndefined();
    });
    expect(url).toMatch(/^data:image\/png;base64,/);
    expect(decodedThumbhashUrl(hash)).toBe(url);
    expect(thumbhashUrl(hash)).toBe(url);
  });

  it('skip a cancelled decode (the thumbnail came first)', async () => {
    const hash = hashOf([90, 90, 20], 10, 5);
    let called = false;
    const cancel = decodeThumbhashSoon(hash, () => (called = true));
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(called).toBe(false);
    expect(decodedThumbhashUrl(hash)).toBeUndefined();
  });

  it('read a missing or malformed hash as none', () => {
    for (const hash of [null, undefined, '', '!!not base64!!', 'AAA=']) {
      expect(thumbhashColour(hash)).toBeNull();
      expect(thumbhashUrl(hash)).toBeNull();
    }
  });
});

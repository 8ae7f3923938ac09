// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isKept, keepImage, keptCount } from './kept-images.ts';

describe('kept images', () => {
  it('keeps the last 800 loaded, the least lately loaded going first', () => {
    for (let i = 0; i < 800; i++) keepImage(`/t/${i}`);
    expect(keptCount()).toBe(800);
    // Loaded again: it is the newest now, and /t/1 the oldest.
    keepImage('/t/0');
    keepImage('/t/800');
    expect(keptCount()).toBe(800);
    expect(isKept('/t/0')).toBe(true);
    expect(isKept('/t/1')).toBe(false);
    expect(isKept('/t/2')).toBe(true);
    expect(isKept('/t/800')).toBe(true);
  });

  it('holds each by an image asking for that address', () => {
    keepImage('/api/assets/a/thumbnail?size=thumbnail');
    expect(isKept('/api/assets/a/thumbnail?size=thumbnail')).toBe(true);
    expect(isKept('')).toBe(false);
    keepImage('');
    expect(isKept('')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { advanceDelayMs, VIDEO_PREPARE_LIMIT_MS } from './slideshow-advance.ts';

describe('advanceDelayMs', () => {
  it('waits for a photo to load, then shows it for the interval', () => {
    expect(advanceDelayMs('loading', 5)).toBeNull();
    expect(advanceDelayMs('shown', 5)).toBe(5000);
    expect(advanceDelayMs('shown', 3)).toBe(3000);
  });

  it('lets a playing video run and moves on as soon as it ends', () => {
    expect(advanceDelayMs('playing', 5)).toBeNull();
    expect(advanceDelayMs('ended', 5)).toBe(0);
  });

  it('skips a video still being prepared after the limit, whatever the interval', () => {
    expect(advanceDelayMs('preparing', 3)).toBe(VIDEO_PREPARE_LIMIT_MS);
    expect(advanceDelayMs('preparing', 10)).toBe(VIDEO_PREPARE_LIMIT_MS);
  });
});

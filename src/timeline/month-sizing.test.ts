import { describe, expect, it } from 'vitest';
import { timelineLayoutOptions, withinReach } from './month-sizing.ts';
import { PADDING_X, SCRUBBER_GUTTER } from './timeline-geometry.ts';

describe('timelineLayoutOptions: the width photos get', () => {
  it('keeps the scrubber its gutter where a pointer hovers, none on a touch screen', () => {
    expect(timelineLayoutOptions(1280, 0).width).toBe(1280 - 2 * PADDING_X - SCRUBBER_GUTTER);
    expect(timelineLayoutOptions(390, 0, true).width).toBe(390 - 2 * PADDING_X);
    expect(timelineLayoutOptions(10, 0, true).width).toBe(0);
  });
});

describe('withinReach: a month within a viewport of the viewport loads at once', () => {
  // A 900 px viewport; section-relative view top, the month's height, whether it is within reach.
  it.each([
    ['the viewport inside it', 2000, 10_000, true],
    ['it starts in the viewport', -300, 10_000, true],
    ['it starts half a viewport below', -1350, 10_000, true],
    ['it starts two viewports below', -1800, 10_000, false],
    ['it ends just above the viewport', 5100, 5000, true],
    ['it ends two viewports above (a big month above a landing)', 6800, 5000, false],
  ])('%s', (_name, viewTop, height, near) => {
    expect(withinReach(viewTop, viewTop + 900, height)).toBe(near);
  });
});

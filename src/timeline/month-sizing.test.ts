import { describe, expect, it } from 'vitest';
import { withinReach } from './month-sizing.ts';

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

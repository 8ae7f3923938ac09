import { describe, expect, it } from 'vitest';
import {
  EDGE_SHARE,
  JUMP_VIEWPORTS,
  LAYOUT_LIMIT_DEVICE_PX,
  MAX_SCROLL_BOX,
  contentOf,
  contentRangeOf,
  followScroll,
  isConsistent,
  physicalOf,
  physicalRangeOf,
  rebase,
  scrollBoxCapFor,
  scrollSpaceOf,
  seekContent,
  type ScrollPosition,
  type ScrollSpace,
} from './scroll-space.ts';

const VIEWPORT = 900;
/** ~50 px of content per asset (justified rows of ~240 px holding ~5 photos). */
const PX_PER_ASSET = 50;

/** Contents from one viewport to 100M assets. */
const CONTENTS: ReadonlyArray<[string, number]> = [
  ['one viewport', VIEWPORT],
  ['two viewports', 2 * VIEWPORT],
  ['just under the cap', MAX_SCROLL_BOX - 1],
  ['just over the cap', MAX_SCROLL_BOX + 1],
  ['twice the cap', 2 * MAX_SCROLL_BOX],
  ['1M assets', 1e6 * PX_PER_ASSET],
  ['10M assets', 1e7 * PX_PER_ASSET],
  ['100M assets', 1e8 * PX_PER_ASSET],
];
const CAPPED = CONTENTS.filter(([, content]) => content > MAX_SCROLL_BOX);

/** mulberry32: a seeded generator, so a failing walk can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const spaceOf = (content: number): ScrollSpace => scrollSpaceOf(content, VIEWPORT);

describe('MAX_SCROLL_BOX and the cap', () => {
  it('stays under Chromium’s layout limit at DPR 1–4 and under Firefox’s collapse', () => {
    for (const ratio of [1, 1.25, 1.5, 2, 2.625, 3, 4]) {
      expect(MAX_SCROLL_BOX * ratio).toBeLessThan(LAYOUT_LIMIT_DEVICE_PX);
      expect(scrollBoxCapFor(ratio)).toBe(MAX_SCROLL_BOX);
    }
    expect(MAX_SCROLL_BOX).toBeLessThan(17_895_697); // Firefox: 2^30 app units of 1/60 px
  });

  it.each([
    [5, 6_501_171],
    [6, 5_417_642],
    [0, MAX_SCROLL_BOX],
    [Number.NaN, MAX_SCROLL_BOX],
  ])('lowers the cap past DPR 4 (DPR %s → %s)', (ratio, cap) => {
    expect(scrollBoxCapFor(ratio)).toBe(cap);
    expect(scrollBoxCapFor(ratio) * (ratio || 1)).toBeLessThan(LAYOUT_LIMIT_DEVICE_PX);
  });
});

describe('scrollSpaceOf', () => {
  it.each<[string, number, number, number | undefined, ScrollSpace]>([
    ['a content that fits is its own box', 5000, 900, undefined, { content: 5000, viewport: 900, box: 5000 }],
    ['1M assets are capped', 5e7, 900, undefined, { content: 5e7, viewport: 900, box: MAX_SCROLL_BOX }],
    ['100M assets are capped', 5e9, 900, undefined, { content: 5e9, viewport: 900, box: MAX_SCROLL_BOX }],
    ['a given cap', 5e7, 900, 1e6, { content: 5e7, viewport: 900, box: 1e6 }],
    ['a tiny cap is raised to 8 viewports', 5e7, 900, 10, { content: 5e7, viewport: 900, box: 7200 }],
    ['nonsense is 0', Number.NaN, -3, undefined, { content: 0, viewport: 0, box: 0 }],
    ['an infinite content is 0', Infinity, 900, undefined, { content: 0, viewport: 900, box: 0 }],
  ])('%s', (_name, content, viewport, cap, expected) => {
    expect(scrollSpaceOf(content, viewport, cap)).toEqual(expected);
  });
});

describe('identity when the content fits the box', () => {
  const space = spaceOf(MAX_SCROLL_BOX - 1);
  it.each([0, 1, 12_345.5, contentRangeOf(space)])('at %s', (offset) => {
    expect(physicalOf(offset, space)).toBe(offset);
    expect(contentOf(offset, space)).toBe(offset);
    expect(followScroll({ physical: 0, content: 0 }, offset, space)).toEqual({
      physical: offset,
      content: offset,
    });
    expect(rebase({ physical: 0, content: offset }, space)).toEqual({ physical: offset, content: offset });
    expect(seekContent({ physical: 7, content: 7 }, offset, space)).toEqual({
      physical: offset,
      content: offset,
    });
  });

  it('clamps to the range and never scrolls a content shorter than the viewport', () => {
    expect(physicalOf(-5, space)).toBe(0);
    expect(physicalOf(1e12, space)).toBe(contentRangeOf(space));
    const short = spaceOf(VIEWPORT / 2);
    expect(followScroll({ physical: 0, content: 0 }, 300, short)).toEqual({ physical: 0, content: 0 });
  });
});

describe.each(CONTENTS)('the curve for %s', (_name, contentHeight) => {
  const space = spaceOf(contentHeight);
  const range = contentRangeOf(space);
  const physicalRange = physicalRangeOf(space);
  const samples = Array.from({ length: 2001 }, (_, i) => (range * i) / 2000);

  it('maps the ends to the ends', () => {
    expect(physicalOf(0, space)).toBe(0);
    expect(physicalOf(range, space)).toBe(physicalRange);
    expect(contentOf(0, space)).toBe(0);
    expect(contentOf(physicalRange, space)).toBe(range);
  });

  it('is monotonic both ways, with no NaN', () => {
    let previous = -1;
    for (const offset of samples) {
      const physical = physicalOf(offset, space);
      expect(Number.isFinite(physical)).toBe(true);
      expect(physical).toBeGreaterThanOrEqual(previous);
      previous = physical;
    }
    previous = -1;
    for (let i = 0; i <= 2000; i++) {
      const content = contentOf((physicalRange * i) / 2000, space);
      expect(content).toBeGreaterThanOrEqual(previous);
      previous = content;
    }
  });

  it('has inverse pairs (to a micro-px of the offset at 5 G px)', () => {
    for (const offset of samples) {
      expect(Math.abs(contentOf(physicalOf(offset, space), space) - offset)).toBeLessThan(
        1e-6 * Math.max(1, offset),
      );
    }
    for (let i = 0; i <= 2000; i++) {
      const physical = (physicalRange * i) / 2000;
      expect(physicalOf(contentOf(physical, space), space)).toBeCloseTo(physical, 6);
    }
  });

  it('is the identity within ¼ box of the top and of the bottom', () => {
    const edge = Math.min(physicalRange, range) * EDGE_SHARE;
    for (const offset of [0, 1, 1000.5, edge / 2, edge].filter((offset) => offset <= edge)) {
      expect(physicalOf(offset, space)).toBe(offset);
      expect(physicalOf(range - offset, space)).toBe(physicalRange - offset);
    }
  });

  it('reads nonsense as the nearest end', () => {
    for (const nonsense of [Number.NaN, -Infinity, -1]) {
      expect(physicalOf(nonsense, space)).toBe(0);
      expect(contentOf(nonsense, space)).toBe(0);
    }
    expect(physicalOf(Infinity, space)).toBe(0); // not finite: read as 0, never NaN
    expect(contentOf(1e15, space)).toBe(range);
  });
});

describe.each(CAPPED)('scrolling %s', (_name, contentHeight) => {
  const space = spaceOf(contentHeight);
  const range = contentRangeOf(space);
  const physicalRange = physicalRangeOf(space);
  const threshold = JUMP_VIEWPORTS * VIEWPORT;

  it('moves the content 1:1 up to the jump threshold, and jumps past it onto the curve', () => {
    const start = rebase({ physical: 0, content: range / 3 }, space);
    const small = followScroll(start, start.physical + threshold, space);
    expect(small.content - start.content).toBe(threshold);
    const back = followScroll(small, small.physical - 1, space);
    expect(back.content).toBe(small.content - 1);
    const jump = followScroll(start, start.physical + threshold + 1, space);
    expect(jump.content).toBe(Math.round(contentOf(start.physical + threshold + 1, space)));
  });

  it('lands on 0 and on the end with a jump (scrollbar, Home/End)', () => {
    const middle = rebase({ physical: 0, content: range / 2 }, space);
    expect(followScroll(middle, 0, space)).toEqual({ physical: 0, content: 0 });
    expect(followScroll(middle, physicalRange, space)).toEqual({ physical: physicalRange, content: range });
  });

  it('leaves ¼ box of 1:1 room either way after a rebase (or all the content there is)', () => {
    const next = random(7);
    for (let i = 0; i < 2000; i++) {
      const content = next() < 0.1 ? next() * physicalRange : next() * range;
      const { physical } = rebase({ physical: next() * physicalRange, content }, space);
      const room = physicalRange * EDGE_SHARE;
      expect(physical).toBeGreaterThanOrEqual(Math.min(content, room) - 1);
      expect(physicalRange - physical).toBeGreaterThanOrEqual(Math.min(range - content, room) - 1);
    }
  });

  it('keeps drift bounded, content in range and 1:1 moves exact over seeded random walks', () => {
    // Checked by hand, not by expect() per step: 100,000 steps would take a minute.
    const broken: string[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const next = random(seed);
      let position: ScrollPosition = { physical: 0, content: 0 };
      for (let step = 0; step < 20_000 && broken.length < 5; step++) {
        const roll = next();
        let moved: ScrollPosition;
        if (roll < 0.005)
          moved = followScroll(position, Math.round(next() * physicalRange), space); // a scrollbar drag
        else if (roll < 0.02)
          moved = rebase(position, space); // idle
        else if (roll < 0.03)
          moved = seekContent(position, Math.round(next() * range), space); // the scrubber
        else {
          const delta = Math.round((next() - 0.5) * 2 * threshold); // wheel, keys, momentum
          moved = followScroll(position, position.physical + delta, space);
          const physicalDelta = moved.physical - position.physical;
          if (moved.content - position.content !== physicalDelta)
            broken.push(`seed ${seed} step ${step}: not 1:1`);
        }
        if (!Number.isFinite(moved.content) || !Number.isFinite(moved.physical))
          broken.push(`seed ${seed}: NaN`);
        if (moved.content < 0 || moved.content > range)
          broken.push(`seed ${seed} step ${step}: out of range`);
        if (!isConsistent(moved, space)) broken.push(`seed ${seed} step ${step}: drift out of bounds`);
        position = moved;
      }
    }
    expect(broken).toEqual([]);
  });

  it('reaches every sampled row boundary exactly, and a rebase keeps it', () => {
    const next = random(11);
    let position: ScrollPosition = { physical: 0, content: 0 };
    for (let i = 0; i < 5000; i++) {
      const boundary = Math.round((next() * range) / 240) * 240 + (i % 2 ? 0 : 0.5);
      const target = Math.min(boundary, range);
      position = seekContent(position, target, space);
      expect(position.content).toBe(target);
      expect(position.physical).toBeGreaterThanOrEqual(0);
      expect(position.physical).toBeLessThanOrEqual(physicalRange);
      expect(isConsistent(position, space)).toBe(true);
      const rebased = rebase(position, space);
      expect(rebased.content).toBe(target);
      expect(followScroll(rebased, rebased.physical, space)).toEqual(rebased);
    }
  });
});

/** Wheel from one end to the other, resting (a rebase) every `burst` events; the steps it takes. */
function wheelAcross(
  space: ScrollSpace,
  delta: number,
  burst: number,
  from: ScrollPosition,
): [ScrollPosition, number] {
  const target = delta > 0 ? contentRangeOf(space) : 0;
  let position = from;
  let steps = 0;
  while (position.content !== target) {
    position = followScroll(position, position.physical + delta, space);
    steps++;
    if (steps % burst === 0) position = rebase(position, space);
    if (steps > 1e8) throw new Error('the end was never reached');
  }
  return [position, steps];
}

describe('reaching the end and the top by wheel alone', () => {
  it.each([
    ['1M assets', 1e6 * PX_PER_ASSET, 100],
    ['1M assets, fast', 1e6 * PX_PER_ASSET, 1600],
    ['10M assets', 1e7 * PX_PER_ASSET, 1600],
    ['100M assets', 1e8 * PX_PER_ASSET, 1800],
  ])('%s, %i px a notch', (_name, contentHeight, delta) => {
    const space = spaceOf(contentHeight);
    const [bottom, down] = wheelAcross(space, delta, 50, { physical: 0, content: 0 });
    expect(bottom).toEqual({ physical: physicalRangeOf(space), content: contentRangeOf(space) });
    // 1:1 all the way: the steps are the content's range over the notch, give or take the
    // notches spent pressed against the box's edge before a rebase.
    expect(down).toBeGreaterThanOrEqual(contentRangeOf(space) / delta);
    expect(down).toBeLessThan((contentRangeOf(space) / delta) * 1.01 + 100);
    const [top] = wheelAcross(space, -delta, 50, bottom);
    expect(top).toEqual({ physical: 0, content: 0 });
  });
});

describe('float precision at 100M assets (5 G px)', () => {
  const space = spaceOf(1e8 * PX_PER_ASSET);
  const range = contentRangeOf(space);
  const physicalRange = physicalRangeOf(space);

  it('moves by exactly 1 px at the far end', () => {
    let position = rebase({ physical: 0, content: range - 10 }, space);
    expect(position.physical).toBe(physicalRange - 10);
    for (let i = 0; i < 10; i++) position = followScroll(position, position.physical + 1, space);
    expect(position).toEqual({ physical: physicalRange, content: range });
    position = followScroll(position, position.physical - 1, space);
    expect(position.content).toBe(range - 1);
  });

  it('gives every box px its own, evenly spaced content offset in the middle', () => {
    const slope = (range - 2 * physicalRange * EDGE_SHARE) / (physicalRange * (1 - 2 * EDGE_SHARE));
    for (const physical of [physicalRange * 0.3, physicalRange / 2, physicalRange * 0.7]) {
      const at = Math.round(physical);
      expect(contentOf(at + 1, space) - contentOf(at, space)).toBeCloseTo(slope, 3);
    }
  });
});

describe('seekContent', () => {
  const space = spaceOf(1e7 * PX_PER_ASSET);
  const start = rebase({ physical: 0, content: 2e8 }, space);

  it('stays 1:1 for a near target (no drift change) and lands on the curve for a far one', () => {
    const near = seekContent(start, start.content + 500, space);
    expect(near).toEqual({ physical: start.physical + 500, content: start.content + 500 });
    const far = seekContent(start, 4e8, space);
    expect(far).toEqual(rebase({ physical: 0, content: 4e8 }, space));
  });

  it('keeps an adjustment 1:1 however large when given the reach', () => {
    const adjusted = seekContent(start, start.content + 50_000, space, Infinity);
    expect(adjusted.physical - start.physical).toBe(50_000);
  });

  it('goes to the curve when the box has no room for a 1:1 move', () => {
    const atTop: ScrollPosition = { physical: 100, content: 5e6 };
    expect(seekContent(atTop, 5e6 - 500, space)).toEqual(rebase({ physical: 0, content: 5e6 - 500 }, space));
  });
});

import { describe, expect, it } from 'vitest';
import { seekStep, videoKeyAction } from './video-keys.ts';

describe('seekStep', () => {
  it.each([
    [120, 5],
    [20, 2],
    [2, 0.25],
    [Number.NaN, 5],
    [0, 5],
  ])('a %s s clip moves %s s a press', (duration, expected) => {
    expect(seekStep(duration)).toBe(expected);
  });
});

describe('videoKeyAction', () => {
  it.each([
    // Space is the browser's own (a focused <video controls> plays and pauses on it).
    [' ', 10, 60, null],
    ['k', 10, 60, { kind: 'toggle' }],
    ['ArrowRight', 10, 60, { kind: 'seek', to: 15 }],
    ['ArrowLeft', 10, 60, { kind: 'seek', to: 5 }],
    ['ArrowLeft', 2, 60, { kind: 'seek', to: 0 }],
    ['ArrowRight', 58, 60, { kind: 'seek', to: 60 }],
    ['ArrowRight', 1, Number.NaN, { kind: 'seek', to: 6 }],
    ['Escape', 1, 60, null],
    ['f', 1, 60, null],
  ])('%j at %s of %s → %j', (key, time, duration, expected) => {
    expect(videoKeyAction(key, time, duration)).toEqual(expected);
  });
});

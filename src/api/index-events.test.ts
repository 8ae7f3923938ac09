import { describe, expect, it } from 'vitest';
import { needsRefetch, reconnectDelayMs, type FeedMoment } from './index-events.ts';

const state = (generation: number) => ({ generation, asset_count: 10 });

describe('needsRefetch: what a state from the live feed asks of the gallery', () => {
  const cases: [string, number | null, number, FeedMoment, boolean][] = [
    ['the page’s first state describes what it just loaded', null, 4, 'opened', false],
    ['a later state with a new generation', 4, 5, 'live', true],
    ['a later state with the same generation (a repeat)', 5, 5, 'live', false],
    ['back in view, nothing changed meanwhile', 5, 5, 'resumed', false],
    ['back in view, the index changed meanwhile', 5, 9, 'resumed', true],
    ['after a dropped connection, always once (maybe another index)', 5, 5, 'reconnected', true],
  ];
  it.each(cases)('%s', (_name, last, next, moment, refetch) => {
    expect(needsRefetch(last === null ? null : state(last), state(next), moment)).toBe(refetch);
  });
});

describe('reconnectDelayMs', () => {
  it.each([
    [0, 1000],
    [1, 2000],
    [3, 8000],
    [5, 30_000],
    [40, 30_000],
  ])('attempt %i waits %i ms', (attempt, ms) => {
    expect(reconnectDelayMs(attempt)).toBe(ms);
  });
});

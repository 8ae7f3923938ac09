import { describe, expect, it } from 'vitest';
import { placeNameOf, spacedIndices } from './place-name.ts';

describe('placeNameOf', () => {
  it.each([
    [[], null],
    [[null, { city: ' ' }], null],
    [[{ city: 'Lisbon' }, { city: 'Sintra' }, { city: 'Lisbon' }], 'Lisbon'],
    [[{ city: null, country: 'Iceland' }], 'Iceland'],
    [[{ city: 'Vík', country: 'Iceland' }, { country: 'Iceland' }, { country: 'Iceland' }], 'Iceland'],
    [[{ city: 'A' }, { city: 'B' }], 'A'],
  ])('%o → %s', (places, expected) => {
    expect(placeNameOf(places)).toBe(expected);
  });
});

describe('spacedIndices', () => {
  it.each([
    [[], 100, 5, []],
    [
      [
        [0, 0],
        [50, 0],
        [150, 0],
        [0, 120],
      ],
      100,
      5,
      [0, 2, 3],
    ],
    [
      [
        [0, 0],
        [50, 0],
        [150, 0],
        [0, 120],
      ],
      100,
      2,
      [0, 2],
    ],
    [
      [
        [0, 0],
        [0, 0],
      ],
      0,
      5,
      [0, 1],
    ],
  ] as [[number, number][], number, number, number[]][])(
    '%o gap %d max %d → %o',
    (points, gap, max, expected) => {
      expect([...spacedIndices(points, gap, max)]).toEqual(expected);
    },
  );
});

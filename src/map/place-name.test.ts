import { describe, expect, it } from 'vitest';
import { placeNameOf } from './place-name.ts';

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

import { describe, expect, it } from 'vitest';
import { countryCodeOf, displayLabelOf } from './place-labels.ts';

describe('countryCodeOf', () => {
  it.each([
    ['Portugal', 'PT'],
    ['  united states ', 'US'],
    ['USA', 'US'],
    ['Deutschland', 'DE'],
    ['Ísland', 'IS'],
    ['jp', 'JP'],
    ['Atlantis', null],
    ['', null],
    [null, null],
  ])('%s → %s', (name, code) => {
    expect(countryCodeOf(name)).toBe(code);
  });
});

describe('displayLabelOf', () => {
  it.each([
    [{ city: 'Lisbon', state: 'Lisboa', country: 'Portugal' }, 'PT', 'Lisbon, Portugal'],
    [
      { place_name: 'Golden Gate Bridge', city: 'San Francisco', state: 'California', country: 'USA' },
      'US',
      'Golden Gate Bridge, San Francisco, California',
    ],
    [{ sublocation: 'Alfama', city: 'Lisbon', country: 'Portugal' }, 'PT', 'Alfama, Lisbon, Portugal'],
    [{ city: 'Tokyo', state: 'Tokyo', country: 'Japan' }, 'JP', 'Tokyo, Japan'],
    [{ city: 'Singapore', country: 'Singapore' }, 'SG', 'Singapore'],
    [{ country: 'Iceland' }, 'IS', 'Iceland'],
    [{ state: 'Bavaria' }, null, null],
    [{ city: ' ', country: null }, null, null],
  ])('%j → %s', (names, code, label) => {
    expect(displayLabelOf(names, code)).toBe(label);
  });
});

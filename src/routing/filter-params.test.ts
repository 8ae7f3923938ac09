import { describe, expect, it } from 'vitest';
import { filterId, filterSearch, isFiltered, readFilter, withFilter } from './filter-params.ts';

describe('readFilter', () => {
  it.each([
    ['', {}],
    ['?album=album_1', { album: 'album_1' }],
    [
      '?person=person_2&album=album_1&library=lib_3',
      { library: 'lib_3', album: 'album_1', person: 'person_2' },
    ],
    ['?album=&person=%20', {}],
    ['?q=cats&album=album_1', { album: 'album_1' }],
    ['?country=PT&city=Lisbon', { country: 'PT', city: 'Lisbon' }],
    ['?country=Narnia', { country: 'Narnia' }],
    // As the server would refuse them: a lower-case code, a city without its country.
    ['?country=pt&city=Lisbon', {}],
    ['?city=Lisbon', {}],
  ])('%s → %o', (search, expected) => {
    expect(readFilter(new URLSearchParams(search))).toEqual(expected);
  });
});

describe('filterSearch', () => {
  it.each([
    [{}, ''],
    [{ person: 'person_2', album: 'album_1' }, '?album=album_1&person=person_2'],
    [{ library: 'lib_1', album: '' }, '?library=lib_1'],
  ])('%o → %s', (filter, expected) => {
    expect(filterSearch(filter)).toBe(expected);
  });

  it('round-trips through the URL', () => {
    const filter = { library: 'lib_1', album: 'album_1', person: 'person_1' };
    expect(readFilter(new URLSearchParams(filterSearch(filter)))).toEqual(filter);
  });
});

describe('withFilter / filterId / isFiltered', () => {
  it.each([
    [{ album: 'a' }, { person: 'p' }, { album: 'a', person: 'p' }],
    [{ album: 'a', person: 'p' }, { album: null }, { person: 'p' }],
    [{ album: 'a' }, { album: 'b' }, { album: 'b' }],
    [{ album: 'a' }, {}, { album: 'a' }],
    // A new country, or none, drops the city that belonged to the old one.
    [{ country: 'PT', city: 'Lisbon' }, { country: 'IS' }, { country: 'IS' }],
    [{ country: 'PT', city: 'Lisbon' }, { country: null }, {}],
    [{ country: 'PT' }, { country: 'PT', city: 'Porto' }, { country: 'PT', city: 'Porto' }],
  ])('%o + %o → %o', (filter, patch, expected) => {
    expect(withFilter(filter, patch)).toEqual(expected);
  });

  it('names equal filters equally and the empty filter too', () => {
    expect(filterId({ person: 'p', album: 'a' })).toBe(filterId({ album: 'a', person: 'p' }));
    expect(filterId({})).toBe('?');
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ person: 'p' })).toBe(true);
  });
});

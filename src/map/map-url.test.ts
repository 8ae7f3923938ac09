import { describe, expect, it } from 'vitest';
import { paths } from '../routing/paths.ts';
import { readMapPlace } from './map-url.ts';

describe('readMapPlace', () => {
  it.each([
    ['', null],
    ['?center=-9.14,38.71&zoom=11', { longitude: -9.14, latitude: 38.71, zoom: 11 }],
    ['?center=-9.14,38.71', null],
    ['?center=200,0&zoom=3', null],
    ['?center=1&zoom=3', null],
    ['?center=a,b&zoom=3', null],
    ['?zoom=3', null],
  ])('%s → %o', (search, expected) => {
    expect(readMapPlace(new URLSearchParams(search))).toEqual(expected);
  });

  it('reads back what paths.map writes, filter kept and the area left behind', () => {
    const href = paths.map(
      { album: 'album_1', bbox: '1,2,3,4' },
      { longitude: -9.123456789, latitude: 38.7, zoom: 11.256 },
    );
    expect(href).toBe('/map?album=album_1&center=-9.12346%2C38.7&zoom=11.26');
    const params = new URLSearchParams(href.slice(href.indexOf('?')));
    expect(readMapPlace(params)).toEqual({ longitude: -9.12346, latitude: 38.7, zoom: 11.26 });
  });
});

import { describe, expect, it } from 'vitest';
import { paths } from './paths.ts';

describe('paths', () => {
  it.each([
    [paths.grid(), '/'],
    [paths.grid({ album: 'album_1', person: 'person_1' }), '/?album=album_1&person=person_1'],
    [paths.asset('asset_Ab3'), '/assets/asset_Ab3'],
    [paths.asset('asset_Ab3', { person: 'person_1' }), '/assets/asset_Ab3?person=person_1'],
    [paths.asset('a/b?c'), '/assets/a%2Fb%3Fc'],
    [paths.person('person_9', { library: 'lib_1', album: 'album_1' }), '/?library=lib_1&person=person_9'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

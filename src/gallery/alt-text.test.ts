import { describe, expect, it } from 'vitest';
import { joinNames, photoAltText, placeOf } from './alt-text.ts';

const base = { mime_type: 'image/jpeg', local_datetime: '2024-05-03T18:20:00+01:00' };

describe('photoAltText', () => {
  it.each([
    [
      'place, people and date',
      { ...base, exif: { city: 'Lisbon', country: 'Portugal' }, people: [{ name: 'Ana' }, { name: 'Rui' }] },
      'Photo taken in Lisbon, Portugal with Ana and Rui on May 3, 2024',
    ],
    ['date only', base, 'Photo taken on May 3, 2024'],
    ['no date at all', { ...base, local_datetime: '?' }, 'Photo taken'],
    ['a video', { ...base, mime_type: 'video/mp4' }, 'Video taken on May 3, 2024'],
    [
      'unnamed and hidden people are left out',
      { ...base, people: [{ name: null }, { name: 'Eva', is_hidden: true }, { name: ' Ana ' }] },
      'Photo taken with Ana on May 3, 2024',
    ],
    [
      'many people',
      { ...base, people: ['A', 'B', 'C', 'D', 'E'].map((name) => ({ name })) },
      'Photo taken with A, B, C and 2 others on May 3, 2024',
    ],
    [
      'the date is the wall clock where it was taken, not the viewer’s',
      { ...base, local_datetime: '2024-12-31T23:59:00-10:00' },
      'Photo taken on December 31, 2024',
    ],
  ])('%s', (_name, asset, expected) => {
    expect(photoAltText(asset)).toBe(expected);
  });
});

describe('placeOf', () => {
  it.each([
    [null, null],
    [{}, null],
    [{ city: 'Porto', state: 'Porto', country: 'Portugal' }, 'Porto, Portugal'],
    [{ state: 'California', country: 'USA' }, 'California, USA'],
    [{ country: 'Japan' }, 'Japan'],
    [{ city: 'Singapore', country: 'Singapore' }, 'Singapore'],
  ])('%o → %s', (exif, expected) => {
    expect(placeOf(exif)).toBe(expected);
  });
});

describe('joinNames', () => {
  it.each([
    [[], ''],
    [['Ana'], 'Ana'],
    [['Ana', 'Rui'], 'Ana and Rui'],
    [['Ana', 'Rui', 'Eva'], 'Ana, Rui and Eva'],
    [['Ana', 'Rui', 'Eva', 'Tom'], 'Ana, Rui, Eva and 1 other'],
  ])('%o → %s', (names, expected) => {
    expect(joinNames(names)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { gpsPlaceOf, parseLocality } from './locality.ts';

const none = { city: null, state: null, country: null };

describe('parseLocality', () => {
  it.each([
    ['Lisbon\u001fLisbon\u001fPortugal\u001fPT', { city: 'Lisbon', state: 'Lisbon', country: 'Portugal' }],
    ['Vík\u001f\u001fIceland\u001fIS', { city: 'Vík', state: null, country: 'Iceland' }],
    ['\u001f \u001f\u001f', null],
    ['', null],
    [undefined, null],
    [42, null],
  ])('%j → %j', (value, place) => {
    expect(parseLocality(value)).toEqual(place);
  });
});

describe('gpsPlaceOf', () => {
  it('takes the locality over the nearest geolocation entry, which is the fallback', () => {
    const nearest = { city: 'Baixa', state: 'Lisbon', country: 'Portugal' };
    expect(gpsPlaceOf('Lisbon\u001fLisbon\u001fPortugal\u001fPT', nearest)?.city).toBe('Lisbon');
    expect(gpsPlaceOf(undefined, nearest)).toEqual(nearest);
    expect(gpsPlaceOf(undefined, none)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  decodeXmlEntities,
  decodeXmpText,
  roundSignificant,
  roundTo,
  toAltitude,
  toDegrees,
  toDescription,
  toNumber,
  toPosition,
  toText,
} from './exif-values.ts';

describe('toNumber', () => {
  it.each([
    [7.1, 7.1],
    ['200', 200],
    ['-1/3', -1 / 3],
    ['1/200', 0.005],
    ['0/10', 0],
    ['28 / 10', 2.8],
    [[200, 0], 200],
    [new Uint8Array([1]), 1],
    ['1/0', null],
    ['f/2.8', null],
    ['', null],
    [Number.NaN, null],
    [undefined, null],
    [{ value: 1 }, null],
  ])('%j → %j', (value, expected) => {
    expect(toNumber(value)).toBe(expected);
  });
});

describe('rounding', () => {
  it('drops float noise', () => {
    expect(roundTo(0.1 + 0.2, 2)).toBe(0.3);
    expect(roundTo(15.4375, 2)).toBe(15.44);
    expect(roundSignificant(1 / 30, 6)).toBe(0.0333333);
    expect(roundSignificant(0.004572473708276178, 6)).toBe(0.00457247);
    expect(roundSignificant(30, 6)).toBe(30);
  });
});

describe('toDegrees: the hemisphere decides the sign', () => {
  it.each([
    [[43, 28, 2.814], 'N', 43.467448],
    [[43, 28, 2.814], 'S', -43.467448],
    [[11, 53, 6.456], 'E', 11.885127],
    [[11, 53, 6.456], 'W', -11.885127],
    [[122, 25, 9], 'w', -122.419167],
    [[0, 22.278, 0], 'S', -0.3713],
    [[43, 28, 2.814], undefined, 43.467448],
    [-33.8688, undefined, -33.8688], // already signed: a ref can't flip it twice
    [-33.8688, 'S', -33.8688],
    ['43,28.0469N', undefined, 43.467448],
    ['12,2.5S', undefined, -12.041667],
    ['77,1,30W', undefined, -77.025],
  ])('%j %j → %d', (value, ref, expected) => {
    expect(roundTo(toDegrees(value, ref)!, 6)).toBe(expected);
  });

  it('rejects what is not a coordinate', () => {
    expect(toDegrees('north', 'N')).toBeNull();
    expect(toDegrees([], 'N')).toBeNull();
    expect(toDegrees([43, 'x', 1], 'N')).toBeNull();
    expect(toDegrees(undefined)).toBeNull();
  });
});

describe('toPosition', () => {
  it('rounds to 6 decimals and keeps signs', () => {
    expect(toPosition(-33.868820123, -151.209290456)).toEqual({ latitude: -33.86882, longitude: -151.20929 });
  });
  it('drops 0,0 (cameras without a fix) and out-of-range pairs', () => {
    expect(toPosition(0, 0)).toBeNull();
    expect(toPosition(91, 10)).toBeNull();
    expect(toPosition(10, -181)).toBeNull();
    expect(toPosition(10, null)).toBeNull();
  });
});

describe('toAltitude', () => {
  it.each([
    [123.456, new Uint8Array([0]), 123.46],
    [123.456, new Uint8Array([1]), -123.46],
    [12, 1, -12],
    ['12/1', '1', -12],
    [12, undefined, 12],
    [undefined, 1, null],
  ])('%j ref %j → %j', (value, ref, expected) => {
    expect(toAltitude(value, ref)).toBe(expected);
  });
});

describe('toText', () => {
  it.each([
    ['  Canon  ', 'Canon'],
    ['ION230\0F', 'ION230'],
    ['   ', null],
    ['', null],
    [{ lang: 'x-default', value: ' hello ' }, 'hello'],
    [
      [
        { lang: 'de', value: 'hallo' },
        { lang: 'x-default', value: 'hello' },
      ],
      'hello',
    ],
    [[{ lang: 'de', value: 'hallo' }], 'hallo'],
    [{ lang: 'x-default' }, null],
    [42, '42'],
    [undefined, null],
  ])('%j → %j', (value, expected) => {
    expect(toText(value)).toBe(expected);
  });
});

describe('toDescription', () => {
  it.each([
    ['A day at the beach', 'A day at the beach'],
    ['  \n ', null],
    ['OLYMPUS DIGITAL CAMERA', null],
    ['KONICA MINOLTA DIGITAL CAMERA', null],
    ['SONY DSC', null],
    ['WWL', null], // the make repeated
    ['<Digimax i50 MP3, Samsung #1 MP3>', null], // the model repeated
    ['My new digital camera is great', 'My new digital camera is great'],
  ])('%j → %j', (text, expected) => {
    const model = '<Digimax i50 MP3, Samsung #1 MP3>';
    expect(toDescription(text, 'WWL', model)).toBe(expected);
  });
});

describe('decodeXmlEntities', () => {
  it.each([
    ['Fish &amp; chips', 'Fish & chips'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['&quot;q&quot; &apos;a&apos;', `"q" 'a'`],
    ['&#233;t&#xE9; &#x1F600;', 'été 😀'],
    ['&amp;lt; stays one level', '&lt; stays one level'],
    ['&nbsp; &#0; &#xD800; &AMP; & alone', '&nbsp; &#0; &#xD800; &AMP; & alone'],
  ])('%j → %j', (text, expected) => {
    expect(decodeXmlEntities(text)).toBe(expected);
  });

  it('decodes every string of exifr XMP output, nested, leaving numbers and keys alone', () => {
    const out = {
      'mwg-rs': { Regions: { RegionList: [{ Name: 'Ana &amp; Bo', Area: { x: 0.5 } }] } },
      'a&amp;b': 1,
    };
    expect(decodeXmpText(out)).toEqual({
      'mwg-rs': { Regions: { RegionList: [{ Name: 'Ana & Bo', Area: { x: 0.5 } }] } },
      'a&amp;b': 1,
    });
  });
});

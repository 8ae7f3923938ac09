import { describe, expect, it } from 'vitest';
import { stacksOf } from './stacks.ts';

describe('stacksOf', () => {
  it.each([
    [
      'a RAW+JPEG pair',
      ['a/IMG_1.CR2', 'a/IMG_1.JPG'],
      { 'a/IMG_1.CR2': ['a/img_1', false], 'a/IMG_1.JPG': ['a/img_1', true] },
    ],
    [
      'case differs between the two',
      ['IMG_2.nef', 'img_2.jpg'],
      { 'IMG_2.nef': ['img_2', false], 'img_2.jpg': ['img_2', true] },
    ],
    [
      'a RAW+HEIC pair',
      ['x/P1.dng', 'x/P1.heic'],
      { 'x/P1.dng': ['x/p1', false], 'x/P1.heic': ['x/p1', true] },
    ],
    [
      'JPEG wins over HEIC as cover',
      ['P.arw', 'P.heic', 'P.jpg'],
      { 'P.arw': ['p', false], 'P.heic': ['p', false], 'P.jpg': ['p', true] },
    ],
    ['a RAW alone', ['IMG_3.CR3'], {}],
    ['a JPEG alone', ['IMG_4.jpg'], {}],
    ['two JPEGs, no RAW', ['IMG_5.jpg', 'IMG_5.png'], {}],
    ['same name, other folders', ['a/IMG_6.CR2', 'b/IMG_6.JPG'], {}],
    ['a longer name is another shot', ['IMG_7.CR2', 'IMG_7 (1).JPG'], {}],
  ])('%s', (_name, paths, expected) => {
    const out = Object.fromEntries([...stacksOf(paths)].map(([p, s]) => [p, [s.key, s.cover]]));
    expect(out).toEqual(expected);
  });
});

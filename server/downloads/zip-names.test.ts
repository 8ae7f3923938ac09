import { describe, expect, it } from 'vitest';
import { entryNamer, storesAsIs, zipFileName } from './zip-names.ts';

describe('entryNamer', () => {
  it.each([
    [['IMG_1.jpg'], ['IMG_1.jpg']],
    [
      ['IMG_1.jpg', 'IMG_1.jpg'],
      ['IMG_1.jpg', 'IMG_1 (2).jpg'],
    ],
    [
      ['IMG_1.jpg', 'img_1.JPG', 'IMG_1.jpg'],
      ['IMG_1.jpg', 'img_1 (2).JPG', 'IMG_1 (3).jpg'],
    ],
    // A name that happens to equal a numbered repeat still stays unique.
    [
      ['a.jpg', 'a (2).jpg', 'a.jpg'],
      ['a.jpg', 'a (2).jpg', 'a (3).jpg'],
    ],
    [
      ['README', 'README'],
      ['README', 'README (2)'],
    ],
    [
      ['.hidden', '.hidden'],
      ['.hidden', '.hidden (2)'],
    ],
    [
      ['../etc/passwd', 'a\\b.jpg', ''],
      ['.._etc_passwd', 'a_b.jpg', 'photo'],
    ],
    [['..'], ['_']],
  ])('%j → %j', (names, expected) => {
    const name = entryNamer();
    expect(names.map(name)).toEqual(expected);
  });
});

describe('storesAsIs', () => {
  it.each([
    ['image/jpeg', true],
    ['image/heic', true],
    ['video/mp4', true],
    ['video/quicktime', true],
    ['image/png', true],
    ['image/tiff', false],
    ['image/x-adobe-dng', false],
    ['application/octet-stream', false],
  ])('%s → %s', (mime, stored) => {
    expect(storesAsIs(mime)).toBe(stored);
  });
});

describe('zipFileName', () => {
  it.each([
    [12, undefined, undefined, 'Contact Sheet – 12 photos.zip'],
    [1, undefined, undefined, 'Contact Sheet – 1 photo.zip'],
    [1234, undefined, undefined, 'Contact Sheet – 1,234 photos.zip'],
    [5, '2025-11-03T23:59:59.999', '2025-11-05T00:00:00', 'Contact Sheet – 4 November 2025.zip'],
    [5, '2025-10-31T23:59:59.999', '2025-12-01T00:00:00', 'Contact Sheet – November 2025.zip'],
    [5, '2024-02-28T23:59:59.999', '2024-03-01T00:00:00.000', 'Contact Sheet – 29 February 2024.zip'],
    // Two days, or bounds that don't fall on midnight, name the count.
    [5, '2025-11-03T23:59:59.999', '2025-11-06T00:00:00', 'Contact Sheet – 5 photos.zip'],
    [5, '2025-11-04T10:00:00', '2025-11-05T10:00:00.001', 'Contact Sheet – 5 photos.zip'],
    [5, '2025-11-03T23:59:59.999', undefined, 'Contact Sheet – 5 photos.zip'],
  ])('%d, %s .. %s → %s', (count, after, before, expected) => {
    expect(zipFileName(count, after, before)).toBe(expected);
  });
});

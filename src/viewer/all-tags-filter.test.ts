import { describe, expect, it } from 'vitest';
import type { AssetTagGroup } from '../../contract/asset-tags.ts';
import { filterTagGroups, nameDiffers, tagCountText } from './all-tags-filter.ts';

const GROUPS: AssetTagGroup[] = [
  {
    id: 'EXIF:ExifIFD',
    label: 'EXIF · photo',
    tags: [
      { name: 'ISO', description: 'ISO', value: '64', raw: null },
      { name: 'ExposureTime', description: 'Exposure Time', value: '1/75', raw: '0.01333333333' },
      { name: 'FNumber', description: 'F Number', value: '0.6', raw: null },
    ],
  },
  {
    id: 'MakerNotes:Nikon',
    label: 'Maker notes · Nikon',
    tags: [
      { name: 'ISOSetting', description: 'ISO Setting', value: 'Auto', raw: '0' },
      { name: 'LensType', description: 'Lens Type', value: 'G VR', raw: '14' },
    ],
  },
];

describe('filterTagGroups', () => {
  it.each([
    ['', ['ISO', 'ExposureTime', 'FNumber', 'ISOSetting', 'LensType'], 5],
    ['   ', ['ISO', 'ExposureTime', 'FNumber', 'ISOSetting', 'LensType'], 5],
    ['iso', ['ISO', 'ISOSetting'], 2],
    ['ISO', ['ISO', 'ISOSetting'], 2],
    ['exposure time', ['ExposureTime'], 1],
    ['time exposure', ['ExposureTime'], 1],
    ['1/75', ['ExposureTime'], 1],
    ['0.0133', ['ExposureTime'], 1],
    ['0.6', ['FNumber'], 1],
    ['vr', ['LensType'], 1],
    ['nothing like it', [], 0],
  ])('%j finds %j', (search, names, matches) => {
    const found = filterTagGroups(GROUPS, search);
    expect(found.groups.flatMap((g) => g.tags.map((t) => t.name))).toEqual(names);
    expect(found.matches).toBe(matches);
    expect(found.total).toBe(5);
  });

  it('leaves out groups with no match, and keeps the order of the rest', () => {
    expect(filterTagGroups(GROUPS, 'lens').groups.map((g) => g.id)).toEqual(['MakerNotes:Nikon']);
    expect(filterTagGroups(GROUPS, 'iso').groups.map((g) => g.id)).toEqual([
      'EXIF:ExifIFD',
      'MakerNotes:Nikon',
    ]);
  });
});

describe('tagCountText', () => {
  it.each([
    [{ matches: 152, total: 152 }, false, '152 tags'],
    [{ matches: 1, total: 1 }, false, '1 tag'],
    [{ matches: 3, total: 152 }, true, '3 of 152 tags'],
    [{ matches: 0, total: 152 }, true, '0 of 152 tags'],
  ])('%j (searching: %s) → %s', (counts, searching, text) => {
    expect(tagCountText(counts, searching)).toBe(text);
  });
});

describe('nameDiffers', () => {
  it.each([
    ['FNumber', 'F Number', false],
    ['ISO', 'ISO', false],
    ['FileModifyDate', 'File Modification Date/Time', true],
    ['GPSLatitudeRef', 'GPS Latitude Ref', false],
    ['ExifImageWidth', 'Image Width', true],
  ])('%s / %s → %s', (name, description, differs) => {
    expect(nameDiffers({ name, description })).toBe(differs);
  });
});

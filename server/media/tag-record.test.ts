import { describe, expect, it } from 'vitest';
import { groupLabel, kindRank } from './tag-record-groups.ts';
import { groupTags, MAX_VALUE_CHARS, orderGroups, tagText } from './tag-record.ts';

describe('tagText', () => {
  it.each([
    ['text as written', 'NIKON', 'NIKON'],
    ['an implausible value untouched', 0.6, '0.6'],
    ['zero', 0, '0'],
    ['a flag', true, 'true'],
    ['a list', ['Ana', 'Rui'], 'Ana, Rui'],
    ['numbers in a list', [1, 2.5], '1, 2.5'],
    [
      'binary data by its size',
      '(Binary data 1061 bytes, use -b option to extract)',
      'Binary data (1061 bytes)',
    ],
    ['binary data without the hint', '(Binary data 12 bytes)', 'Binary data (12 bytes)'],
    ['bytes that are not text', 'base64:AAECAwQF', 'Binary data (6 bytes)'],
    ['padded base64', 'base64:AAE=', 'Binary data (2 bytes)'],
    ['a structure', { Name: 'Ana' }, '{"Name":"Ana"}'],
    ['nothing', null, ''],
    ['blank text kept blank', '   ', '   '],
  ])('%s', (_, value, text) => {
    expect(tagText(value)).toBe(text);
  });

  it('cuts a very long value and says how much is left out', () => {
    const text = tagText('x'.repeat(MAX_VALUE_CHARS + 5));
    expect(text.startsWith('x'.repeat(MAX_VALUE_CHARS))).toBe(true);
    expect(text.endsWith('… (5 more characters)')).toBe(true);
    expect(tagText('y'.repeat(MAX_VALUE_CHARS))).toBe('y'.repeat(MAX_VALUE_CHARS));
  });
});

describe('groupLabel', () => {
  it.each([
    ['EXIF', 'IFD0', 'EXIF · main image'],
    ['EXIF', 'ExifIFD', 'EXIF · photo'],
    ['EXIF', 'GPS', 'EXIF · GPS'],
    ['EXIF', 'IFD1', 'EXIF · thumbnail'],
    ['MakerNotes', 'Nikon', 'Maker notes · Nikon'],
    ['MakerNotes', 'Apple', 'Maker notes · Apple'],
    ['MakerNotes', 'CanonCustom', 'Maker notes · CanonCustom'],
    ['XMP', 'XMP-dc', 'XMP · Dublin Core'],
    ['XMP', 'XMP-mwg-rs', 'XMP · face regions'],
    ['XMP', 'XMP-GCamera', 'XMP · GCamera'],
    ['IPTC', 'IPTC', 'IPTC'],
    ['QuickTime', 'QuickTime', 'QuickTime'],
    ['QuickTime', 'Track1', 'QuickTime · track 1'],
    ['QuickTime', 'Keys', 'QuickTime · keys'],
    ['Composite', 'Composite', 'Composite'],
    ['Composite', 'MWG', 'Composite · reconciled (MWG)'],
    ['File', 'System', 'File · on disk'],
    ['ICC_Profile', 'ICC-header', 'Colour profile · header'],
    ['APP14', 'Adobe', 'Adobe'],
    ['ExifTool', 'ExifTool', 'Notes from the reader'],
    ['Sigma', 'X3F', 'Sigma · X3F'],
  ])('%s + %s → %s', (family0, family1, label) => {
    expect(groupLabel(family0, family1)).toBe(label);
  });

  it('ranks the kinds a person knows first, the rest after them', () => {
    const ranks = ['EXIF', 'MakerNotes', 'XMP', 'XMP-sidecar', 'IPTC', 'QuickTime', 'Composite', 'File'].map(
      kindRank,
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(kindRank('Unheard')).toBeGreaterThan(kindRank('ExifTool'));
  });
});

/** ExifTool's `-j -G0:1 -a -l` answer, trimmed to a few tags of the Nikon sample. */
const NIKON = {
  SourceFile: '/srv/photos/DSCN0010.jpg',
  'ExifTool:ExifToolVersion': { desc: 'ExifTool Version Number', val: 13.59 },
  'File:System:FileName': { desc: 'File Name', val: 'DSCN0010.jpg' },
  'File:System:Directory': { desc: 'Directory', val: '/srv/photos' },
  'File:System:FileAccessDate': { desc: 'File Access Date/Time', val: '2026:12:02 03:57:02+00:00' },
  'File:MIMEType': { desc: 'MIME Type', val: 'image/jpeg' },
  'EXIF:IFD0:Make': { desc: 'Make', val: 'NIKON' },
  'EXIF:ExifIFD:ExposureTime': { desc: 'Exposure Time', val: '1/75', num: 0.01333333333 },
  'EXIF:ExifIFD:FNumber': { desc: 'F Number', val: 0.6, num: 0.6 },
  'MakerNotes:Nikon:ISO': { desc: 'ISO', val: 64 },
  'MakerNotes:Nikon:SerialNumber': { desc: 'Serial Number', val: '4006390' },
  'EXIF:IFD1:ThumbnailImage': {
    desc: 'Thumbnail Image',
    val: '(Binary data 5448 bytes, use -b option to extract)',
  },
  'Composite:Aperture': { desc: 'Aperture', val: 0.6 },
  'ExifTool:Warning': { desc: 'Warning', val: '[minor] Unrecognized MakerNotes' },
  errors: [],
  warnings: ['Unrecognized MakerNotes'],
};

describe('groupTags', () => {
  const grouped = groupTags(NIKON);
  const group = (id: string) => grouped.groups.find((g) => g.id === id);

  it('groups by family-1 group, in the file’s order, each named plainly', () => {
    expect(grouped.groups.map((g) => [g.id, g.label])).toEqual([
      ['File:System', 'File · on disk'],
      ['File', 'File'],
      ['EXIF:IFD0', 'EXIF · main image'],
      ['EXIF:ExifIFD', 'EXIF · photo'],
      ['MakerNotes:Nikon', 'Maker notes · Nikon'],
      ['EXIF:IFD1', 'EXIF · thumbnail'],
      ['Composite', 'Composite'],
      ['ExifTool', 'Notes from the reader'],
    ]);
    expect(grouped.version).toBe('13.59');
    expect(grouped.error).toBeNull();
  });

  it('keeps the formatted and the raw value, the raw one only when it differs', () => {
    expect(group('EXIF:ExifIFD')?.tags).toEqual([
      { name: 'ExposureTime', description: 'Exposure Time', value: '1/75', raw: '0.01333333333' },
      { name: 'FNumber', description: 'F Number', value: '0.6', raw: null },
    ]);
  });

  it('shows the owner’s serial numbers and the maker-note-only ISO, and binary data by size only', () => {
    expect(group('MakerNotes:Nikon')?.tags.map((t) => [t.name, t.value])).toEqual([
      ['ISO', '64'],
      ['SerialNumber', '4006390'],
    ]);
    expect(group('EXIF:IFD1')?.tags[0]?.value).toBe('Binary data (5448 bytes)');
  });

  it('never says where the file lies on the server, nor the time of its own read', () => {
    const json = JSON.stringify(grouped.groups);
    expect(json).not.toContain('/srv/photos');
    expect(json).not.toContain('FileAccessDate');
    expect(json).not.toContain('ExifToolVersion');
  });

  it('reports ExifTool’s error for a file it could not read', () => {
    const broken = groupTags({ ...NIKON, 'ExifTool:Error': { desc: 'Error', val: 'File format error' } });
    expect(broken.error).toBe('File format error');
    expect(JSON.stringify(broken.groups)).not.toContain('File format error');
  });

  it('puts another file’s tags into one group, without its own file facts', () => {
    const sidecar = groupTags(
      {
        'File:System:FileName': { desc: 'File Name', val: 'IMG_1.xmp' },
        'XMP:XMP-dc:Description': { desc: 'Description', val: 'From the sidecar' },
        'XMP:XMP-xmp:Rating': { desc: 'Rating', val: 4 },
        'Composite:MWG:Description': { desc: 'Description', val: 'From the sidecar' },
      },
      { into: { id: 'XMP-sidecar', label: 'XMP sidecar' } },
    );
    expect(sidecar.groups).toEqual([
      {
        id: 'XMP-sidecar',
        label: 'XMP sidecar',
        tags: [
          { name: 'Description', description: 'Description', value: 'From the sidecar', raw: null },
          { name: 'Rating', description: 'Rating', value: '4', raw: null },
        ],
      },
    ]);
  });
});

describe('orderGroups', () => {
  it('lists EXIF, maker notes, XMP, the sidecar, QuickTime, then composite and file facts', () => {
    const ids = [
      'File',
      'Composite',
      'XMP-sidecar',
      'QuickTime',
      'XMP:XMP-dc',
      'MakerNotes:Nikon',
      'EXIF:IFD0',
      'EXIF:GPS',
    ];
    const ordered = orderGroups(ids.map((id) => ({ id, label: id, tags: [] }))).map((g) => g.id);
    expect(ordered).toEqual([
      'EXIF:IFD0',
      'EXIF:GPS',
      'MakerNotes:Nikon',
      'XMP:XMP-dc',
      'XMP-sidecar',
      'QuickTime',
      'Composite',
      'File',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { boundsOf, complementSpans, planDownload, zipUrl } from './download-plan.ts';
import {
  emptySelection,
  selectAll,
  selectRange,
  setSpan,
  spanOfDate,
  toggleAsset,
  type Selection,
} from './selection-model.ts';

const at = (text: string) => Date.parse(`${text}Z`);
const a = { id: 'asset_a', time: at('2024-06-03T18:00:00') };
const b = { id: 'asset_b', time: at('2024-06-02T12:00:00') };
const june1 = spanOfDate('2024-06-01');

describe('planDownload', () => {
  it.each<[string, Selection, ReturnType<typeof planDownload>]>([
    [
      'explicit photos',
      toggleAsset(toggleAsset(emptySelection, a), b),
      { kind: 'ids', ids: ['asset_a', 'asset_b'] },
    ],
    ['a day', setSpan(emptySelection, june1, true), { kind: 'filter', span: june1, excludeIds: [] }],
    [
      'a day less one',
      toggleAsset(setSpan(emptySelection, spanOfDate('2024-06-02'), true), b),
      { kind: 'filter', span: spanOfDate('2024-06-02'), excludeIds: ['asset_b'] },
    ],
    ['all', selectAll(), { kind: 'filter', span: null, excludeIds: [] }],
    ['all less one', toggleAsset(selectAll(), a), { kind: 'filter', span: null, excludeIds: ['asset_a'] }],
    [
      'a day and a photo beside it',
      toggleAsset(setSpan(emptySelection, june1, true), a),
      { kind: 'resolve', spans: [june1], includeIds: ['asset_a'], excludeIds: [] },
    ],
    [
      'all less a day',
      setSpan(selectAll(), june1, false),
      {
        kind: 'resolve',
        spans: [
          { from: -Infinity, to: june1.from - 1 },
          { from: june1.to + 1, to: Infinity },
        ],
        includeIds: [],
        excludeIds: [],
      },
    ],
    [
      'a Shift range',
      selectRange(toggleAsset(emptySelection, a), b),
      { kind: 'filter', span: { from: b.time, to: a.time }, excludeIds: [] },
    ],
  ])('%s', (_name, selection, expected) => {
    expect(planDownload(selection)).toEqual(expected);
  });
});

describe('complementSpans', () => {
  it.each([
    [[], [{ from: -Infinity, to: Infinity }]],
    [
      [{ from: 5, to: 9 }],
      [
        { from: -Infinity, to: 4 },
        { from: 10, to: Infinity },
      ],
    ],
    [
      [
        { from: 0, to: 1 },
        { from: 5, to: 9 },
      ],
      [
        { from: -Infinity, to: -1 },
        { from: 2, to: 4 },
        { from: 10, to: Infinity },
      ],
    ],
  ])('%j', (spans, expected) => {
    expect(complementSpans(spans)).toEqual(expected);
  });
});

describe('zip URLs', () => {
  it('holds exactly the day with exclusive bounds', () => {
    expect(boundsOf(june1)).toEqual({
      local_datetime_after: '2024-05-31T23:59:59.999',
      local_datetime_before: '2024-06-02T00:00:00.000',
    });
    expect(boundsOf({ from: -Infinity, to: Infinity })).toEqual({});
  });

  it.each([
    [{}, { ids: ['asset_a', 'asset_b'] }, '/api/assets/download.zip?ids=asset_a,asset_b'],
    [
      { album_id: 'album_x', person_id: undefined },
      { span: null, excludeIds: ['asset_a'] },
      '/api/assets/download.zip?all=true&album_id=album_x&exclude_ids=asset_a',
    ],
    [
      { person_id: 'person_p' },
      { span: june1, excludeIds: [] },
      '/api/assets/download.zip?all=true&person_id=person_p&local_datetime_after=2024-05-31T23%3A59%3A59.999&local_datetime_before=2024-06-02T00%3A00%3A00.000',
    ],
    [{}, { ids: [] }, null],
    [{}, { ids: Array.from({ length: 1001 }, (_, i) => `asset_${i}`) }, null],
  ])('%j %j', (filter, plan, expected) => {
    expect(zipUrl(filter, plan)).toBe(expected);
  });
});

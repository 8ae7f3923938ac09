import { describe, expect, it } from 'vitest';
import { chosenCount, facetCount, ignoredNarrowing } from './facet-count.ts';

describe('facetCount', () => {
  it.each([
    [{ asset_count: 104, matching_asset_count: 15 }, true, 15],
    [{ asset_count: 104, matching_asset_count: 104 }, false, 104],
    [{ asset_count: 104, matching_asset_count: 0 }, true, 0],
    [{ asset_count: 104 }, false, 104],
    [{ asset_count: 104 }, true, null],
    [{ asset_count: null }, false, null],
    [{}, false, null],
  ])('%o narrowed=%s → %s', (item, narrowed, expected) => {
    expect(facetCount(item, narrowed)).toBe(expected);
  });
});

describe('chosenCount', () => {
  it.each([
    [undefined, true, null],
    [{ item: null, known: true }, true, 0],
    [{ item: null, known: false }, true, null],
    [{ item: { asset_count: 9, matching_asset_count: 3 }, known: true }, true, 3],
    [{ item: { asset_count: 9 }, known: true }, true, null],
    [{ item: { asset_count: 9 }, known: true }, false, 9],
  ])('%o narrowed=%s → %s', (chosen, narrowed, expected) => {
    expect(chosenCount(chosen, narrowed)).toBe(expected);
  });
});

describe('ignoredNarrowing', () => {
  it.each([
    [[{ asset_count: 3 }, { asset_count: 4 }], true, true],
    [[{ asset_count: 3 }, { asset_count: 4 }], false, false],
    [[{ asset_count: 3, matching_asset_count: 1 }], true, false],
    [[], true, false],
  ])('%o narrowed=%s → %s', (items, narrowed, expected) => {
    expect(ignoredNarrowing(items, narrowed)).toBe(expected);
  });
});

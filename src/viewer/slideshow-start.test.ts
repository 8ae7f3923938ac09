import { describe, expect, it } from 'vitest';
import { readSlideshowRequest, slideshowLocation, stepInList, withoutSlideshow } from './slideshow-start.ts';

describe('readSlideshowRequest', () => {
  it.each([
    ['', null, null],
    ['?slideshow=1', null, {}],
    ['?album=album_x&slideshow=1', { fromGrid: true }, {}],
    ['?slideshow=0', null, null],
    ['', { slideshow: {} }, {}],
    ['', { slideshow: { assetIds: ['asset_a', 'asset_b'] } }, { assetIds: ['asset_a', 'asset_b'] }],
    ['', { slideshow: { assetIds: [3, '', 'asset_a'] } }, { assetIds: ['asset_a'] }],
    ['', { slideshow: { assetIds: [] } }, {}],
    ['', { fromGrid: true }, null],
    ['', 'junk', null],
  ])('search %j, state %j → %j', (search, state, expected) => {
    expect(readSlideshowRequest(search, state)).toEqual(expected);
  });
});

describe('slideshowLocation', () => {
  it('starts on the photo in the viewer, keeping the filter and the selection', () => {
    expect(slideshowLocation('asset_a', { album: 'album_x' }, { assetIds: ['asset_a', 'asset_b'] })).toEqual({
      to: '/assets/asset_a?album=album_x',
      state: { slideshow: { assetIds: ['asset_a', 'asset_b'] } },
    });
  });

  it('over the filter when there is no selection, from the grid when asked', () => {
    const start = slideshowLocation('asset_a', {}, { fromGrid: true });
    expect(start.state).toEqual({ slideshow: {}, fromGrid: true });
    expect(readSlideshowRequest('', start.state)).toEqual({});
  });
});

describe('withoutSlideshow', () => {
  it.each([
    [{ slideshow: {}, fromGrid: true }, { fromGrid: true }],
    [{ fromGrid: true }, { fromGrid: true }],
    [null, null],
  ])('%j → %j', (state, expected) => {
    expect(withoutSlideshow(state)).toEqual(expected);
  });
});

describe('stepInList', () => {
  const ids = ['a', 'b', 'c'];
  it.each([
    ['a', 1, 'b'],
    ['b', -1, 'a'],
    ['c', 1, null],
    ['a', -1, null],
    ['z', 1, 'a'],
  ] as const)('from %s by %d → %s', (from, delta, expected) => {
    expect(stepInList(ids, from, delta)).toBe(expected);
  });

  it('an empty list has nowhere to go', () => {
    expect(stepInList([], 'a', 1)).toBeNull();
  });
});

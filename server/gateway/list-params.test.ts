import { describe, expect, it } from 'vitest';
import { ASSET_LIST, forwardedParams, valuesOf } from './list-params.ts';

describe('valuesOf: a parameter as FastAPI reads it', () => {
  it.each([
    ['a scalar takes its last value', { order: ['desc', 'asc'] }, 'order', ['asc']],
    ['a list keeps every value, comma-joined ones as given', { ids: ['a,b', 'c'] }, 'ids', ['a,b', 'c']],
    ['blank values are dropped', { ids: ['', 'a'], order: [''] }, 'ids', ['a']],
    ['a blank scalar is absent', { order: [''] }, 'order', []],
    ['absent is absent', {}, 'order', []],
  ])('%s', (_name, given: Record<string, string[]>, name, expected) => {
    expect(valuesOf(given, name, ['ids'])).toEqual(expected);
  });
});

describe('forwardedParams', () => {
  it('sends the named parameters in their order, nothing unknown, no paging and no include', () => {
    const params = forwardedParams(
      {
        sneaky: ['1'],
        include: ['metadata'],
        limit: ['5'],
        starting_after_id: ['asset_x'],
        ids: ['asset_a', 'asset_b'],
        order: ['asc'],
        album_id: ['album_x'],
      },
      ASSET_LIST,
    );
    expect(params.toString()).toBe('album_id=album_x&order=asc&ids=asset_a&ids=asset_b');
  });
});

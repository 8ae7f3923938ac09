import { describe, expect, it } from 'vitest';
import { albumExtrasOf, assetExtrasOf, rewriteAssetUrls } from './fields-2026.ts';

const v = (url: string, width: number | null = 1) => ({ url, mimetype: 'image/webp', width });

describe('rewriteAssetUrls', () => {
  it.each([
    ['no urls', null, null],
    [
      'every variant gets our URL, mimetype and width kept',
      { thumbnail: v('cdn/t', 360), original: v('cdn/o', null) },
      { thumbnail: v('ours/thumbnail', 360), original: v('ours/original', null) },
    ],
    [
      'a variant we have no URL for is left out',
      { thumbnail: v('cdn/t'), small: v('cdn/s') },
      { thumbnail: v('ours/thumbnail') },
    ],
    ['nothing left: null', { small: v('cdn/s') }, null],
  ])('%s', (_name, urls, expected) => {
    expect(rewriteAssetUrls(urls, (name) => (name === 'small' ? null : `ours/${name}`))).toEqual(expected);
  });
});

describe('the 2026 fields, each on its own', () => {
  it('a refused field is null, the others kept', () => {
    const got = assetExtrasOf({ thumbhash: 42, duration: 3.5, kind: 'edit', stack_id: 'asset_stack_x' });
    expect(got).toMatchObject({
      thumbhash: null,
      duration: 3.5,
      kind: 'edit',
      stack_id: 'asset_stack_x',
      metadata: null,
    });
  });
  it('a 2025 record has none of them', () => {
    expect(Object.values(albumExtrasOf({ id: 'album_x', name: 'x' }))).toEqual([null, null, null, null]);
  });
});

import { describe, expect, it } from 'vitest';
import { assetDownloadUrl, assetImageUrl, imageUrl, thumbnailSizeFor, tileImageSrc } from './image-url.ts';

describe('imageUrl', () => {
  it.each([
    ['/api/assets/a/thumbnail', 'thumbnail', '/api/assets/a/thumbnail?size=thumbnail'],
    ['/api/assets/a/thumbnail', 'preview', '/api/assets/a/thumbnail?size=preview'],
    [
      'https://api.gumnut.ai/api/assets/a/thumbnail',
      'preview',
      'https://api.gumnut.ai/api/assets/a/thumbnail?size=preview',
    ],
    [
      'https://cdn.example/x.webp?sig=a%2Fb+c&exp=0',
      'thumbnail',
      'https://cdn.example/x.webp?sig=a%2Fb+c&exp=0&size=thumbnail',
    ],
    ['/t?size=thumbnail', 'preview', '/t?size=preview'],
    ['/t?a=1&size=fullsize&b=2', 'preview', '/t?a=1&b=2&size=preview'],
    ['/t?', 'thumbnail', '/t?size=thumbnail'],
    ['/t#frag', 'thumbnail', '/t?size=thumbnail#frag'],
    ['thumb.jpg', 'thumbnail', 'thumb.jpg?size=thumbnail'],
  ] as const)('%s with size %s → %s', (url, size, expected) => {
    expect(imageUrl(url, { size })).toBe(expected);
  });

  it('leaves a URL alone when no size is asked (face crops, avatars)', () => {
    expect(imageUrl('/api/faces/face_x/thumbnail?v=2')).toBe('/api/faces/face_x/thumbnail?v=2');
  });
});

describe('assetImageUrl / assetDownloadUrl', () => {
  it.each([
    [
      { id: 'asset_1', thumbnail_url: '/api/assets/asset_1/thumbnail' },
      '/api/assets/asset_1/thumbnail?size=preview',
    ],
    [{ id: 'asset_1', thumbnail_url: null }, '/api/assets/asset_1/thumbnail?size=preview'],
    [{ id: 'asset_1' }, '/api/assets/asset_1/thumbnail?size=preview'],
    [{ id: 'asset_1', thumbnail_url: 'https://h/t?k=1' }, 'https://h/t?k=1&size=preview'],
  ])('%o → %s', (asset, expected) => {
    expect(assetImageUrl(asset, 'preview')).toBe(expected);
  });

  it.each([
    [{ id: 'asset_1', download_url: 'https://h/d?sig=1' }, 'https://h/d?sig=1'],
    [{ id: 'asset_1', download_url: null }, '/api/assets/asset_1/download'],
  ])('download %o → %s', (asset, expected) => {
    expect(assetDownloadUrl(asset)).toBe(expected);
  });
});

describe('thumbnailSizeFor', () => {
  it.each([
    [160, 1, 'thumbnail'],
    [400, 1, 'thumbnail'], // even big tiles at DPR 1: 400 ≤ 540 device px
    [541, 1, 'preview'],
    [195, 2, 'thumbnail'], // a desktop grid on a retina screen stays on thumbnails
    [270, 2, 'thumbnail'],
    [271, 2, 'preview'], // big tiles at DPR 2
    [128, 3, 'thumbnail'], // three columns on a phone
    [200, 3, 'preview'],
    [200, Number.NaN, 'thumbnail'],
    [200, 0, 'thumbnail'],
  ] as const)('tile %d px at DPR %d → %s', (tile, dpr, expected) => {
    expect(thumbnailSizeFor(tile, dpr)).toBe(expected);
  });

  it('builds the tile src from the chosen size', () => {
    expect(tileImageSrc({ id: 'asset_1' }, 300, 2)).toBe('/api/assets/asset_1/thumbnail?size=preview');
    expect(tileImageSrc({ id: 'asset_1', thumbnail_url: '/t?v=1' }, 180, 2)).toBe('/t?v=1&size=thumbnail');
  });
});

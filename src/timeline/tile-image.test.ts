import { describe, expect, it } from 'vitest';
import { tileImageUrl } from './tile-image.ts';

const urls = {
  thumbnail: { url: '/v/thumb' },
  small: { url: '/v/small' },
  preview: { url: '/v/preview' },
};
const withVariants = { id: 'asset_1', thumbnail_url: '/api/assets/asset_1/thumbnail', asset_urls: urls };
const without = { id: 'asset_1', thumbnail_url: '/api/assets/asset_1/thumbnail', asset_urls: null };

describe('tileImageUrl', () => {
  it.each([
    // [css long edge, dpr, variant]
    [200, 1, '/v/thumb'],
    [200, 2, '/v/thumb'], // 400 device px ≤ 450
    [300, 2, '/v/small'], // 600 device px
    [450, 2, '/v/small'], // 900
    [460, 2, '/v/preview'],
    [2000, 2, '/v/preview'], // nothing bigger: the preview
  ])('a %i px tile at DPR %i takes %s', (edge, dpr, url) => {
    expect(tileImageUrl(withVariants, edge, edge * 0.75, dpr)).toBe(url);
  });

  it('without variants, the thumbnail endpoint: thumbnail, or preview where small would do', () => {
    expect(tileImageUrl(without, 200, 150, 1)).toBe('/api/assets/asset_1/thumbnail?size=thumbnail');
    expect(tileImageUrl(without, 300, 200, 2)).toBe('/api/assets/asset_1/thumbnail?size=preview');
  });

  it('a video takes its still variants', () => {
    const video = {
      ...without,
      asset_urls: { thumbnail_image: { url: '/v/vt' }, small_image: { url: '/v/vs' } },
    };
    expect(tileImageUrl(video, 200, 100, 1)).toBe('/v/vt');
    expect(tileImageUrl(video, 300, 100, 2)).toBe('/v/vs');
  });

  it('a bad pixel ratio counts as 1', () => {
    expect(tileImageUrl(withVariants, 300, 300, Number.NaN)).toBe('/v/thumb');
  });
});

import { describe, expect, it } from 'vitest';
import type { GalleryAsset } from '../api/asset-model.ts';
import { layoutMonth } from '../layout/month-layout.ts';
import { canon40dAsset } from '../testing/canon-40d.fixture.ts';
import { imageUrlsInView } from './first-screen-images.ts';
import { monthItemOf, timelineLayoutOptions } from './month-sizing.ts';

function asset(i: number, width: number, height: number): GalleryAsset {
  const id = `asset_${i}`;
  return {
    ...canon40dAsset({
      id,
      width,
      height,
      local_datetime: `2024-05-${String(20 - (i % 10)).padStart(2, '0')}T12:00:00`,
    }),
    asset_urls: {
      thumbnail: { url: `/t/${id}` },
      small: { url: `/s/${id}` },
      preview: { url: `/p/${id}` },
    },
  };
}

const month = Array.from({ length: 120 }, (_, i) => asset(i, i % 3 ? 4000 : 3000, 3000));
const options = timelineLayoutOptions(1280, 0);

describe('imageUrlsInView', () => {
  it('asks for the tiles of the first viewport only, in order', () => {
    const layout = layoutMonth(month.map(monthItemOf), options);
    const urls = imageUrlsInView(month, options, 800, 1);
    const bottom = layout.rows.findIndex((row) => row.top >= 800);
    const inView = layout.rows.slice(0, bottom).reduce((sum, row) => sum + row.count, 0);
    expect(urls).toHaveLength(inView);
    expect(inView).toBeGreaterThan(5);
    expect(inView).toBeLessThan(month.length);
    expect(urls).toEqual(month.slice(0, inView).map((a) => `/t/${a.id}`));
  });

  it('asks for the variant the tile will: a bigger one on a denser screen', () => {
    const dense = imageUrlsInView(month, options, 800, 3);
    expect(dense.length).toBeGreaterThan(0);
    expect(dense.every((url) => url.startsWith('/s/') || url.startsWith('/p/'))).toBe(true);
  });

  it('nothing without photos or without a width', () => {
    expect(imageUrlsInView([], options, 800, 1)).toEqual([]);
    expect(imageUrlsInView(month, timelineLayoutOptions(0, 0), 800, 1)).toEqual([]);
  });
});

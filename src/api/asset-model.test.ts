// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { inProcessFetch } from '../testing/in-process-fetch.ts';
import { seededDb } from '../testing/seeded-db.ts';
import { fetch2026 } from '../testing/upstream-2026.ts';
import { GalleryAssetPage, MonthCountPage } from './asset-model.ts';

const { db } = seededDb({ assets: 30, albums: 2, people: 3, variety: true });
const local = inProcessFetch(db).fetch;
const getLocal = async (url: string) => (await local(url)).json() as Promise<unknown>;

describe('the gallery asset model', () => {
  it('reads the superset our servers send, 2026 fields beside the 2025 ones', async () => {
    const page = z.parse(GalleryAssetPage, await getLocal('/api/assets?limit=30'));
    expect(page.data).toHaveLength(30);
    for (const asset of page.data) {
      expect(asset.thumbnail_url).toMatch(/\/thumbnail/);
      // A video's stills are the `_image` variants (2026 names).
      const small = asset.mime_type.startsWith('video/')
        ? asset.asset_urls?.small_image
        : asset.asset_urls?.small;
      expect(small?.url).toMatch(/size=small/);
      expect(asset.checksum).not.toBe('');
    }
    const videos = page.data.filter((a) => a.mime_type.startsWith('video/'));
    expect(videos.length).toBeGreaterThan(0);
  });

  it('reads a 2026-only server into the same model: exif from metadata, images from asset_urls', async () => {
    const get2026 = fetch2026(db);
    const query = 'limit=30&include=metadata,file_data,faces,people,variants';
    const from2026 = z.parse(GalleryAssetPage, await get2026(`/api/assets?${query}`)).data;
    const fromLocal = z.parse(GalleryAssetPage, await getLocal('/api/assets?limit=30')).data;
    expect(from2026.map((a) => a.id)).toEqual(fromLocal.map((a) => a.id));
    for (const [i, asset] of from2026.entries()) {
      const same = fromLocal[i]!;
      expect(asset.local_datetime).toBe(same.local_datetime);
      expect([asset.width, asset.height]).toEqual([same.width, same.height]);
      expect(asset.checksum).toBe(same.checksum);
      expect(asset.exif?.make ?? null).toBe(same.exif?.make ?? null);
      expect(asset.thumbnail_url).toMatch(/^https:\/\/cdn\.test\/.+thumbnail/);
      expect(asset.download_url).toMatch(/^https:\/\/cdn\.test\/dl\/asset_/);
      expect(asset.faces?.map((f) => f.id)).toEqual(same.faces?.map((f) => f.id));
      for (const face of asset.faces ?? []) expect(face.thumbnail_url).toMatch(/cdn\.test/);
      expect(asset.people?.map((p) => p.id).sort()).toEqual(same.people?.map((p) => p.id).sort());
    }
  });

  it('a lean 2026 asset (no include=) still parses, with what it has', async () => {
    const lean = z.parse(GalleryAssetPage, await fetch2026(db)('/api/assets?limit=5')).data;
    expect(lean).toHaveLength(5);
    for (const asset of lean) {
      expect(asset.exif).toBeNull();
      expect(asset.thumbnail_url).toMatch(/cdn\.test/);
    }
  });

  it('month counts carry our aspect-ratio sums, and a bare 2026 bucket parses without one', async () => {
    const counts = z.parse(MonthCountPage, await getLocal('/api/assets/counts?group_by=month&limit=200'));
    expect(counts.data.reduce((sum, b) => sum + b.count, 0)).toBe(30);
    for (const bucket of counts.data) expect(bucket.aspect_ratio_sum).toBeGreaterThan(0);
    const bare = z.parse(MonthCountPage, {
      data: [{ time_bucket: '2024-06-01T00:00:00', count: 4 }],
      has_more: false,
    });
    expect(bare.data[0]?.aspect_ratio_sum).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { AlbumPage } from '../../contract/entities.ts';
import { seedLibrary } from '../testing/seed.ts';
import { createTestApp, getJson } from '../testing/test-app.ts';

describe('GET /api/albums: the 2026 parameters', () => {
  it('filters by asset_id (the albums holding it) and ids, repeated or comma-joined', async () => {
    const { db, app } = createTestApp();
    const lib = seedLibrary(db, { assets: 9, albums: 3 });
    const ids = async (query: string) => {
      const { status, body } = await getJson(app, `/api/albums?${query}`);
      expect(status, JSON.stringify(body)).toBe(200);
      return AlbumPage.parse(body).data.map((a) => a.id);
    };
    // Asset i is in album i % 3.
    expect(await ids(`asset_id=${lib.assetIds[4]}`)).toEqual([lib.albumIds[1]]);
    expect(await ids(`asset_id=${lib.assetIds[4]}&ids=${lib.albumIds[2]}`)).toEqual([]);
    const two = [lib.albumIds[0]!, lib.albumIds[2]!];
    expect((await ids(`ids=${two.join(',')}`)).sort()).toEqual([...two].sort());
    expect((await ids(`ids=${two[0]}&ids=${two[1]}`)).sort()).toEqual([...two].sort());
    expect(await ids('')).toHaveLength(3);
    for (const [query, param] of [
      ['asset_id=album_2222222222222222222222', 'asset_id'],
      ['ids=asset_2222222222222222222222', 'ids'],
    ]) {
      const { status, body } = await getJson(app, `/api/albums?${query}`);
      expect(status).toBe(422);
      expect(body.detail[0].loc).toEqual(['query', param]);
    }
  });
});

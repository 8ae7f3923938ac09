import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { Asset } from '../../contract/entities.ts';
import { createApp } from '../../server/app.ts';
import { openDb } from '../../server/db/open-db.ts';
import { seedLibrary } from '../../server/testing/seed.ts';
import { getJson } from '../../server/testing/test-app.ts';
import { createSyntheticMedia } from './synthetic-media.ts';

describe('a synthetic library (benchmarks)', () => {
  let app: ReturnType<typeof createApp>;
  let asset: Asset;

  beforeEach(async () => {
    const db = openDb(':memory:');
    app = createApp(db, { media: createSyntheticMedia({ db, cacheDir: null }) });
    const lib = seedLibrary(db, { assets: 3, albums: 1, people: 2 });
    db.prepare("UPDATE libraries SET root_path = 'synthetic:7' WHERE id = ?").run(lib.libraryId);
    asset = Asset.parse((await getJson(app, `/api/assets/${lib.assetIds[0]}`)).body);
  });

  it.each([
    ['thumbnail', 360],
    ['preview', 1440],
  ] as const)('draws a %s in the asset’s aspect ratio, the same bytes every time', async (size, edge) => {
    const first = await app.request(`${asset.thumbnail_url}&size=${size}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/webp');
    const bytes = Buffer.from(await first.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta.width).toBe(edge);
    expect(meta.height).toBe(Math.round((edge * asset.height!) / asset.width!));
    const again = Buffer.from(await (await app.request(`${asset.thumbnail_url}&size=${size}`)).arrayBuffer());
    expect(again.equals(bytes)).toBe(true);
  });

  it('draws face crops', async () => {
    const face = asset.faces![0]!;
    const res = await app.request(face.thumbnail_url!);
    expect(res.status).toBe(200);
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).format).toBe('webp');
  });

  it('has no original to download, and says so', async () => {
    const { status, body } = await getJson(app, asset.download_url!);
    expect(status).toBe(404);
    expect(body.detail).toMatch(/synthetic/);
  });
});

import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Asset } from '../../contract/entities.ts';
import { createApp } from '../app.ts';
import { openDb } from '../db/open-db.ts';
import { indexLibrary } from '../indexer/index-library.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'testing', 'fixtures');

describe('asset images and downloads', () => {
  let root: string;
  let cacheDir: string;
  let app: ReturnType<typeof createApp>;
  let asset: Asset;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cs-images-'));
    cacheDir = await mkdtemp(path.join(tmpdir(), 'cs-cache-'));
    await mkdir(path.join(root, 'Été à Lisboa'));
    await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(root, 'Été à Lisboa', 'Café "São" 1.jpg'));
    const db = openDb(':memory:');
    await indexLibrary(db, root);
    app = createApp(db, { imageCacheDir: cacheDir });
    const page = (await (await app.request('/api/assets')).json()) as { data: Asset[] };
    asset = page.data[0]!;
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  });

  it.each([
    ['thumbnail', 360],
    ['small', 720],
    ['preview', 1440],
  ] as const)('renders a %s as WebP within %d px, cached with an ETag', async (size, edge) => {
    const res = await app.request(`${asset.thumbnail_url}&size=${size}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('cache-control')).toContain('immutable');
    const bytes = Buffer.from(await res.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(edge);
    // Canon 40D sample is 100×68: never enlarged.
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(Math.max(asset.width!, asset.height!));

    const etag = res.headers.get('etag')!;
    const again = await app.request(`${asset.thumbnail_url}&size=${size}`, {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('keeps rendered images in the cache folder', async () => {
    await app.request(`/api/assets/${asset.id}/thumbnail`);
    const files = await readdir(cacheDir, { recursive: true });
    expect(files.some((f) => f.endsWith('.webp') && f.includes(asset.id))).toBe(true);
  });

  it('does not promise immutability without the current version', async () => {
    const res = await app.request(`/api/assets/${asset.id}/thumbnail?v=stale`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).not.toContain('immutable');
  });

  it('rejects an unknown size with 422', async () => {
    const res = await app.request(`/api/assets/${asset.id}/thumbnail?size=huge`);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { detail: { loc: string[] }[] }).detail[0]!.loc).toEqual(['query', 'size']);
  });

  it('downloads the original bytes with an encoded file name', async () => {
    const res = await app.request(asset.download_url!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Caf_ _S_o_ 1.jpg"; filename*=UTF-8''Caf%C3%A9%20%22S%C3%A3o%22%201.jpg`,
    );
    const original = await readFile(path.join(FIXTURES, 'Canon_40D.jpg'));
    expect(Buffer.from(await res.arrayBuffer()).equals(original)).toBe(true);
  });
});

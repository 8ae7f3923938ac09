import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { endRawPreviews } from '../media/raw-preview.ts';
import { FIXTURES } from '../testing/heic-fixtures.ts';
import { writeDng } from '../testing/raw-fixtures.ts';
import { indexLibrary } from './index-library.ts';

interface Listed {
  id: string;
  original_file_name: string;
  mime_type: string;
  width: number;
  height: number;
  local_datetime: string;
  stack_id: string | null;
  exif: { make: string | null; model: string | null } | null;
}
type App = ReturnType<typeof createApp>;
const list = async (app: App, query = '') =>
  ((await (await app.request(`/api/assets${query}`)).json()) as { data: Listed[] }).data;
const names = (assets: Listed[]) => assets.map((a) => a.original_file_name).sort();

/** A 48×36 grey fingerprint, brightness taken out (see heic.test.ts). */
const fingerprint = (image: Buffer | string) =>
  sharp(image).resize(48, 36, { fit: 'fill' }).greyscale().raw().toBuffer();
function difference(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

describe('RAW files and RAW+JPEG stacks', () => {
  let root: string;
  let db: Db;
  let app: App;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cs-raw-'));
    await mkdir(path.join(root, 'Trip'));
    // One shot as RAW + JPEG; the DNG embeds the scene stored sideways with Orientation 6.
    await cp(path.join(FIXTURES, 'orientation/landscape_1.jpg'), path.join(root, 'Trip', 'IMG_0042.JPG'));
    await writeDng(path.join(root, 'Trip', 'IMG_0042.dng'), {
      preview: 'orientation/landscape_6.jpg',
      orientation: 6,
      taken: '2024:05:01 10:00:00',
    });
    // A RAW alone, with no embedded preview: sharp decodes the DNG's own (grey) pixels.
    await writeDng(path.join(root, 'Trip', 'IMG_0050.DNG'), { taken: '2024:05:02 09:00:00' });
    db = openDb(':memory:');
    const report = await indexLibrary(db, root);
    expect(report.failed).toEqual([]);
    app = createApp(db, { imageCacheDir: null });
  });
  afterAll(async () => {
    await endRawPreviews();
    await rm(root, { recursive: true, force: true });
  });

  it('lists one tile per stack (the JPEG) and the lone RAW, for 2025 and 2026 clients alike', async () => {
    expect(names(await list(app))).toEqual(['IMG_0042.JPG', 'IMG_0050.DNG']);
    expect(names(await list(app, '?limit=5&order=asc'))).toEqual(['IMG_0042.JPG', 'IMG_0050.DNG']);
    const counts = (await (await app.request('/api/assets/counts')).json()) as { data: { count: number }[] };
    expect(counts.data.reduce((n, b) => n + b.count, 0)).toBe(2);
    const albums = (await (await app.request('/api/albums')).json()) as { data: { asset_count: number }[] };
    expect(albums.data[0]?.asset_count).toBe(2);
  });

  it('gives both files of the shot one stack id, and lists them with stack_id=', async () => {
    const [jpeg] = (await list(app)).filter((a) => a.original_file_name === 'IMG_0042.JPG');
    expect(jpeg?.stack_id).toMatch(/^asset_stack_[A-Za-z0-9]{22}$/);
    const stack = await list(app, `?stack_id=${jpeg!.stack_id}`);
    expect(names(stack)).toEqual(['IMG_0042.JPG', 'IMG_0042.dng']);
    const raw = stack.find((a) => a.original_file_name === 'IMG_0042.dng')!;
    expect(raw).toMatchObject({
      mime_type: 'image/x-adobe-dng',
      width: 600,
      height: 450,
      stack_id: jpeg!.stack_id,
    });
    expect(raw.local_datetime).toBe('2024-05-01T10:00:00');
    expect(raw.exif).toMatchObject({ make: 'Canon', model: 'Canon EOS R6' });
    const lone = (await list(app)).find((a) => a.original_file_name === 'IMG_0050.DNG');
    expect(lone).toMatchObject({ mime_type: 'image/x-adobe-dng', stack_id: null, width: 64, height: 48 });
  });

  it('shows a RAW from its embedded preview, upright', async () => {
    const raw = (await list(app, `?stack_id=${(await list(app))[0]!.stack_id ?? ''}`)).find((a) =>
      a.original_file_name.endsWith('.dng'),
    )!;
    const res = await app.request(`/api/assets/${raw.id}/thumbnail?size=preview`);
    expect(res.status).toBe(200);
    const image = Buffer.from(await res.arrayBuffer());
    expect((await sharp(image).metadata()).width).toBe(600);
    const upright = await fingerprint(path.join(FIXTURES, 'orientation/landscape_1.jpg'));
    expect(difference(await fingerprint(image), upright)).toBeLessThan(8);
    const download = await app.request(`/api/assets/${raw.id}/download`);
    expect(download.headers.get('content-disposition')).toContain('IMG_0042.dng');
  });

  it('keeps stack ids across a fresh index, and un-stacks a RAW whose JPEG is gone', async () => {
    const before = (await list(app))[0]!.stack_id;
    const fresh = openDb(':memory:');
    await indexLibrary(fresh, root);
    const again = await list(createApp(fresh, { imageCacheDir: null }));
    expect(again.find((a) => a.original_file_name === 'IMG_0042.JPG')?.stack_id).toBe(before);

    await rm(path.join(root, 'Trip', 'IMG_0042.JPG'));
    await indexLibrary(fresh, root);
    const after = createApp(fresh, { imageCacheDir: null });
    const listed = await list(after);
    expect(names(listed)).toEqual(['IMG_0042.dng', 'IMG_0050.DNG']);
    expect(listed.every((a) => a.stack_id === null)).toBe(true);
    const albums = (await (await after.request('/api/albums')).json()) as { data: { asset_count: number }[] };
    expect(albums.data[0]?.asset_count).toBe(2);
  });
});

import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openDb } from '../db/open-db.ts';
import { indexLibrary } from '../indexer/index-library.ts';

const FIXTURE = path.join(import.meta.dirname, '..', 'testing', 'fixtures', 'Canon_40D.jpg');

describe('downloading an original in ranges', () => {
  let root: string;
  let app: ReturnType<typeof createApp>;
  let url: string;
  let original: Buffer;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cs-ranges-'));
    await cp(FIXTURE, path.join(root, 'photo.jpg'));
    original = await readFile(FIXTURE);
    const db = openDb(':memory:');
    await indexLibrary(db, root);
    app = createApp(db, { imageCacheDir: null });
    const page = (await (await app.request('/api/assets')).json()) as { data: { download_url: string }[] };
    url = page.data[0]!.download_url;
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const get = async (headers: Record<string, string> = {}) => {
    const res = await app.request(url, { headers });
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };

  it('says it takes ranges and sends the whole file without one', async () => {
    const { res, body } = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-length')).toBe(String(original.length));
    expect(res.headers.get('content-range')).toBeNull();
    expect(body.equals(original)).toBe(true);
  });

  it.each([
    ['bytes=0-99', 0, 99],
    ['bytes=1000-', 1000, -1],
    ['bytes=-500', -500, -1],
    ['bytes=100-99999999', 100, -1],
  ])('answers %s with 206 and exactly those bytes', async (range, from, to) => {
    const start = from < 0 ? original.length + from : from;
    const end = to < 0 ? original.length - 1 : to;
    const { res, body } = await get({ Range: range });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/${original.length}`);
    expect(res.headers.get('content-length')).toBe(String(end - start + 1));
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('content-disposition')).toContain('photo.jpg');
    expect(body.equals(original.subarray(start, end + 1))).toBe(true);
  });

  it('answers a range past the end with 416 and the size', async () => {
    const { res, body } = await get({ Range: `bytes=${original.length}-` });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe(`bytes */${original.length}`);
    expect(body.length).toBe(0);
  });

  const whole: Record<string, string>[] = [
    { Range: 'bytes=0-9,20-29' },
    { Range: 'bytes=0-9', 'If-Range': '"stale"' },
    { Range: 'lines=1-2' },
  ];
  it.each(whole)('sends the whole file for %o', async (headers) => {
    const { res, body } = await get(headers);
    expect(res.status).toBe(200);
    expect(body.equals(original)).toBe(true);
  });
});

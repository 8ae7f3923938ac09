import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openDb } from '../db/open-db.ts';
import { seedLibrary } from '../testing/seed.ts';

const script = `export const tiles = [${Array.from({ length: 400 }, (_, i) => `"tile-${i}"`).join(',')}];\n`;
const css = `.grid{display:grid}.tile{aspect-ratio:1}${'.x{color:red}'.repeat(100)}`;
const html = `<!doctype html><html><head><title>gallery</title>
    <script type="module" crossorigin src="/static/index-a1.js"></script>
    <link rel="stylesheet" crossorigin href="/static/index-c3.css">
  </head><body><div id="root"></div></body></html>`;
/** What the build's own brotli of the script would be: a marker, to see it sent as it is. */
const builtBrotli = brotliCompressSync(Buffer.from(`${script}// built\n`));

let tmp: string;
let server: ServerType;
let port = 0;
let album = '';
let person = '';

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'cs-gallery-'));
  await mkdir(path.join(tmp, 'static'));
  await writeFile(path.join(tmp, 'index.html'), html);
  await writeFile(path.join(tmp, 'static/index-a1.js'), script);
  await writeFile(path.join(tmp, 'static/index-a1.js.br'), builtBrotli);
  await writeFile(path.join(tmp, 'static/index-c3.css'), css);
  await writeFile(path.join(tmp, 'static/clip-d4.mp4'), Buffer.alloc(5000, 1));
  const db = openDb(':memory:');
  const seeded = seedLibrary(db, { assets: 30 });
  album = seeded.albumIds[0]!;
  person = seeded.personIds[0]!;
  const app = createApp(db, { galleryDir: tmp, imageCacheDir: null });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(tmp, { recursive: true, force: true });
});

function get(urlPath: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: urlPath, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const preloadsIn = (page: string) =>
  [...page.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]*)">/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&'),
  );

describe('the gallery page', () => {
  it('is sent no-cache, compressed, with the stylesheet inline and the first requests preloaded', async () => {
    const res = await get('/', { 'Accept-Encoding': 'br' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-encoding']).toBe('br');
    const page = brotliDecompressSync(res.body).toString();
    expect(page).toContain('<style data-href="/static/index-c3.css">.grid{display:grid}');
    // Only as a link of a type no browser fetches, for the lazy chunks' loader to see it is there.
    expect([...page.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) => m[0])).toEqual([
      '<link rel="stylesheet" href="/static/index-c3.css" type="text/x-inlined">',
    ]);
    // The seeded library's newest photo is from June 2024: its month's page is named.
    expect(preloadsIn(page)).toEqual([
      '/api/assets?local_datetime_after=2024-05-31T23%3A59%3A59.999&local_datetime_before=2024-07-01T00%3A00%3A00&limit=100',
      '/api/assets/counts?group_by=month&limit=200',
      '/api/assets/counts?group_by=month&limit=1',
      '/api/assets/geo-clusters?bbox=0%2C0%2C0.0001%2C0.0001&cell_size=1',
      '/api/libraries',
      '/api/albums?limit=50',
      '/api/people?limit=50',
    ]);
    // The preloads come after the entry script, so they never queue ahead of it.
    expect(page.indexOf('rel="preload"')).toBeGreaterThan(page.indexOf('<script'));
  });

  it('preloads what a filtered page and a photo page ask for, and each preload answers 200', async () => {
    const filtered = (await get(`/assets/whatever?album=${album}&person=${person}`)).body.toString();
    const urls = preloadsIn(filtered);
    expect(urls.slice(0, 3)).toEqual([
      '/api/assets/whatever',
      `/api/albums/${album}`,
      `/api/people/${person}`,
    ]);
    expect(urls).toContain(`/api/albums?person_id=${person}&limit=50`);
    expect(urls).toContain(`/api/albums?ids=${album}&person_id=${person}&limit=1`);
    expect(urls).toContain(`/api/people?ids=${person}&album_id=${album}&limit=1`);
    const page = urls.find((url) => url.startsWith('/api/assets?'));
    expect(page).toMatch(
      new RegExp(`^/api/assets\\?album_id=${album}&person_id=${person}&local_datetime_after=`),
    );
    for (const url of urls.filter((u) => u !== '/api/assets/whatever')) {
      expect((await get(url)).status, url).toBe(200);
    }
    const map = preloadsIn((await get('/map')).body.toString());
    expect(map.some((url) => url.startsWith('/api/assets?') || url.includes('limit=200'))).toBe(false);
  });

  it('sends hashed scripts immutable, as the build compressed them or compressed once here', async () => {
    const br = await get('/static/index-a1.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.body.equals(builtBrotli)).toBe(true);
    const gz = await get('/static/index-a1.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);
    expect(gz.headers['content-type']).toMatch(/javascript/);
    const plain = await get('/static/index-a1.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('never compresses a byte range or a video, and keeps them immutable', async () => {
    const range = await get('/static/index-a1.js', { 'Accept-Encoding': 'gzip, br', Range: 'bytes=0-99' });
    expect(range.status).toBe(206);
    expect(range.headers['content-encoding']).toBeUndefined();
    expect(range.body.toString()).toBe(script.slice(0, 100));
    const clip = await get('/static/clip-d4.mp4', { 'Accept-Encoding': 'gzip, br' });
    expect(clip.status).toBe(200);
    expect(clip.headers['content-encoding']).toBeUndefined();
    expect(clip.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(clip.body.length).toBe(5000);
  });

  it('compresses API answers on the fly', async () => {
    const res = await get('/api/assets?limit=30', { 'Accept-Encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.body).toString()).data).toHaveLength(30);
  });
});

/**
 * The gateway as people run it, across real processes over loopback: our local server with an
 * access key as the upstream (the 2025 shape), the 2026 stand-in (API and CDN on two ports) in
 * this process, and gateways started with `npm start -- --upstream URL`. Every response a
 * browser would get is kept and, at the end, searched for the keys.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Asset, AssetPage, LibraryList, PersonPage } from '../../contract/entities.ts';
import { writeMixedPhotoFolder } from '../testing/photo-folder.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';
import { createUpstream2026 } from './testing/upstream-2026.ts';

const LOCAL_KEY = 'local-access-key-0123456789-abcdef';
const KEY_2026 = 'apikey_2026_process_test_secret_55555';
const WRONG_KEY = 'apikey_wrong_key_that_is_refused_77777';
const KEYS = [LOCAL_KEY, KEY_2026, WRONG_KEY];

/** `npm start -- ARGS` on a free port; keys a test didn't give must not leak in from whoever runs it. */
const startServer = (args: string[], env: Record<string, string> = {}) =>
  startServerProcess({
    args: [...args, '--no-build'],
    env,
    unsetEnv: ['GUMNUT_API_KEY', 'CONTACT_SHEET_ACCESS_KEY', 'PORT'],
  });

let dir: string;
let local: ServerProcess;
let gateway: ServerProcess;
let wrong: ServerProcess;
let gateway2026: ServerProcess;
const servers: ServerType[] = [];

/** Every response a browser received from a gateway: kept for the key search. */
const seen: { what: string; text: string }[] = [];

async function browser(base: string, pathAndQuery: string, init?: RequestInit): Promise<Response> {
  const res = await fetch(`${base}${pathAndQuery}`, init);
  const body = Buffer.from(await res.arrayBuffer());
  const headers = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
  seen.push({
    what: `${init?.method ?? 'GET'} ${pathAndQuery} → ${res.status}`,
    text: `${headers}\n\n${body.toString('latin1')}`,
  });
  return new Response(res.status === 304 ? null : body, { status: res.status, headers: res.headers });
}
const browserJson = async (base: string, p: string) => {
  const res = await browser(base, p);
  return { status: res.status, body: await res.json() };
};
/** The local server, asked directly with its key: what the gateway must reproduce. */
const direct = (p: string) =>
  fetch(`${local.url}${p}`, { headers: { authorization: `Bearer ${LOCAL_KEY}` } });
const directJson = async (p: string) => (await direct(p)).json();
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function listen(app: { fetch: (req: Request) => Response | Promise<Response> }): Promise<string> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
    servers.push(server);
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cs-gw-proc-'));
  const photos = path.join(dir, 'photos');
  await mkdir(photos, { recursive: true });
  await writeMixedPhotoFolder(photos);
  local = await startServer([
    '--photos',
    photos,
    '--data',
    path.join(dir, 'data'),
    '--access-key',
    LOCAL_KEY,
  ]);

  let cdnOrigin = '';
  const upstream = createUpstream2026({
    apiKey: KEY_2026,
    local: direct,
    cdnOrigin: () => cdnOrigin,
    unnamed: ['Mei Tanaka'],
  });
  const apiOrigin = await listen(upstream.api);
  cdnOrigin = await listen(upstream.cdn);

  const wrongKeyFile = path.join(dir, 'wrong-key.txt');
  await writeFile(wrongKeyFile, `${WRONG_KEY}\n`);
  [gateway, wrong, gateway2026] = await Promise.all([
    startServer(['--upstream', local.url], { GUMNUT_API_KEY: LOCAL_KEY }),
    startServer(['--upstream', local.url, '--api-key-file', wrongKeyFile]),
    startServer(['--upstream', apiOrigin], { GUMNUT_API_KEY: KEY_2026 }),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([gateway, wrong, gateway2026, local].map((p) => p?.stop()));
  for (const server of servers) server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a gateway over our local server (2025 shape, access key required)', () => {
  it('the upstream really needs its key', async () => {
    expect((await fetch(`${local.url}/api/libraries`)).status).toBe(401);
    await gateway.waitFor('Upstream http://127.0.0.1');
    expect(gateway.output()).toContain('1 library (the 2025 API shape)');
  });

  it('lists the same libraries, assets, albums and people as the local server', async () => {
    for (const p of [
      '/api/libraries',
      '/api/assets?limit=100',
      '/api/albums',
      '/api/people',
      '/api/faces?limit=100',
    ]) {
      const through = (await browserJson(gateway.url, p)).body;
      const mine = await directJson(p);
      const ids = (x: any) => (Array.isArray(x) ? x : x.data).map((i: { id: string }) => i.id);
      expect(ids(through), p).toEqual(ids(mine));
    }
    expect(LibraryList.parse((await browserJson(gateway.url, '/api/libraries')).body)).toHaveLength(1);
  });

  it('filters by album, person and both, and pages, exactly as the local server', async () => {
    const albums = (await directJson('/api/albums')).data as { id: string; name: string }[];
    const people = (await directJson('/api/people')).data as { id: string; name: string }[];
    const family = albums.find((a) => a.name === 'Family')!.id;
    const ana = people.find((p) => p.name === 'Ana Ferreira')!.id;
    for (const q of [
      `album_id=${family}`,
      `person_id=${ana}`,
      `album_id=${family}&person_id=${ana}`,
      'limit=2',
      'limit=3&starting_after_id=',
    ]) {
      let query = q;
      if (q.endsWith('starting_after_id='))
        query += ((await directJson('/api/assets?limit=3')).data as Asset[])[2]!.id;
      const through = AssetPage.parse((await browserJson(gateway.url, `/api/assets?${query}`)).body);
      const mine = AssetPage.parse(await directJson(`/api/assets?${query}`));
      expect(
        through.data.map((a) => a.id),
        query,
      ).toEqual(mine.data.map((a) => a.id));
      expect(through.has_more, query).toBe(mine.has_more);
      expect(through.data.length, query).toBeGreaterThan(0);
    }
  });

  it('serves the same image bytes for every size, face crops and downloads', async () => {
    const page = AssetPage.parse((await browserJson(gateway.url, '/api/assets?limit=100')).body);
    const mine = AssetPage.parse(await directJson('/api/assets?limit=100'));
    for (const [i, asset] of page.data.entries()) {
      for (const size of ['thumbnail', 'preview'] as const) {
        const res = await browser(gateway.url, `${asset.thumbnail_url}&size=${size}`);
        expect(res.status).toBe(200);
        expect(await bytes(res)).toEqual(
          await bytes(await direct(`${mine.data[i]!.thumbnail_url}&size=${size}`)),
        );
      }
    }
    const picnic = page.data.find((a) => a.original_file_name === 'picnic.jpg')!;
    const download = await browser(gateway.url, picnic.download_url!);
    expect(download.headers.get('content-disposition')).toContain('picnic.jpg');
    expect(await bytes(download)).toEqual(await readFile(path.join(dir, 'photos', 'Family', 'picnic.jpg')));
    const face = picnic.faces![0]!;
    expect(await bytes(await browser(gateway.url, face.thumbnail_url!))).toEqual(
      await bytes(await direct(`/api/faces/${face.id}/thumbnail`)),
    );
    const person = PersonPage.parse((await browserJson(gateway.url, '/api/people')).body).data[0]!;
    expect((await browser(gateway.url, person.thumbnail_face_url!)).headers.get('content-type')).toBe(
      'image/webp',
    );
  });

  it('a revalidation with the ETag answers 304', async () => {
    const asset = AssetPage.parse((await browserJson(gateway.url, '/api/assets?limit=1')).body).data[0]!;
    const first = await browser(gateway.url, asset.thumbnail_url!);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect(
      (await browser(gateway.url, asset.thumbnail_url!, { headers: { 'if-none-match': etag } })).status,
    ).toBe(304);
  });

  it('a wrong key is a clear 401 for data and images alike', async () => {
    await wrong.waitFor('warning:');
    expect(wrong.output()).toContain(
      `warning: ${local.url} refused the API key (check GUMNUT_API_KEY or --api-key-file)`,
    );
    for (const p of ['/api/libraries', '/api/assets', '/api/assets/asset_AAAAAAAAAAAAAAAAAAAAAA/thumbnail']) {
      expect(await browserJson(wrong.url, p), p).toEqual({
        status: 401,
        body: { detail: 'The Gumnut API key was refused' },
      });
    }
  });

  it('refuses writes, unknown paths and bad queries like the local server', async () => {
    expect((await browser(gateway.url, '/api/assets', { method: 'DELETE' })).status).toBe(405);
    expect((await browser(gateway.url, '/api/albums', { method: 'POST', body: '{}' })).status).toBe(405);
    expect((await browserJson(gateway.url, '/api/nope')).status).toBe(404);
    expect((await browserJson(gateway.url, '/api/assets?limit=abc')).status).toBe(422);
    expect((await browserJson(gateway.url, '/api/assets/asset_AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
  });
});

describe('a gateway over the 2026 shape', () => {
  it('answers in the contract shape with thumbnails, EXIF, faces and people', async () => {
    await gateway2026.waitFor('Upstream http://127.0.0.1');
    expect(gateway2026.output()).toContain('(the 2026 API shape)');
    const page = AssetPage.parse((await browserJson(gateway2026.url, '/api/assets?limit=500')).body);
    const mine = AssetPage.parse(await directJson('/api/assets?limit=500'));
    expect(page.data.map((a) => a.id)).toEqual(mine.data.map((a) => a.id));
    const picnic = page.data.find((a) => a.original_file_name === 'picnic.jpg')!;
    const myPicnic = mine.data.find((a) => a.id === picnic.id)!;
    expect(picnic.exif).toEqual(myPicnic.exif);
    expect(picnic.checksum).toBe(myPicnic.checksum);
    expect(picnic.faces).toHaveLength(3);
    expect(picnic.people?.map((p) => p.name).sort()).toEqual(['Ana Ferreira', 'Rui Costa']);
    const people = PersonPage.parse((await browserJson(gateway2026.url, '/api/people')).body);
    expect(people.data.map((p) => p.name)).toContain(null); // Mei, unnamed in 2026: still listed
  });

  it('thumbnails come through our origin as valid WebP of the local server’s size', async () => {
    const page = AssetPage.parse((await browserJson(gateway2026.url, '/api/assets?limit=500')).body);
    for (const asset of page.data) {
      expect(asset.thumbnail_url).toMatch(/^\/api\/assets\//);
      const res = await browser(gateway2026.url, `${asset.thumbnail_url}&size=preview`);
      expect(res.headers.get('cache-control')).toMatch(/^private/);
      const meta = await sharp(await bytes(res)).metadata();
      const mine = await sharp(
        await bytes(await direct(`/api/assets/${asset.id}/thumbnail?size=preview`)),
      ).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', mine.width, mine.height]);
    }
    const face = page.data.flatMap((a) => a.faces ?? [])[0]!;
    expect((await browser(gateway2026.url, face.thumbnail_url!)).status).toBe(200);
    const withPeople = page.data.find((a) => a.people?.length)!;
    expect((await browser(gateway2026.url, withPeople.download_url!)).status).toBe(200);
    const avatar = await browser(gateway2026.url, withPeople.people![0]!.thumbnail_face_url!);
    expect(avatar.status).toBe(200);
  });
});

describe('an upstream that is down at start', () => {
  it('prints a clear warning, keeps serving and answers 502 per request', async () => {
    const nowhere = `http://127.0.0.1:${await closedPort()}`;
    const down = await startServer(['--upstream', nowhere], { GUMNUT_API_KEY: LOCAL_KEY });
    try {
      await down.waitFor('warning:');
      expect(down.output()).toContain(
        `Could not reach the Gumnut API at ${nowhere} (ECONNREFUSED). Serving anyway`,
      );
      const res = await browserJson(down.url, '/api/libraries');
      expect(res).toEqual({
        status: 502,
        body: { detail: `Could not reach the Gumnut API at ${nowhere} (ECONNREFUSED)` },
      });
      expect(down.output()).not.toContain(LOCAL_KEY);
    } finally {
      await down.stop();
    }
  });
});

describe('the keys never reach the browser', () => {
  it('not in the gallery page or its scripts', async () => {
    const index = await browser(gateway.url, '/');
    const html = await index.text();
    for (const src of html.matchAll(/(?:src|href)="(\/static\/[^"]+)"/g)) await browser(gateway.url, src[1]!);
    expect(seen.length).toBeGreaterThan(1);
  });

  it('not in any body or header a gateway sent, errors included, nor in its logs', () => {
    expect(seen.length).toBeGreaterThan(50);
    expect(seen.some((s) => / → (401|404|405|422|502)$/.test(s.what))).toBe(true);
    for (const { what, text } of seen)
      for (const key of KEYS) expect(text.includes(key), `${what} holds a key`).toBe(false);
    for (const p of [gateway, wrong, gateway2026])
      for (const key of KEYS) expect(p.output()).not.toContain(key);
  });
});

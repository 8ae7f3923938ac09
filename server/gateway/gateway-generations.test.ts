/**
 * The gateway over both API generations, across real HTTP in one process: the local server (over a
 * real photo folder and a seeded library) stands behind a 2026 stand-in (API and CDN on two ports)
 * and a 2025 stand-in, and a gateway is served in front of each. What a 2026 upstream has (the 2026
 * fields, parameters, summaries, videos with ranges) must reach the gallery as the local server
 * itself answers it; a 2025 upstream's missing summaries must be a 404 the gallery can detect; and
 * no answer may carry the API key or an upstream URL.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api2026 from '../../contract/entities-2026.ts';
import { AssetPage } from '../../contract/entities.ts';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { indexLibrary } from '../indexer/index-library.ts';
import { writeMixedPhotoFolder } from '../testing/photo-folder.ts';
import { seedLibrary } from '../testing/seed.ts';
import { createGatewayApp } from './gateway-app.ts';
import { NEEDS_NEWER } from './summaries.ts';
import { createUpstream2025 } from './testing/upstream-2025.ts';
import { createUpstream2026 } from './testing/upstream-2026.ts';
import { VIDEO_CHUNK, type StandInVideo } from './testing/upstream-2026-extras.ts';

const KEY_2026 = 'apikey_generations_2026_secret_ABCDEF';
const KEY_2025 = 'apikey_generations_2025_secret_GHIJKL';
const VIDEO_ID = 'asset_video23456789ABCDEFGHJKLMN';

let root: string;
let db: Db;
let local: ReturnType<typeof createApp>;
let upstream26: ReturnType<typeof createUpstream2026>;
let upstream25: ReturnType<typeof createUpstream2025>;
let cdnOrigin = '';
let apiOrigin = '';
let gw26 = '';
let gw25 = '';
let big: ReturnType<typeof seedLibrary>;
let photosLibrary: string;
let releaseSlow: () => void = () => undefined;
const servers: ServerType[] = [];
const clip = new Uint8Array(randomBytes(5 * VIDEO_CHUNK + 1234));
const slowClip = new Uint8Array(randomBytes(40 * VIDEO_CHUNK));

/** Every answer a browser got from a gateway, for the key and URL search at the end. */
const seen: { what: string; text: string }[] = [];

async function listen(app: { fetch: (req: Request) => Response | Promise<Response> }): Promise<string> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
    servers.push(server);
  });
}

/** A browser's request to a gateway; the answer is kept whole for the searches. */
async function browser(base: string, p: string, init?: RequestInit) {
  const res = await fetch(`${base}${p}`, init);
  const body = Buffer.from(await res.arrayBuffer());
  const headers = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
  seen.push({ what: `${p} → ${res.status}`, text: `${headers}\n\n${body.toString('latin1')}` });
  return { status: res.status, headers: res.headers, body };
}
/**
 * Where two byte strings first differ (-1: nowhere). Not `toEqual` for a whole clip: its walk of
 * 300 kB one element at a time held this process, which also runs the servers, for 8 s on a loaded
 * machine, past the gateway's 5 s keep-alive, and the next request met a connection being reset.
 */
function firstDifference(got: Uint8Array, want: Uint8Array): number {
  const shared = Math.min(got.length, want.length);
  for (let i = 0; i < shared; i++) if (got[i] !== want[i]) return i;
  return got.length === want.length ? -1 : shared;
}
const json = async (base: string, p: string) => {
  const res = await browser(base, p);
  return { status: res.status, body: JSON.parse(res.body.toString()) as Record<string, unknown> };
};
const localJson = async (p: string) => (await local.request(p)).json() as Promise<Record<string, unknown>>;
type Item = Record<string, unknown> & { id: string };
const ids = (body: Record<string, unknown>) => (body.data as Item[]).map((item) => item.id);

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cs-gw-gen-'));
  await writeMixedPhotoFolder(root);
  db = openDb(':memory:');
  photosLibrary = (await indexLibrary(db, root, { name: 'Photos' })).libraryId;
  big = seedLibrary(db, { assets: 450, albums: 3, people: 3, variety: true, root: '/seed/big', name: 'Big' });
  local = createApp(db);
  const localFetch = (p: string, headers?: HeadersInit) => Promise.resolve(local.request(p, { headers }));
  const still = new Uint8Array(
    await sharp({ create: { width: 32, height: 18, channels: 3, background: '#234' } })
      .webp()
      .toBuffer(),
  );
  const slow = new Promise<void>((resolve) => (releaseSlow = resolve));
  const videos: (StandInVideo & { still: Uint8Array })[] = [
    { id: VIDEO_ID, bytes: clip, still },
    { id: 'asset_slowvideo3456789ABCDEFGHJK', bytes: slowClip, still, release: slow },
  ];
  upstream26 = createUpstream2026({
    apiKey: KEY_2026,
    local: localFetch,
    cdnOrigin: () => cdnOrigin,
    videos,
  });
  upstream25 = createUpstream2025({ apiKey: KEY_2025, local: localFetch });
  [apiOrigin, cdnOrigin] = await Promise.all([listen(upstream26.api), listen(upstream26.cdn)]);
  const origin25 = await listen(upstream25.api);
  [gw26, gw25] = await Promise.all([
    listen(createGatewayApp({ upstream: apiOrigin, apiKey: KEY_2026, retry: { maxRetries: 0 } })),
    listen(createGatewayApp({ upstream: origin25, apiKey: KEY_2025, retry: { maxRetries: 0 } })),
  ]);
}, 60_000);

afterAll(async () => {
  releaseSlow();
  for (const server of servers) server.close();
  db.close();
  await rm(root, { recursive: true, force: true });
});

const OURS = /^\/api\/(assets|faces|people)\/[^/?]+\/(thumbnail\?v=[\w-]{12}(&size=\w+)?|download)$/;

describe('a 2026 upstream: the 2026 fields reach the gallery beside the 2025 ones', () => {
  it('an asset has thumbhash, size, kind, metadata, file_data and every variant on our origin', async () => {
    const list = await localJson(`/api/assets?library_id=${photosLibrary}&limit=50`);
    const want = (list.data as Item[]).find((a) => a.original_file_name === 'picnic.jpg')!;
    const { status, body } = await json(gw26, `/api/assets/${want.id}`);
    expect(status).toBe(200);
    expect(typeof want.thumbhash).toBe('string');
    for (const key of [
      'thumbhash',
      'width',
      'height',
      'duration',
      'stack_id',
      'kind',
      'checksum',
      'thumbnail_url',
    ])
      expect(body, key).toHaveProperty(key);
    expect(body).toMatchObject({
      thumbhash: want.thumbhash,
      width: want.width,
      height: want.height,
      kind: 'original',
    });
    expect(body.current_version_id).toMatch(/^asset_version_/);
    const meta = api2026.Metadata.parse(body.metadata);
    expect(meta.make).toBe((want.exif as { make: string }).make);
    expect(api2026.FileData.parse(body.file_data).checksum).toBe(want.checksum);
    const urls = api2026.AssetUrls.parse(body.asset_urls);
    expect(Object.keys(body.asset_urls as object).sort()).toEqual([
      'fullsize',
      'original',
      'preview',
      'small',
      'thumbnail',
    ]);
    for (const [name, variant] of Object.entries(urls)) {
      expect(variant!.url, name).toMatch(OURS);
      const res = await browser(gw26, variant!.url);
      expect(res.status, name).toBe(200);
    }
    expect(urls.thumbnail?.width).toBe(360);
    expect(urls.original?.url).toBe(`/api/assets/${want.id}/download`);
    // The small variant is the 2026 one (720 px), not another size standing in.
    const small = await sharp((await browser(gw26, urls.small!.url)).body).metadata();
    expect(Math.max(small.width, small.height)).toBeLessThanOrEqual(720);
    const faces = body.faces as Item[];
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) {
      const crop = (face.asset_urls as { thumbnail: { url: string } }).thumbnail.url;
      expect(crop).toMatch(OURS);
      expect((await browser(gw26, crop)).status).toBe(200);
    }
  });

  it('albums carry count, cover, dates and the cover’s variants on our origin', async () => {
    const direct = await localJson(`/api/albums?library_id=${photosLibrary}`);
    const { body } = await json(gw26, `/api/albums?library_id=${photosLibrary}`);
    const pick = (a: Item) => [a.id, a.asset_count, a.album_cover_asset_id, a.start_date, a.end_date];
    expect((body.data as Item[]).map(pick)).toEqual((direct.data as Item[]).map(pick));
    for (const album of body.data as Item[]) {
      const urls = api2026.AssetUrls.parse(album.asset_urls);
      expect(urls.thumbnail!.url).toContain(`/api/assets/${String(album.album_cover_asset_id)}/thumbnail?v=`);
      expect((await browser(gw26, urls.preview!.url)).status).toBe(200);
    }
  });

  it('people carry asset_count and their avatar as asset_urls on our origin', async () => {
    const direct = await localJson('/api/people?limit=50&sort=name_asc');
    const { body } = await json(gw26, '/api/people?limit=50&sort=name_asc&name_filter=all');
    const pick = (p: Item) => [p.id, p.asset_count];
    expect((body.data as Item[]).map(pick)).toEqual((direct.data as Item[]).map(pick));
    const withFace = (body.data as Item[]).filter((p) => p.thumbnail_face_id);
    expect(withFace.length).toBeGreaterThan(0);
    const localPeople = direct.data as Item[];
    for (const person of withFace) {
      const url = (person.asset_urls as { thumbnail: { url: string } }).thumbnail.url;
      // The same image as the 2025 avatar, answered as the local server answers it (a seeded
      // person's largest face has no file to crop: 404 from both).
      expect(url).toBe(person.thumbnail_face_url);
      const mine = localPeople.find((p) => p.id === person.id)!;
      const want = (await local.request(String(mine.thumbnail_face_url))).status;
      expect((await browser(gw26, url)).status).toBe(want);
    }
  });
});

describe('a 2026 upstream: the 2026 list parameters reach it', () => {
  const p = () => big.personIds;
  it.each([
    ['two people, repeated', () => `person_ids=${p()[0]}&person_ids=${p()[1]}`],
    ['two people, comma-joined', () => `person_ids=${p()[0]},${p()[2]}`],
    ['oldest first', () => 'order=asc&limit=30'],
    ['before a date, exclusive', () => 'local_datetime_before=2024-03-01T00:00:00&limit=30'],
    ['a window', () => 'local_datetime_after=2024-01-01&local_datetime_before=2024-02-01T00:00:00%2B02:00'],
    ['videos only', () => 'media_type=video'],
    ['by ids', () => `ids=${big.assetIds.slice(3, 9).join(',')}`],
    ['a box', () => 'bbox=-180,-90,180,90&limit=40'],
    ['a box across the antimeridian', () => 'bbox=170,-90,-170,90'],
    ['around a point', () => 'center=-9.14,38.72&radius=50000'],
    ['not in an album', () => `library_id=${photosLibrary}&album_filter=not_in_album`],
    ['live only', () => 'state=live&limit=10'],
    ['1000 at once, filled from upstream pages of 200', () => 'limit=1000'],
  ])('%s: the same assets as the local server', async (_name, query) => {
    const q = query().startsWith('library_id=') ? query() : `library_id=${big.libraryId}&${query()}`;
    const direct = await localJson(`/api/assets?${q}`);
    const { status, body } = await json(gw26, `/api/assets?${q}`);
    expect(status).toBe(200);
    expect(ids(body)).toEqual(ids(direct));
    expect(body.has_more).toBe(direct.has_more);
    expect(ids(direct).length).toBeGreaterThan(0);
  });

  it('an empty stack and the trash are empty, as the local server says', async () => {
    for (const q of ['stack_id=asset_stack_abc', 'state=trashed']) {
      const { body } = await json(gw26, `/api/assets?${q}`);
      expect(body.data).toEqual((await localJson(`/api/assets?${q}`)).data);
    }
  });

  it('walks every asset of a library in ascending order through cursors, as the local server', async () => {
    const walk = async (get: (url: string) => Promise<Record<string, unknown>>) => {
      const all: string[] = [];
      let cursor = '';
      for (;;) {
        const page = await get(`/api/assets?library_id=${big.libraryId}&order=asc&limit=170${cursor}`);
        all.push(...ids(page));
        if (!page.has_more) return all;
        cursor = `&starting_after_id=${all[all.length - 1]}`;
      }
    };
    const through = await walk(async (u) => (await json(gw26, u)).body);
    expect(through).toHaveLength(450);
    expect(through).toEqual(await walk(localJson));
  });

  it.each([
    ['people by name', '/api/people?name=ana&name_filter=all'],
    ['people by ids', () => `/api/people?ids=${big.personIds.slice(0, 2).join(',')}&name_filter=all`],
    ['named people, most assets first', '/api/people?name_filter=named&sort=asset_count_desc'],
    ['albums holding an asset', () => `/api/albums?asset_id=${big.assetIds[4]}`],
    ['albums by ids', () => `/api/albums?ids=${big.albumIds[0]}&ids=${big.albumIds[2]}`],
  ])('%s: the same as the local server', async (_name, url) => {
    const u = typeof url === 'string' ? url : url();
    const { body } = await json(gw26, u);
    const direct = await localJson(u);
    expect(ids(body)).toEqual(ids(direct));
    expect(ids(direct).length).toBeGreaterThan(0);
  });

  it.each([
    '/api/assets?bbox=1,2,3',
    '/api/assets?person_ids=person_nope',
    '/api/assets?order=sideways',
    '/api/assets?limit=1001',
    '/api/assets?center=1,2',
    `/api/assets?album_id=${'album_' + 'x'.repeat(22)}&album_filter=in_album`,
    '/api/assets?local_datetime_before=yesterday',
    '/api/assets/counts?group_by=week',
    '/api/assets/geo-clusters?bbox=0,0,1,1',
    '/api/people?sort=height',
    '/api/albums?ids=lib_nope',
  ])('%s is the local server’s 422, without asking the upstream', async (url) => {
    const before = upstream26.requests.length;
    const { status, body } = await json(gw26, url);
    expect(status).toBe(422);
    expect(body).toEqual(await localJson(url));
    expect(upstream26.requests.length).toBe(before);
  });
});

describe('a 2026 upstream: summaries pass through', () => {
  it.each([
    ['the whole library', () => `library_id=${big.libraryId}`],
    ['two people', () => `library_id=${big.libraryId}&person_ids=${big.personIds[0]},${big.personIds[1]}`],
    [
      'a page before a month',
      () => `library_id=${big.libraryId}&local_datetime_before=2024-03-01T00:00:00&limit=2`,
    ],
  ])('counts of %s are the local server’s', async (_name, query) => {
    const { status, body } = await json(gw26, `/api/assets/counts?${query()}`);
    expect(status).toBe(200);
    const page = api2026.AssetCounts.parse(body);
    const direct = api2026.AssetCounts.parse(await localJson(`/api/assets/counts?${query()}`));
    expect(page).toEqual(direct);
    expect(page.data.length).toBeGreaterThan(0);
  });

  it('geo-clusters are the local server’s, cover ids kept', async () => {
    const q = `library_id=${big.libraryId}&bbox=-180,-90,180,90&cell_size=20`;
    const { status, body } = await json(gw26, `/api/assets/geo-clusters?${q}`);
    expect(status).toBe(200);
    const clusters = api2026.GeoClusters.parse(body);
    expect(clusters).toEqual(api2026.GeoClusters.parse(await localJson(`/api/assets/geo-clusters?${q}`)));
    expect(clusters.data.length).toBeGreaterThan(0);
    const cover = clusters.data[0]!.representative_asset_id;
    expect((await json(gw26, `/api/assets/${cover}`)).status).toBe(200);
  });

  it('ping answers', async () => {
    expect(await json(gw26, '/api/server/ping')).toEqual({ status: 200, body: { status: 'ok' } });
  });
});

describe('a 2025 upstream', () => {
  it.each([
    '/api/assets/counts',
    '/api/assets/geo-clusters?bbox=-10,30,10,50&cell_size=1',
    '/api/server/ping',
  ])('%s is a 404 that says a newer server is needed', async (url) => {
    const { status, body } = await json(gw25, url);
    expect(status).toBe(404);
    expect(body).toEqual({ detail: NEEDS_NEWER });
    expect(NEEDS_NEWER).toContain('needs a newer Gumnut server');
  });

  it('once known, the missing summary is answered without asking again', async () => {
    await json(gw25, '/api/assets/counts?limit=3');
    const before = upstream25.requests.length;
    expect((await json(gw25, '/api/assets/counts?limit=4')).status).toBe(404);
    expect(upstream25.requests.length).toBe(before);
  });

  it('assets keep the 2025 fields, with none of the 2026 ones the upstream lacks', async () => {
    const { body } = await json(gw25, `/api/assets?library_id=${photosLibrary}&limit=3`);
    const page = AssetPage.parse(body);
    expect(page.data).toHaveLength(3);
    for (const asset of body.data as Item[]) {
      expect(asset).toMatchObject({ thumbhash: null, asset_urls: null, metadata: null, kind: null });
      expect(asset.thumbnail_url).toMatch(OURS);
    }
  });

  it('a download answers a range', async () => {
    const asset = (await localJson(`/api/assets?library_id=${photosLibrary}&limit=1`)).data as Item[];
    const whole = Buffer.from(
      await (await local.request(`/api/assets/${asset[0]!.id}/download`)).arrayBuffer(),
    );
    const res = await browser(gw25, `/api/assets/${asset[0]!.id}/download`, {
      headers: { range: 'bytes=10-99' },
    });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 10-99/${whole.length}`);
    expect(res.body).toEqual(whole.subarray(10, 100));
  });
});

describe('videos through a 2026 upstream', () => {
  it('a video has duration, its stills and its clip on our origin', async () => {
    const { body } = await json(gw26, `/api/assets/${VIDEO_ID}`);
    expect(body).toMatchObject({ mime_type: 'video/mp4', duration: 12.5, width: 1920, height: 1080 });
    const urls = api2026.AssetUrls.parse(body.asset_urls);
    expect(Object.keys(body.asset_urls as object).sort()).toEqual([
      'original',
      'preview_image',
      'thumbnail_image',
    ]);
    expect(urls.original).toEqual({
      url: `/api/assets/${VIDEO_ID}/download`,
      mimetype: 'video/mp4',
      width: null,
    });
    expect(urls.thumbnail_image!.url).toMatch(/&size=thumbnail$/);
    expect((await browser(gw26, urls.thumbnail_image!.url)).headers.get('content-type')).toBe('image/webp');
  });

  it('a range request is a 206 with the upstream’s Content-Range and exactly those bytes', async () => {
    const url = `/api/assets/${VIDEO_ID}/download`;
    const res = await browser(gw26, url, { headers: { range: 'bytes=70000-70999' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 70000-70999/${clip.length}`);
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-length')).toBe('1000');
    expect(res.body).toEqual(Buffer.from(clip.subarray(70000, 71000)));
    const tail = await browser(gw26, url, { headers: { range: `bytes=-10` } });
    expect(tail.body).toEqual(Buffer.from(clip.subarray(clip.length - 10)));
    const whole = await browser(gw26, url);
    expect([whole.status, whole.headers.get('accept-ranges')]).toEqual([200, 'bytes']);
    expect(firstDifference(whole.body, clip)).toBe(-1);
    const past = await browser(gw26, url, { headers: { range: `bytes=${clip.length + 5}-` } });
    expect([past.status, past.headers.get('content-range')]).toEqual([416, `bytes */${clip.length}`]);
  });

  it('streams as the upstream sends: the first bytes arrive while the rest is still held back', async () => {
    const res = await fetch(`${gw26}/api/assets/asset_slowvideo3456789ABCDEFGHJK/download`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(slowClip.length));
    const reader = res.body!.getReader();
    let got = 0;
    while (got < VIDEO_CHUNK) got += (await reader.read()).value?.length ?? 0;
    // The upstream has sent one chunk of forty: a gateway that buffered would have sent nothing.
    expect(got).toBeLessThan(slowClip.length);
    releaseSlow();
    for (let part = await reader.read(); !part.done; part = await reader.read()) got += part.value.length;
    expect(got).toBe(slowClip.length);
  });
});

describe('what leaves the gateways', () => {
  it('no answer carries an API key or an upstream or CDN address', () => {
    expect(seen.length).toBeGreaterThan(40);
    for (const { what, text } of seen) {
      for (const secret of [KEY_2026, KEY_2025, apiOrigin, cdnOrigin, 'sig='])
        expect(text, what).not.toContain(secret);
    }
  });
});

/**
 * The gateway over the current (2026) API shape, in process: a stand-in 2026 upstream (its CDN on
 * another origin) wraps a local server over a real photo folder; the gallery-facing answers must
 * parse with the contract and match what the local server itself says.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api2026 from '../../contract/entities-2026.ts';
import { Asset, AssetPage, LibraryList, Person, PersonPage } from '../../contract/entities.ts';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { indexLibrary } from '../indexer/index-library.ts';
import { seedLibrary } from '../testing/seed.ts';
import { createGatewayApp, type GatewayApp } from './gateway-app.ts';
import { writeMixedPhotoFolder } from '../testing/photo-folder.ts';
import { createUpstream2026 } from './testing/upstream-2026.ts';
import type { FetchFn } from './upstream-client.ts';

const KEY = 'apikey_2026_inprocess_secret_XYZ123';
const API = 'https://api.gumnut.test';
const CDN = 'https://cdn.gumnut-images.test';

let root: string;
let db: Db;
let local: ReturnType<typeof createApp>;
let upstream: ReturnType<typeof createUpstream2026>;
let fetchFn: FetchFn;
let gateway: GatewayApp;
let photosLibrary: string;

const localJson = async (url: string) => (await local.request(url)).json();
const viaGateway = async (app: GatewayApp, url: string) => {
  const res = await app.request(url);
  return { status: res.status, body: await res.json() };
};
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());
const newGateway = () =>
  createGatewayApp({ upstream: API, apiKey: KEY, fetch: fetchFn, retry: { sleep: () => Promise.resolve() } });

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cs-gw26-'));
  await writeMixedPhotoFolder(root);
  db = openDb(':memory:');
  photosLibrary = (await indexLibrary(db, root, { name: 'Photos' })).libraryId;
  // A second, larger library: pages longer than the 2026 limit of 200.
  seedLibrary(db, { assets: 450, albums: 2, people: 0, root: '/seed/big', name: 'Big' });
  local = createApp(db);
  upstream = createUpstream2026({
    apiKey: KEY,
    local: (p) => Promise.resolve(local.request(p)),
    cdnOrigin: CDN,
    unnamed: ['Mei Tanaka'],
  });
  fetchFn = (url, init) => {
    const { origin } = new URL(url);
    if (origin === API) return Promise.resolve(upstream.api.request(url, init));
    if (origin === CDN) return Promise.resolve(upstream.cdn.request(url, init));
    return Promise.reject(new TypeError('fetch failed'));
  };
  gateway = newGateway();
});
afterAll(async () => {
  db.close();
  await rm(root, { recursive: true, force: true });
});

describe('the gateway over a 2026 upstream', () => {
  it('the stand-in really is 2026-shaped: lean assets, no thumbnail_url, limit ≤ 200, named people only', async () => {
    const auth = { headers: { authorization: `Bearer ${KEY}` } };
    const lean = (await (await upstream.api.request('/api/assets?limit=1', auth)).json()) as {
      data: Record<string, unknown>[];
    };
    expect(lean.data[0]).toMatchObject({
      metadata: null,
      file_data: null,
      asset_urls: { thumbnail: { url: expect.stringContaining(CDN) } },
    });
    expect(lean.data[0]).not.toHaveProperty('thumbnail_url');
    expect((await upstream.api.request('/api/assets?limit=201', auth)).status).toBe(422);
    const named = (await (await upstream.api.request('/api/people?limit=50', auth)).json()) as {
      data: { name: string | null }[];
    };
    expect(named.data.map((p) => p.name)).not.toContain(null);
  });

  it('the stand-in’s answers parse whole with the 2026 contract, with and without include=', async () => {
    const auth = { headers: { authorization: `Bearer ${KEY}` } };
    const get = async (url: string) => (await upstream.api.request(url, auth)).json();
    const lean = api2026.AssetPage.parse(await get('/api/assets?limit=5'));
    expect(lean.data[0]).toMatchObject({ metadata: null, file_data: null, faces: null, kind: 'original' });
    const full = api2026.AssetPage.parse(
      await get(
        `/api/assets?library_id=${photosLibrary}&limit=50&include=metadata,faces,people,metrics,file_data,variants`,
      ),
    );
    const picnic = full.data.find((a) => a.original_file_name === 'picnic.jpg')!;
    expect(picnic.metadata?.make).toBe('Canon');
    expect(picnic.faces?.length).toBeGreaterThan(0);
    expect(Object.keys(picnic.asset_urls ?? {}).sort()).toEqual([
      'fullsize',
      'original',
      'preview',
      'small',
      'thumbnail',
    ]);
    api2026.Asset.parse(await get(`/api/assets/${picnic.id}?include=people`));
    api2026.PersonPage.parse(await get('/api/people?name_filter=all&limit=50'));
    api2026.FacePage.parse(await get('/api/faces?limit=50'));
    api2026.AlbumPage.parse(await get('/api/albums?limit=50'));
    api2026.LibraryList.parse(await get('/api/libraries'));
  });

  it('lists libraries in the contract shape', async () => {
    const { status, body } = await viaGateway(gateway, '/api/libraries');
    expect(status).toBe(200);
    expect(
      LibraryList.parse(body)
        .map((l) => l.name)
        .sort(),
    ).toEqual(['Big', 'Photos']);
  });

  it('answers a page of 500 exactly, from upstream pages of at most 200', async () => {
    const before = upstream.requests.length;
    const { body } = await viaGateway(gateway, '/api/assets?limit=500');
    const page = AssetPage.parse(body);
    const direct = await localJson('/api/assets?limit=500');
    expect(page.data.map((a) => a.id)).toEqual(direct.data.map((a: Asset) => a.id));
    expect(page.has_more).toBe(direct.has_more);
    const sent = upstream.requests.slice(before).filter((r) => r.startsWith('/api/assets?'));
    // Refused once at 500, then pages of 200, 200 and the 100 still wanted (57 come back).
    expect(sent.map((r) => new URLSearchParams(r.split('?')[1]).get('limit'))).toEqual([
      '500',
      '200',
      '200',
      '100',
    ]);
    expect(gateway.pages.limitMax).toBe(200);
    expect(new URLSearchParams(sent[0]!.split('?')[1]).get('include')).toBe(
      'metadata,faces,people,file_data,variants',
    );
  });

  it('pages with a small limit give the same sequence as the local server', async () => {
    const walk = async (get: (url: string) => Promise<{ data: Asset[]; has_more: boolean }>) => {
      const ids: string[] = [];
      let cursor = '';
      for (;;) {
        const page = await get(
          `/api/assets?library_id=${photosLibrary}&limit=3${cursor ? `&starting_after_id=${cursor}` : ''}`,
        );
        ids.push(...page.data.map((a) => a.id));
        if (!page.has_more || page.data.length === 0) return ids;
        cursor = page.data[page.data.length - 1]!.id;
      }
    };
    const through = await walk(async (url) => AssetPage.parse((await viaGateway(gateway, url)).body));
    expect(through).toHaveLength(7);
    expect(through).toEqual(await walk(localJson));
  });

  it.each([
    ['album', (ids: Ids) => `album_id=${ids.family}`],
    ['person (sent as person_ids)', (ids: Ids) => `person_id=${ids.ana}`],
    ['album and person', (ids: Ids) => `album_id=${ids.trip}&person_id=${ids.rui}`],
    ['library and person', (ids: Ids) => `library_id=${photosLibrary}&person_id=${ids.ana}`],
  ])('filters by %s like the local server', async (_name, query) => {
    const ids = await folderIds();
    const q = query(ids);
    const through = AssetPage.parse((await viaGateway(gateway, `/api/assets?${q}`)).body).data.map(
      (a) => a.id,
    );
    const direct = (await localJson(`/api/assets?${q}`)).data.map((a: Asset) => a.id);
    expect(through.length).toBeGreaterThan(0);
    expect(through).toEqual(direct);
  });

  it('an asset carries EXIF (from metadata), file fields, faces and people, with images on our origin', async () => {
    const picnic = await assetNamed('picnic.jpg');
    const { body } = await viaGateway(gateway, `/api/assets/${picnic.id}`);
    const asset = Asset.parse(body);
    const direct = Asset.parse(await localJson(`/api/assets/${picnic.id}`));
    expect(asset.exif).toEqual(direct.exif);
    expect(asset.exif?.make).toBe('Canon');
    for (const key of [
      'device_asset_id',
      'device_id',
      'checksum',
      'mime_type',
      'original_file_name',
      'file_created_at',
      'file_modified_at',
      'local_datetime',
      'width',
      'height',
    ] as const) {
      expect(asset[key]).toEqual(direct[key]);
    }
    expect(asset.faces?.map((f) => [f.id, f.person_id, f.bounding_box])).toEqual(
      direct.faces?.map((f) => [f.id, f.person_id, f.bounding_box]),
    );
    expect(asset.people?.map((p) => p.id).sort()).toEqual(direct.people?.map((p) => p.id).sort());
    const urls = [
      asset.thumbnail_url,
      asset.download_url,
      ...asset.faces!.map((f) => f.thumbnail_url),
      ...asset.people!.map((p) => p.thumbnail_face_url),
    ];
    for (const url of urls) expect(url).toMatch(/^\/api\/(assets|faces|people)\//);
    expect(JSON.stringify(body)).not.toContain('gumnut-images');
  });

  it('serves every image size, downloads, face crops and avatars with the local server’s bytes', async () => {
    const picnic = Asset.parse(
      (await viaGateway(gateway, `/api/assets/${(await assetNamed('picnic.jpg')).id}`)).body,
    );
    const direct = Asset.parse(await localJson(`/api/assets/${picnic.id}`));
    for (const size of ['thumbnail', 'preview', 'fullsize'] as const) {
      const res = await gateway.request(`${picnic.thumbnail_url}&size=${size}`);
      expect(res.status, size).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/webp');
      expect(res.headers.get('cache-control')).toMatch(/^private, /);
      expect(await bytes(res)).toEqual(
        await bytes(await local.request(`/api/assets/${picnic.id}/thumbnail?size=${size}`)),
      );
    }
    const download = await gateway.request(picnic.download_url!);
    expect(download.headers.get('content-disposition')).toContain('filename="picnic.jpg"');
    expect(await bytes(download)).toEqual(await readFile(path.join(root, 'Family', 'picnic.jpg')));
    const face = picnic.faces![0]!;
    expect(await bytes(await gateway.request(face.thumbnail_url!))).toEqual(
      await bytes(await local.request(`/api/faces/${face.id}/thumbnail`)),
    );
    // Embedded 2026 people have no asset_urls: the avatar route looks the person up.
    const person = picnic.people![0]!;
    const avatar = await gateway.request(person.thumbnail_face_url!);
    expect(avatar.status).toBe(200);
    const localPerson = direct.people!.find((p) => p.id === person.id)!;
    expect(await bytes(avatar)).toEqual(await bytes(await local.request(localPerson.thumbnail_face_url!)));
  });

  it('image URLs keep working on a fresh gateway (a restart): unknown ids are looked up upstream', async () => {
    const first = AssetPage.parse(
      (await viaGateway(gateway, `/api/assets?library_id=${photosLibrary}&limit=1`)).body,
    ).data[0]!;
    const restarted = newGateway();
    const res = await restarted.request(`${first.thumbnail_url}&size=preview`);
    expect(res.status).toBe(200);
    expect(await bytes(res)).toEqual(
      await bytes(await local.request(`/api/assets/${first.id}/thumbnail?size=preview`)),
    );
    expect((await restarted.request('/api/assets/asset_doesNotExist2222222222/thumbnail')).status).toBe(404);
  });

  it('lists unnamed people too (name_filter=all), for the gallery to hide behind its toggle', async () => {
    const page = PersonPage.parse((await viaGateway(gateway, '/api/people?limit=50')).body);
    expect(page.data.map((p) => p.name).sort()).toEqual(['Ana Ferreira', 'Rui Costa', null]);
    const unnamed = page.data.find((p) => p.name === null)!;
    expect(Person.parse(unnamed).thumbnail_face_url).toMatch(/^\/api\/people\//);
    expect((await gateway.request(unnamed.thumbnail_face_url!)).status).toBe(200);
    expect(upstream.requests.some((r) => r.startsWith('/api/people?') && r.includes('name_filter=all'))).toBe(
      true,
    );
  });

  it('answers 404 and 422 in FastAPI style', async () => {
    expect(await viaGateway(gateway, '/api/assets/asset_doesNotExist2222222222')).toMatchObject({
      status: 404,
    });
    expect(await viaGateway(gateway, '/api/assets?limit=0')).toMatchObject({
      status: 422,
      body: { detail: [{ loc: ['query', 'limit'] }] },
    });
    expect(await viaGateway(gateway, '/api/assets/x/thumbnail?size=huge')).toMatchObject({
      status: 422,
      body: { detail: [{ loc: ['query', 'size'] }] },
    });
  });
});

interface Ids {
  family: string;
  trip: string;
  ana: string;
  rui: string;
}

async function folderIds(): Promise<Ids> {
  const albums = (await localJson(`/api/albums?library_id=${photosLibrary}`)).data as {
    id: string;
    name: string;
  }[];
  const people = (await localJson('/api/people?limit=50')).data as { id: string; name: string }[];
  const album = (name: string) => albums.find((a) => a.name === name)!.id;
  const person = (name: string) => people.find((p) => p.name === name)!.id;
  return {
    family: album('Family'),
    trip: album('Trip'),
    ana: person('Ana Ferreira'),
    rui: person('Rui Costa'),
  };
}

async function assetNamed(name: string): Promise<Asset> {
  const page = await localJson(`/api/assets?library_id=${photosLibrary}&limit=50`);
  return (page.data as Asset[]).find((a) => a.original_file_name === name)!;
}

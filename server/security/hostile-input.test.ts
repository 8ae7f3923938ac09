/**
 * Hostile input to every endpoint: random and malicious query strings, path parameters and
 * methods, thrown at the app in-process over a seeded index plus a real indexed photo folder and a
 * built gallery. Every answer must be 2xx or a 4xx with a FastAPI-style `{detail}`; no 5xx, no
 * stack trace, no server path, no byte of a file outside the served folders; and the server must
 * answer normally afterwards with its index untouched.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlbumPage, AssetPage, FacePage, LibraryList, PersonPage } from '../../contract/entities.ts';
import { ErrorBody } from '../../contract/errors.ts';
import { createApp, type App } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { indexLibrary } from '../indexer/index-library.ts';
import { seedLibrary } from '../testing/seed.ts';
import { hostileRequest, type HostileRequest } from './hostile-arbitraries.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'testing', 'fixtures');
const RUNS = Number(process.env.HOSTILE_RUNS ?? 2000);

/** Pages whose 200 body must still parse with the contract, whatever the query said. */
const PAGE_SCHEMAS = [
  [/^\/api\/assets(\?|$)/, AssetPage],
  [/^\/api\/albums(\?|$)/, AlbumPage],
  [/^\/api\/people(\?|$)/, PersonPage],
  [/^\/api\/faces(\?|$)/, FacePage],
  [/^\/api\/libraries(\?|$)/, LibraryList],
] as const;

let tmp: string;
let secret: string;
let db: Db;
let app: App;
let known: string[];
let tried = 0;

function snapshot(): Record<string, number> {
  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return Object.fromEntries(
    ['libraries', 'assets', 'albums', 'album_assets', 'people', 'faces', 'asset_people'].map((t) => [
      t,
      count(t),
    ]),
  );
}

/** Send one request and check what any caller may rely on, whatever they sent. */
async function check({ method, path: url }: HostileRequest): Promise<void> {
  tried++;
  const res = await app.request(url, { method });
  const text = await res.text();
  const where = `${method} ${url.slice(0, 200)} → ${res.status} ${text.slice(0, 200)}`;
  expect(res.status, where).toBeLessThan(500);
  expect(text, where).not.toContain(secret);
  expect(text, where).not.toContain(tmp);
  expect(text, where).not.toMatch(/\n\s+at .+:\d+:\d+|node_modules|\/seed\/library/);
  if (res.status >= 400) {
    if (method === 'HEAD') return; // No body to check.
    expect(res.headers.get('content-type'), where).toMatch(/^application\/json/);
    expect(ErrorBody.safeParse(JSON.parse(text)).success, where).toBe(true);
  } else if (res.status === 200 && method === 'GET') {
    const schema = PAGE_SCHEMAS.find(([re]) => re.test(url))?.[1];
    if (schema) expect(schema.safeParse(JSON.parse(text)).success, where).toBe(true);
  } else {
    expect([200, 204, 206, 304], where).toContain(res.status);
  }
}

beforeAll(async () => {
  // tmp/secret.txt sits beside the photo folder and the gallery: no request may ever reach it.
  tmp = await mkdtemp(path.join(tmpdir(), 'cs-hostile-'));
  secret = `SECRET-${randomBytes(8).toString('hex')}`;
  await writeFile(path.join(tmp, 'secret.txt'), secret);
  const photos = path.join(tmp, 'photos');
  await mkdir(path.join(photos, 'Trip'), { recursive: true });
  await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(photos, 'Trip', 'canon.jpg'));
  await cp(path.join(FIXTURES, 'xmp', 'BlueSquare.jpg'), path.join(photos, 'blue.jpg'));
  await cp(path.join(FIXTURES, 'orientation', 'portrait_6.jpg'), path.join(photos, 'Trip', 'portrait.jpg'));
  const gallery = path.join(tmp, 'dist');
  await mkdir(path.join(gallery, 'static'), { recursive: true });
  await writeFile(
    path.join(gallery, 'index.html'),
    '<!doctype html><title>gallery</title><script type="module" src="/static/app.js"></script>',
  );
  await writeFile(path.join(gallery, 'static', 'app.js'), 'export {};');

  db = openDb(':memory:');
  const seeded = seedLibrary(db, { assets: 40, albums: 3, people: 4 });
  await indexLibrary(db, photos);
  app = createApp(db, {
    galleryDir: gallery,
    imageCacheDir: null,
    onError: (e) => {
      throw e;
    },
  });
  const ids = (sql: string) => db.prepare(sql).pluck().all() as string[];
  known = [
    ...seeded.assetIds.slice(0, 5),
    ...ids('SELECT id FROM assets WHERE library_id != ?'.replace('?', `'${seeded.libraryId}'`)),
    ...ids('SELECT id FROM albums'),
    ...ids('SELECT id FROM people'),
    ...ids('SELECT id FROM faces LIMIT 5'),
    ...ids('SELECT id FROM libraries'),
  ];
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
  console.info(`hostile input: ${tried} requests tried`);
});

describe('hostile input', () => {
  it(`answers ${RUNS} random hostile requests with 2xx or a 4xx {detail}, never a 5xx or a leak`, async () => {
    const before = snapshot();
    await fc.assert(fc.asyncProperty(hostileRequest(known), check), { numRuns: RUNS });
    expect(snapshot()).toEqual(before);
  });

  it.each([
    '/..%2Fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/static/..%2F..%2Fsecret.txt',
    '/static/%2e%2e/%2e%2e/secret.txt',
    '/static/..%5C..%5Csecret.txt',
    '/%252e%252e/secret.txt',
    '/static/%00../../secret.txt',
    '/..;/secret.txt',
    '//secret.txt',
    '/api/assets/..%2F..%2Fsecret.txt/download',
    '/api/assets/%2e%2e%2f%2e%2e%2fsecret.txt/thumbnail',
    '/api/faces/..%2F..%2Fsecret.txt/thumbnail',
    '/api/assets/%00/download',
  ])('never serves a file outside the folders: %s', async (url) => {
    await check({ method: 'GET', path: url });
  });

  it.each([
    ['0x10', 'int_parsing'],
    ['1e2', 'int_parsing'],
    ['0b11', 'int_parsing'],
    ['5.0', 'int_parsing'],
    ['%205', 'int_parsing'],
    ['', 'int_parsing'],
    ['Infinity', 'int_parsing'],
    ['0', 'greater_than_equal'],
    ['-3', 'greater_than_equal'],
    ['1001', 'less_than_equal'],
    ['99999999999999999999999', 'less_than_equal'],
  ])('limit=%s is a 422 %s, as FastAPI answers', async (limit, type) => {
    for (const route of ['/api/assets', '/api/albums', '/api/people', '/api/faces']) {
      const res = await app.request(`${route}?limit=${limit}`);
      expect(res.status).toBe(422);
      expect(await res.json()).toEqual({
        detail: [
          { loc: ['query', 'limit'], msg: expect.any(String), type, input: decodeURIComponent(limit) },
        ],
      });
    }
  });

  it('takes the last of repeated parameters', async () => {
    expect((await app.request('/api/assets?limit=abc&limit=2')).status).toBe(200);
    expect((await app.request('/api/assets?limit=2&limit=abc')).status).toBe(422);
  });

  it('keeps serving normally afterwards', async () => {
    const page = AssetPage.parse(await (await app.request('/api/assets?limit=1000')).json());
    expect(page.data).toHaveLength(43);
    const real = page.data.find((a) => a.original_file_name === 'canon.jpg')!;
    const thumb = await app.request(`${real.thumbnail_url}&size=preview`);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

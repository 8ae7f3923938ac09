import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssetPage } from '../../contract/entities.ts';
import { createApp, type App } from '../app.ts';
import { openDb } from '../db/open-db.ts';
import { hostileRequest } from '../security/hostile-arbitraries.ts';
import { seedLibrary } from '../testing/seed.ts';
import { createSessions, keysMatch, safeReturnPath, SESSION_MAX_AGE } from './access.ts';

const KEY = 'correct horse battery staple 42';

let tmp: string;
let app: App;
let assetId: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'cs-access-'));
  await mkdir(path.join(tmp, 'static'));
  await writeFile(path.join(tmp, 'index.html'), '<!doctype html><title>gallery</title>');
  await writeFile(path.join(tmp, 'static', 'app.js'), 'export {};');
  const db = openDb(':memory:');
  assetId = seedLibrary(db, { assets: 5 }).assetIds[0]!;
  app = createApp(db, { accessKey: KEY, galleryDir: tmp, imageCacheDir: null });
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const API_URLS = () => [
  '/api/libraries',
  '/api/assets',
  `/api/assets/${assetId}`,
  `/api/assets/${assetId}/thumbnail?size=preview`,
  `/api/assets/${assetId}/download`,
  '/api/albums',
  '/api/people',
  '/api/faces',
  '/api/no-such-route',
  '/api',
];

describe('without the key', () => {
  it('answers every API request, images included, 401 {detail} with a Bearer challenge', async () => {
    for (const url of API_URLS()) {
      for (const method of ['GET', 'HEAD', 'POST']) {
        const res = await app.request(url, { method });
        expect(res.status, `${method} ${url}`).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
        if (method !== 'HEAD') expect(await res.json()).toEqual({ detail: 'Not authenticated' });
      }
    }
  });

  it('sends page loads to the sign-in page, remembering where they were going', async () => {
    const cases = [
      ['/', '/sign-in'],
      [
        '/assets/asset_x?album=album_y',
        `/sign-in?next=${encodeURIComponent('/assets/asset_x?album=album_y')}`,
      ],
      ['/static/app.js', `/sign-in?next=${encodeURIComponent('/static/app.js')}`],
      ['//evil.example/', '/sign-in'],
    ];
    for (const [url, location] of cases) {
      const res = await app.request(url!);
      expect(res.status, url).toBe(303);
      expect(res.headers.get('location'), url).toBe(location);
    }
  });

  it('refuses a wrong key, the key in a cookie or the query, and other schemes', async () => {
    const attempts: [string, Record<string, string>][] = [
      ['/api/assets', { Authorization: `Bearer ${KEY}x` }],
      ['/api/assets', { Authorization: `Bearer ${KEY.slice(0, -1)}` }],
      ['/api/assets', { Authorization: `Basic ${Buffer.from(`user:${KEY}`).toString('base64')}` }],
      ['/api/assets', { Authorization: KEY }],
      ['/api/assets', { Cookie: `contact_sheet_session=${encodeURIComponent(KEY)}` }],
      [`/api/assets?access_key=${encodeURIComponent(KEY)}`, {}],
    ];
    for (const [url, headers] of attempts) expect((await app.request(url, { headers })).status).toBe(401);
    const wrong = await app.request('/api/assets', { headers: { Authorization: 'Bearer nope' } });
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });

  it('lets no hostile request through (fast-check): 401 on the API, the sign-in page elsewhere', async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest([assetId]), async ({ method, path: url }) => {
        const res = await app.request(url, { method });
        const where = `${method} ${url.slice(0, 120)} → ${res.status}`;
        // Classified as the server sees the path: `/api/..` is `/` once the URL is parsed.
        const pathname = new URL(url, 'http://localhost').pathname;
        if (pathname === '/api' || pathname.startsWith('/api/')) {
          expect(res.status, where).toBe(401);
        } else {
          expect([303, 401, 413], where).toContain(res.status);
          if (res.status === 303)
            expect(res.headers.get('location'), where).toMatch(/^\/sign-in(\?next=%2F[^/]*)?$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('with the key', () => {
  it('serves the API and images to Authorization: Bearer KEY (any case of "Bearer")', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const res = await app.request('/api/assets', { headers: { Authorization: `${scheme} ${KEY}` } });
      expect(res.status).toBe(200);
      expect(AssetPage.parse(await res.json()).data).toHaveLength(5);
    }
    // A seeded asset has no file: past the guard, the route itself answers.
    const image = await app.request(`/api/assets/${assetId}/thumbnail`, {
      headers: { Authorization: `Bearer ${KEY}` },
    });
    expect(image.status).toBe(404);
    const page = await app.request('/', { headers: { Authorization: `Bearer ${KEY}` } });
    expect(page.status).toBe(200);
  });
});

describe('keys and sessions', () => {
  it('compares keys exactly, whatever their lengths', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(keysMatch(a, b)).toBe(a === b);
        expect(keysMatch(a, a)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('issues sessions that hold no key and only verify under the same key, within their age', () => {
    const sessions = createSessions(KEY);
    const now = Date.now();
    const token = sessions.issue(now);
    expect(token).not.toContain(KEY);
    expect(token).not.toContain(Buffer.from(KEY).toString('base64url'));
    expect(sessions.isValid(token, now)).toBe(true);
    expect(sessions.isValid(sessions.issue(now), now)).toBe(true);
    expect(sessions.issue(now)).not.toBe(token);
    expect(createSessions(`${KEY}!`).isValid(token, now)).toBe(false);
    expect(sessions.isValid(token, now + (SESSION_MAX_AGE + 5) * 1000)).toBe(false);
    expect(sessions.isValid(sessions.issue(now + 3600_000), now)).toBe(false);
    // Any change to any character breaks the signature.
    for (let i = 0; i < token.length; i++) {
      const other = token[i] === 'A' ? 'B' : 'A';
      expect(sessions.isValid(token.slice(0, i) + other + token.slice(i + 1), now)).toBe(false);
    }
    // Including the spellings of the last character that decode to the same bytes.
    for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') {
      if (ch !== token.at(-1)) expect(sessions.isValid(token.slice(0, -1) + ch, now), ch).toBe(false);
    }
    expect(sessions.isValid(undefined)).toBe(false);
    expect(sessions.isValid('')).toBe(false);
  });

  it.each([
    ['/assets/asset_x?album=y', '/assets/asset_x?album=y'],
    ['/', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['/sign-in', '/'],
    ['/a b', '/'],
    ['/é', '/'],
    ['/x\r\nSet-Cookie: a=b', '/'],
    [undefined, '/'],
    [['/a'], '/'],
  ])('returns to %j as %j after sign-in', (next, expected) => {
    expect(safeReturnPath(next)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AssetPage } from '../../contract/entities.ts';
import { inProcessFetch } from '../testing/in-process-fetch.ts';
import { seededDb } from '../testing/seeded-db.ts';
import {
  ApiError,
  buildUrl,
  createApiClient,
  describeError,
  isRetriable,
  needsSignIn,
  type FetchLike,
} from './client.ts';
import { getAsset, listAssets } from './endpoints.ts';

function serverClient() {
  const { db, seeded } = seededDb({ assets: 5 });
  const { fetch } = inProcessFetch(db);
  return { api: createApiClient({ baseUrl: '', fetch }), seeded };
}

/** A fetch answering one fixed response: for bodies other gateways send, which our server never does. */
const answering =
  (status: number, body: string): FetchLike =>
  () =>
    Promise.resolve(new Response(body, { status }));

describe('buildUrl', () => {
  it.each([
    ['', '/api/assets', {}, '/api/assets'],
    [
      '',
      '/api/assets',
      { album_id: 'album_1', person_id: undefined, library_id: '' },
      '/api/assets?album_id=album_1',
    ],
    ['https://h/', '/api/assets', { limit: 100 }, 'https://h/api/assets?limit=100'],
    ['', '/api/assets', { starting_after_id: 'a&b' }, '/api/assets?starting_after_id=a%26b'],
  ])('%s + %s + %o → %s', (base, path, query, expected) => {
    expect(buildUrl(base, path, query)).toBe(expected);
  });
});

describe('the client against the real server', () => {
  it('parses a page and an asset with the contract', async () => {
    const { api, seeded } = serverClient();
    const page = await listAssets(api, { limit: 2 });
    expect(page.data.map((a) => a.id)).toEqual(seeded.assetIds.slice(0, 2));
    expect(page.has_more).toBe(true);
    const asset = await getAsset(api, seeded.assetIds[0]!);
    expect(asset.exif?.model).toBe('Canon EOS R6');
  });

  it('turns a 404 into an ApiError with the server’s detail', async () => {
    const { api } = serverClient();
    const error = await getAsset(api, 'asset_2222222222222222222222').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, kind: 'http' });
  });

  it('turns a 422 validation list into one readable message', async () => {
    const { api } = serverClient();
    const error = await listAssets(api, { limit: 5000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422 });
    expect((error as ApiError).message).toMatch(/^query\.limit: /);
  });
});

describe('error bodies and failures', () => {
  it.each([
    [401, '{"detail":"Invalid API key"}', 'Invalid API key'],
    [500, '{"message":"boom"}', 'boom'],
    [503, '{"error":"maintenance"}', 'maintenance'],
    [502, '<html>Bad gateway</html>', '502'],
    [500, '', '500'],
  ])('%d with %s → %s', async (status, body, message) => {
    const api = createApiClient({ baseUrl: '', fetch: answering(status, body) });
    const error = await api.get('/api/x', z.unknown()).catch((e: unknown) => e);
    expect(error).toMatchObject({ status, kind: 'http' });
    expect((error as ApiError).message).toContain(message);
  });

  it('reports a body that breaks the contract as such, not as data', async () => {
    const api = createApiClient({
      baseUrl: '',
      fetch: answering(200, '{"data":[{"id":1}],"has_more":false}'),
    });
    const error = await api.get('/api/assets', AssetPage).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'contract', status: 200 });
    expect((error as ApiError).message).toContain('data.0.id');
  });

  it('reports an unreachable server as a network error (status 0)', async () => {
    const api = createApiClient({ baseUrl: '', fetch: () => Promise.reject(new TypeError('fetch failed')) });
    const error = await api.get('/api/assets', AssetPage).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', status: 0 });
  });
});

describe('describeError / isRetriable', () => {
  const http = (status: number, message = 'x') => new ApiError(message, { status, kind: 'http' });
  it.each([
    [http(401, 'Invalid API key'), 'The API key was refused'],
    [http(403), 'The API key was refused'],
    [http(404), 'Not found'],
    [http(422), 'Something went wrong (422)'],
    [new ApiError('down', { status: 0, kind: 'network' }), 'Cannot reach the server'],
    [new Error('render failed'), 'Something went wrong'],
  ])('%o → %s', (error, title) => {
    expect(describeError(error).title).toBe(title);
  });

  it('keeps the server’s words in the message', () => {
    expect(describeError(http(401, 'Invalid API key')).message).toContain('Invalid API key');
  });

  it.each([
    [408, true],
    [409, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [404, false],
    [422, false],
  ])('status %d retriable: %s', (status, expected) => {
    expect(isRetriable(http(status))).toBe(expected);
  });
});

describe('needsSignIn', () => {
  it.each([
    [new ApiError('Not authenticated', { status: 401, kind: 'http' }), true],
    [new ApiError('The Gumnut API key was refused', { status: 401, kind: 'http' }), false],
    [new ApiError('Not authenticated', { status: 403, kind: 'http' }), false],
    [new Error('Not authenticated'), false],
  ])('%s → %s', (error, expected) => {
    expect(needsSignIn(error)).toBe(expected);
  });
});

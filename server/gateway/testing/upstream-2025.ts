/**
 * A stand-in for the mid-2025 Gumnut API, for the gateway's tests: the local server's data with
 * every 2026 field taken out (each answer re-read with the 2025 contract, which drops unknown
 * keys), and none of the 2026 endpoints. As a 2025 FastAPI would, it routes
 * `/api/assets/counts` and `/api/assets/geo-clusters` to `/api/assets/{asset_id}` and answers
 * "Asset not found", and has no `/api/server/ping`. Images and downloads pass through as the
 * local server sends them (a download answers `Range`).
 */
import { Hono, type Context } from 'hono';
import type { z } from 'zod/mini';
import * as api2025 from '../../../contract/entities.ts';

export interface Upstream2025Options {
  apiKey: string;
  /** GET a path on the local server, with the request's headers (Range included). */
  local: (pathAndQuery: string, headers?: HeadersInit) => Promise<Response>;
}

/** The 2025 schema of each JSON path (first match wins). */
const SCHEMAS: [RegExp, z.ZodMiniType][] = [
  [/^\/api\/libraries$/, api2025.LibraryList],
  [/^\/api\/libraries\/[^/]+$/, api2025.Library],
  [/^\/api\/assets$/, api2025.AssetPage],
  [/^\/api\/assets\/[^/]+$/, api2025.Asset],
  [/^\/api\/albums$/, api2025.AlbumPage],
  [/^\/api\/albums\/[^/]+$/, api2025.Album],
  [/^\/api\/albums\/[^/]+\/assets$/, api2025.AssetList],
  [/^\/api\/people$/, api2025.PersonPage],
  [/^\/api\/people\/[^/]+$/, api2025.Person],
  [/^\/api\/faces$/, api2025.FacePage],
  [/^\/api\/faces\/[^/]+$/, api2025.Face],
];
const BINARY = /^\/api\/(assets\/[^/]+\/(thumbnail|download)|faces\/[^/]+\/thumbnail)$/;
const ASSET_ROUTE_TAKES = new Set(['counts', 'geo-clusters']);

export function createUpstream2025(options: Upstream2025Options) {
  /** Every API request as path?query. */
  const requests: string[] = [];
  const api = new Hono();
  api.use('*', async (c, next) => {
    const url = new URL(c.req.url);
    requests.push(url.pathname + url.search);
    if (c.req.header('authorization') !== `Bearer ${options.apiKey}`)
      return c.json({ detail: 'Invalid or expired API key' }, 401);
    return next();
  });
  api.get('/api/assets/:id', async (c, next) => {
    if (ASSET_ROUTE_TAKES.has(c.req.param('id'))) return c.json({ detail: 'Asset not found' }, 404);
    return next();
  });
  api.get('*', async (c) => {
    const url = new URL(c.req.url);
    if (BINARY.test(url.pathname)) return binary(c, url);
    const schema = SCHEMAS.find(([pattern]) => pattern.test(url.pathname))?.[1];
    if (!schema) return c.json({ detail: 'Not Found' }, 404);
    const res = await options.local(url.pathname + url.search);
    const body: unknown = await res.json();
    return c.json(res.ok ? schema.parse(body) : body, res.status as 200);
  });

  async function binary(c: Context, url: URL): Promise<Response> {
    const headers = new Headers();
    for (const name of ['range', 'if-none-match']) {
      const value = c.req.header(name);
      if (value) headers.set(name, value);
    }
    const res = await options.local(url.pathname + url.search, headers);
    return new Response(res.body, { status: res.status, headers: res.headers });
  }
  return { api, requests };
}

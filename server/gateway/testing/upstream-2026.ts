/**
 * A stand-in for the current (2026) Gumnut API, for the gateway's tests: it serves a local server's
 * data in the documented 2026 shape (docs/api-contract.md "What the cloud API changed", and the
 * official SDKs' types). Lean assets unless `include=` asks for more (unknown values → 422);
 * `metadata` instead of `exif`; `file_data{…}`; `asset_urls` with signed URLs on a separate CDN
 * origin and no thumbnail/download endpoints; `limit` 1..200 (default 20, more → 422 with
 * `ctx.le`); `person_ids` where 2025 had `person_id` (which it ignores, as an upstream that
 * dropped the alias would); `GET /api/people` lists named people unless `name_filter=all`.
 */
import { createHmac } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { z } from 'zod/mini';
import * as api2025 from '../../../contract/entities.ts';
import * as api2026 from '../../../contract/entities-2026.ts';
import { ASSET_INCLUDES } from '../../../contract/queries-2026.ts';
import { mountSummaries, videoAsset, videoResponse, type StandInVideo } from './upstream-2026-extras.ts';

export interface Upstream2026Options {
  /** The Bearer key this upstream accepts. */
  apiKey: string;
  /** GET a path on the local server (which adds its own key if it needs one). */
  local: (pathAndQuery: string) => Promise<Response>;
  /** Where `cdn` is served: a different origin from the API's (a function when known only later). */
  cdnOrigin: string | (() => string);
  /** Person names shown as unnamed clusters (`name: null`), as 2026 has them. */
  unnamed?: readonly string[];
  /** Videos (the local server has none): found by id only, not listed. */
  videos?: readonly (StandInVideo & { still: Uint8Array })[];
}

type Raw = Record<string, unknown>;
// The payloads are typed with the 2026 contract's input types, and the stand-in's own tests parse
// them: the schemas and what this stand-in serves cannot drift apart.
type Asset2026 = z.input<typeof api2026.Asset>;
type Face2026 = z.input<typeof api2026.Face>;
type Person2026 = z.input<typeof api2026.Person>;
type Variant2026 = z.input<typeof api2026.AssetVariant>;
const INCLUDES = new Set<string>(ASSET_INCLUDES);
/** The local server's asset with the 2026 fields it computes beside the 2025 ones. */
const LocalAsset = z.extend(api2025.Asset, {
  thumbhash: api2025.nullish(z.string()),
  duration: api2025.nullish(z.number()),
  stack_id: api2025.nullish(z.string()),
});
const LocalAssetPage = api2025.pageOf(LocalAsset);
const LocalAlbum = z.extend(api2025.Album, {
  album_cover_asset_id: api2025.nullish(z.string()),
  start_date: api2025.nullish(z.string()),
  end_date: api2025.nullish(z.string()),
});
/** Query parameters handed on to the local server as given (list ones with every value). */
const FORWARDED = [
  ...['library_id', 'album_id', 'asset_id', 'starting_after_id', 'album_filter', 'order', 'media_type'],
  ...['local_datetime_after', 'local_datetime_before', 'bbox', 'center', 'radius', 'state', 'stack_id'],
  ...['ids', 'person_ids', 'name', 'sort'],
];
const SECRET = 'cdn-signing-secret';

const issue = (param: string, msg: string, type: string, input: unknown, ctx?: Raw) => ({
  detail: [{ type, loc: ['query', param], msg, input, ...(ctx ? { ctx } : {}) }],
});

export function createUpstream2026(options: Upstream2026Options) {
  /** Every API request as path?query, for assertions on what the gateway sent. */
  const requests: string[] = [];
  const unnamed = new Set(options.unnamed ?? []);
  const sign = (p: string) => createHmac('sha256', SECRET).update(p).digest('hex').slice(0, 20);
  const cdnOrigin = () => (typeof options.cdnOrigin === 'string' ? options.cdnOrigin : options.cdnOrigin());
  const cdnUrl = (p: string) => `${cdnOrigin()}${p}?sig=${sign(p)}`;
  const variant = (p: string, width: number | null): Variant2026 => ({
    url: cdnUrl(p),
    mimetype: 'image/webp',
    width,
  });

  /** The local server's answer to `pathAndQuery`, parsed with the 2025 contract; its error as is. */
  async function local<T>(c: Context, pathAndQuery: string, schema: z.ZodMiniType<T>): Promise<T | Response> {
    const res = await options.local(pathAndQuery);
    if (!res.ok) return c.body(await res.text(), res.status as 404, { 'Content-Type': 'application/json' });
    return schema.parse(await res.json());
  }

  const face2026 = (f: api2025.Face): Face2026 => ({
    id: f.id,
    asset_id: f.asset_id,
    person_id: f.person_id ?? null,
    bounding_box: f.bounding_box,
    timestamp_ms: f.timestamp_ms ?? null,
    asset_urls: { thumbnail: variant(`/v1/face/${f.id}/thumbnail`, 200) },
    created_at: f.created_at,
    updated_at: f.updated_at,
  });
  const person2026 = (p: api2025.Person, embedded: boolean): Person2026 => ({
    id: p.id,
    name: p.name && unnamed.has(p.name) ? null : p.name,
    birth_date: p.birth_date ?? null,
    is_hidden: p.is_hidden,
    is_favorite: p.is_favorite,
    thumbnail_face_id: p.thumbnail_face_id ?? null,
    asset_count: p.asset_count ?? null,
    created_at: p.created_at,
    updated_at: p.updated_at,
    // "May be null when embedded in an AssetResponse" (SDK docs).
    asset_urls:
      embedded || !p.thumbnail_face_id
        ? null
        : { thumbnail: variant(`/v1/face/${p.thumbnail_face_id}/thumbnail`, 200) },
  });
  function asset2026(a: z.infer<typeof LocalAsset>, include: Set<string>): Asset2026 {
    const urls: z.input<typeof api2026.AssetUrls> = {
      thumbnail: variant(`/v1/asset/${a.id}/thumbnail`, 360),
    };
    if (include.has('variants')) {
      urls.small = variant(`/v1/asset/${a.id}/small`, 720);
      urls.preview = variant(`/v1/asset/${a.id}/preview`, 1440);
      urls.fullsize = variant(`/v1/asset/${a.id}/fullsize`, a.width ?? null);
      urls.original = { url: cdnUrl(`/dl/${a.id}`), mimetype: a.mime_type, width: null };
    }
    const { exif } = a;
    return {
      id: a.id,
      created_at: a.created_at,
      updated_at: a.updated_at,
      local_datetime: a.local_datetime,
      mime_type: a.mime_type,
      original_file_name: a.original_file_name,
      width: a.width,
      height: a.height,
      thumbhash: a.thumbhash ?? null,
      kind: 'original',
      current_version_id: `asset_version_${a.id.slice(6)}`,
      file_size_bytes: 1,
      description: null,
      stack_id: a.stack_id ?? null,
      duration: a.duration ?? null,
      trashed_at: null,
      asset_urls: urls,
      metadata:
        include.has('metadata') && exif
          ? {
              asset_id: a.id,
              created_at: a.created_at,
              updated_at: a.updated_at,
              ...exif,
              timezone: 'Europe/Lisbon',
              country_code: null,
              place_name: null,
            }
          : null,
      file_data: include.has('file_data')
        ? {
            checksum: a.checksum,
            checksum_sha1: null,
            device_asset_id: a.device_asset_id,
            device_id: a.device_id,
            file_created_at: a.file_created_at,
            file_modified_at: a.file_modified_at,
            file_size_bytes: 1,
          }
        : null,
      faces: include.has('faces') ? (a.faces ?? []).map(face2026) : null,
      people: include.has('people') ? (a.people ?? []).map((p) => person2026(p, true)) : null,
      metrics: include.has('metrics') ? (a.metrics ?? {}) : null,
    };
  }
  const library2026 = (l: api2025.Library): z.input<typeof api2026.Library> => ({
    ...l,
    asset_count: 0,
    storage_used_bytes: 0,
    owner: { id: l.user_id },
  });
  const album2026 = (a: z.infer<typeof LocalAlbum>): z.input<typeof api2026.Album> => {
    const cover = a.album_cover_asset_id;
    const urls = cover
      ? {
          thumbnail: variant(`/v1/asset/${cover}/thumbnail`, 360),
          small: variant(`/v1/asset/${cover}/small`, 720),
          preview: variant(`/v1/asset/${cover}/preview`, 1440),
        }
      : null;
    return { ...a, asset_count: a.asset_count ?? 0, asset_urls: urls };
  };

  /** `include` (repeated or comma-separated) and `limit`, validated as the 2026 API does. */
  function parse(c: Context): { include: Set<string>; query: URLSearchParams } | Response {
    const include = new Set(
      c.req
        .queries('include')
        ?.flatMap((v) => v.split(','))
        .filter(Boolean) ?? [],
    );
    for (const value of include)
      if (!INCLUDES.has(value))
        return c.json(issue('include', `Unknown include: ${value}`, 'value_error', value), 422);
    const query = new URLSearchParams();
    const limitText = c.req.query('limit') ?? '20';
    const limit = Number(limitText);
    if (!/^\d+$/.test(limitText) || limit < 1)
      return c.json(
        issue('limit', 'Input should be greater than or equal to 1', 'greater_than_equal', limitText, {
          ge: 1,
        }),
        422,
      );
    if (limit > 200)
      return c.json(
        issue('limit', 'Input should be less than or equal to 200', 'less_than_equal', limitText, {
          le: 200,
        }),
        422,
      );
    query.set('limit', String(limit));
    for (const name of FORWARDED) for (const value of c.req.queries(name) ?? []) query.append(name, value);
    return { include, query };
  }

  const api = new Hono();
  api.use('*', async (c, next) => {
    const url = new URL(c.req.url);
    requests.push(url.pathname + url.search);
    if (c.req.header('authorization') !== `Bearer ${options.apiKey}`)
      return c.json({ detail: 'Invalid or expired API key' }, 401);
    return next();
  });
  api.get('/api/libraries', async (c) => {
    const libs = await local(c, '/api/libraries', api2025.LibraryList);
    if (libs instanceof Response) return libs;
    return c.json(libs.map((l) => ({ ...library2026(l), role: 'owner' })));
  });
  api.get('/api/libraries/:id', async (c) => {
    const lib = await local(c, `/api/libraries/${c.req.param('id')}`, api2025.Library);
    return lib instanceof Response ? lib : c.json({ ...library2026(lib), role: 'owner' });
  });
  // Before `/api/assets/:id`, which would take `counts` for an id.
  mountSummaries(api, options.local);
  api.get('/api/assets', async (c) => {
    const parsed = parse(c);
    if (parsed instanceof Response) return parsed;
    const page = await local(c, `/api/assets?${parsed.query}`, LocalAssetPage);
    if (page instanceof Response) return page;
    return c.json({ data: page.data.map((a) => asset2026(a, parsed.include)), has_more: page.has_more });
  });
  api.get('/api/assets/:id', async (c) => {
    const parsed = parse(c);
    if (parsed instanceof Response) return parsed;
    const video = options.videos?.find((v) => v.id === c.req.param('id'));
    if (video) return c.json(videoAsset(video, cdnUrl));
    const a = await local(c, `/api/assets/${c.req.param('id')}`, LocalAsset);
    return a instanceof Response ? a : c.json(asset2026(a, parsed.include));
  });
  api.get('/api/albums', async (c) => {
    const parsed = parse(c);
    if (parsed instanceof Response) return parsed;
    const page = await local(c, `/api/albums?${parsed.query}`, api2025.pageOf(LocalAlbum));
    return page instanceof Response
      ? page
      : c.json({ data: page.data.map(album2026), has_more: page.has_more });
  });
  api.get('/api/faces', async (c) => {
    const parsed = parse(c);
    if (parsed instanceof Response) return parsed;
    if (c.req.query('person_id')) parsed.query.set('person_id', c.req.query('person_id')!);
    const page = await local(c, `/api/faces?${parsed.query}`, api2025.FacePage);
    return page instanceof Response
      ? page
      : c.json({ data: page.data.map(face2026), has_more: page.has_more });
  });
  api.get('/api/people', async (c) => {
    const parsed = parse(c);
    if (parsed instanceof Response) return parsed;
    const page = await local(c, `/api/people?${parsed.query}`, api2025.PersonPage);
    if (page instanceof Response) return page;
    const filter = c.req.query('name_filter') ?? 'named';
    const data = page.data
      .map((p) => person2026(p, false))
      .filter((p) => filter === 'all' || (filter === 'named') === (p.name !== null));
    return c.json({ data, has_more: page.has_more });
  });
  api.get('/api/albums/:id', async (c) => {
    const album = await local(c, `/api/albums/${c.req.param('id')}`, LocalAlbum);
    return album instanceof Response ? album : c.json(album2026(album));
  });
  api.get('/api/faces/:id', async (c) => {
    const face = await local(c, `/api/faces/${c.req.param('id')}`, api2025.Face);
    return face instanceof Response ? face : c.json(face2026(face));
  });
  api.get('/api/people/:id', async (c) => {
    const person = await local(c, `/api/people/${c.req.param('id')}`, api2025.Person);
    return person instanceof Response ? person : c.json(person2026(person, false));
  });
  api.all('*', (c) => c.json({ detail: 'Not Found' }, 404));

  /** The CDN: signed URLs, no key; the original goes through one redirect, as signed downloads do. */
  const cdn = new Hono();
  cdn.get('/dl/:id', (c) => {
    if (c.req.query('sig') !== sign(c.req.path)) return c.text('Forbidden', 403);
    return c.redirect(cdnUrl(`/v1/asset/${c.req.param('id')}/original`), 302);
  });
  cdn.get('/v1/:kind/:id/:variant', async (c) => {
    if (c.req.query('sig') !== sign(c.req.path)) return c.text('Forbidden', 403);
    const { kind, id, variant: name } = c.req.param();
    const video = options.videos?.find((v) => v.id === id);
    if (video && kind === 'video') return videoResponse(c, video);
    if (video) return c.body(new Uint8Array(video.still), 200, { 'Content-Type': 'image/webp' });
    const target =
      kind === 'face'
        ? `/api/faces/${id}/thumbnail`
        : name === 'original'
          ? `/api/assets/${id}/download`
          : `/api/assets/${id}/thumbnail?size=${name}`;
    const res = await options.local(target);
    if (!res.ok) return c.text('Not Found', 404);
    return c.body(new Uint8Array(await res.arrayBuffer()), 200, {
      'Content-Type': res.headers.get('content-type') ?? 'application/octet-stream',
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: `"${sign(c.req.path)}"`,
    });
  });
  return { api, cdn, requests };
}

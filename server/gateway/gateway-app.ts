/**
 * The gateway: the gallery's read requests (`GET /api/...` of the contract) forwarded to a Gumnut
 * account with the API key added here, so it never reaches the browser. Whatever shape the
 * upstream answers in (2025 or 2026), the gallery gets what the local server answers: every 2025
 * field, and the 2026 ones beside them as far as the upstream has them, with image URLs on this
 * origin (see image-proxy.ts). Behaviour is written down in docs/api-contract.md.
 */
import { Hono, type Context } from 'hono';
import { AssetImageQuery } from '../../contract/queries.ts';
import { HttpError } from '../http/errors.ts';
import { validateQuery } from '../http/validate.ts';
import { createShell } from '../web/shell.ts';
import { redactingJson, upstreamErrorResponse } from './gateway-errors.ts';
import { ImageRegistry, serveImage } from './image-proxy.ts';
import { ALBUM_LIST, ASSET_LIST, FACE_LIST, PERSON_LIST, readListQuery } from './list-params.ts';
import * as shape from './shape-2026.ts';
import * as parse from './shape-2026-parse.ts';
import { UpstreamClient, type FetchFn, type RetryOptions } from './upstream-client.ts';
import { okBody, UpstreamPages } from './upstream-pages.ts';
import { pingRoute, summaryRoutes, UpstreamCapabilities } from './summaries.ts';

export interface GatewayOptions {
  /** The upstream's base URL, e.g. `https://api.gumnut.ai`. */
  upstream: string;
  apiKey: string;
  /** The built gallery to serve on the same origin; none when null (API only). */
  galleryDir?: string | null;
  /** Replaces global fetch (tests). */
  fetch?: FetchFn;
  retry?: RetryOptions;
  /** Image hosts allowed besides the upstream's own and those named in its image URLs. */
  imageHosts?: readonly string[];
  /** Called with unexpected errors (they answer 500 without details) and upstream items the contract refuses. */
  onError?: (error: unknown) => void;
  /**
   * When set, the gateway itself asks every request for this key (Bearer or the /sign-in
   * session), as the local server does: needed to serve beyond loopback, where anyone could
   * otherwise browse the account.
   */
  accessKey?: string | null;
}

/**
 * What the gallery shows of an asset, asked of a 2026 upstream (a 2025 one ignores the unknown
 * parameter and sends everything anyway). `metrics` is left out: the gallery doesn't show it.
 */
export const ASSET_INCLUDE = 'metadata,faces,people,file_data,variants';

const seg = (id: string) => encodeURIComponent(id);

export function createGatewayApp(options: GatewayOptions) {
  if (!options.apiKey) throw new Error('The gateway needs an API key');
  const upstream = new UpstreamClient({
    baseUrl: options.upstream,
    apiKey: options.apiKey,
    fetch: options.fetch,
    ...options.retry,
  });
  const pages = new UpstreamPages(upstream);
  const send = redactingJson(options.apiKey);
  /** The upstream's shape, learned from the assets it sends; null until the first one. */
  let upstreamShape: shape.UpstreamShape | null = null;

  const registry = new ImageRegistry(new URL(upstream.origin).host, resolveImages, options.imageHosts);
  const ctx: shape.AdaptContext = {
    resolve: (url) => upstream.resolve(url),
    sink: (kind, id, source) => registry.remember(kind, id, source),
    report: parse.reportOnce(options.onError),
  };
  const adaptAssets = (items: parse.Raw[]) => {
    const first = items[0];
    if (first) upstreamShape = shape.assetShapeOf(first);
    return items.map((item) => shape.adaptAsset(item, ctx));
  };

  async function getOne(path: string, params: URLSearchParams, signal: AbortSignal): Promise<parse.Raw> {
    const body = okBody(await upstream.getJson(path, params, signal));
    if (!parse.isObj(body)) throw new HttpError(502, `The Gumnut API's answer to ${path} is not an object`);
    return body;
  }

  /** An image id the registry doesn't know (a restart, an evicted entry): ask the upstream. */
  async function resolveImages(kind: shape.ImageKind, id: string): Promise<void> {
    const path = `/api/${kind === 'asset' ? 'assets' : kind === 'face' ? 'faces' : 'people'}/${seg(id)}`;
    const params = kind === 'asset' ? new URLSearchParams({ include: ASSET_INCLUDE }) : new URLSearchParams();
    // Not tied to one request's signal: concurrent image requests share this lookup.
    const reply = await upstream.getJson(path, params);
    if (reply.status === 404 || !parse.isObj(reply.body)) return;
    const raw = okBody(reply) as parse.Raw;
    if (kind === 'asset') adaptAssets([raw]);
    else if (kind === 'face') shape.adaptFace(raw, ctx);
    else shape.adaptPerson(raw, ctx);
  }

  /**
   * `person_id` became `person_ids` in 2026 (the old name a deprecated alias, then gone): one
   * person goes by both names until the upstream's shape is known. Several people exist only in
   * 2026 (ANDed): they go as repeated `person_ids`.
   */
  function personFilter(params: URLSearchParams, personIds: readonly string[] | undefined) {
    const [only, ...more] = personIds ?? [];
    if (!only) return;
    if (more.length) return personIds!.forEach((id) => params.append('person_ids', id));
    if (upstreamShape !== '2026') params.set('person_id', only);
    if (upstreamShape !== '2025') params.set('person_ids', only);
  }
  const summaryDeps = {
    upstream,
    capabilities: new UpstreamCapabilities(),
    send,
    report: ctx.report ?? (() => undefined),
  };

  const signalOf = (c: Context) => c.req.raw.signal;

  const api = new Hono()
    // Before `/assets/:id`, which would take `counts` for an id.
    .route('/', summaryRoutes(summaryDeps))
    .route('/server', pingRoute(summaryDeps))
    .get('/libraries', async (c) => {
      const body = okBody(await upstream.getJson('/api/libraries', new URLSearchParams(), signalOf(c)));
      const items = parse.pageItems(body)?.data ?? [];
      return send(
        c,
        items.map((item) => shape.adaptLibrary(item, ctx)),
      );
    })
    .get('/libraries/:id', async (c) =>
      send(
        c,
        shape.adaptLibrary(
          await getOne(`/api/libraries/${seg(c.req.param('id'))}`, new URLSearchParams(), signalOf(c)),
          ctx,
        ),
      ),
    )
    .get('/assets', async (c) => {
      const { query: q, params } = readListQuery(c, ASSET_LIST);
      personFilter(params, q.person_ids);
      params.set('include', ASSET_INCLUDE);
      const page = await pages.page({
        path: '/api/assets',
        params,
        limit: q.limit,
        startingAfterId: q.starting_after_id,
        signal: signalOf(c),
      });
      return send(c, { data: adaptAssets(page.data), has_more: page.has_more });
    })
    .get('/assets/:id', async (c) => {
      const raw = await getOne(
        `/api/assets/${seg(c.req.param('id'))}`,
        new URLSearchParams({ include: ASSET_INCLUDE }),
        signalOf(c),
      );
      return send(c, adaptAssets([raw])[0]);
    })
    .get('/assets/:id/thumbnail', async (c) => {
      const { size } = validateQuery(c, AssetImageQuery);
      return serveImage(c, upstream, registry, { kind: 'asset', id: c.req.param('id'), variant: size });
    })
    .get('/assets/:id/download', (c) =>
      serveImage(c, upstream, registry, { kind: 'asset', id: c.req.param('id'), variant: 'original' }),
    )
    .get('/albums', async (c) => {
      const { query: q, params } = readListQuery(c, ALBUM_LIST);
      const page = await pages.page({
        path: '/api/albums',
        params,
        limit: q.limit,
        startingAfterId: q.starting_after_id,
        signal: signalOf(c),
      });
      return send(c, { data: page.data.map((item) => shape.adaptAlbum(item, ctx)), has_more: page.has_more });
    })
    .get('/albums/:id', async (c) =>
      send(
        c,
        shape.adaptAlbum(
          await getOne(`/api/albums/${seg(c.req.param('id'))}`, new URLSearchParams(), signalOf(c)),
          ctx,
        ),
      ),
    )
    .get('/albums/:id/assets', async (c) => {
      // Built from /api/assets?album_id=, which both shapes have (2026 made this endpoint list links).
      const id = c.req.param('id');
      await getOne(`/api/albums/${seg(id)}`, new URLSearchParams(), signalOf(c));
      const params = new URLSearchParams({ album_id: id, include: ASSET_INCLUDE });
      return send(c, adaptAssets(await pages.all('/api/assets', params, signalOf(c))));
    })
    .get('/people', async (c) => {
      const { query: q, params } = readListQuery(c, PERSON_LIST);
      // 2026 lists only named people unless asked; the gallery hides unnamed ones itself, and
      // without `name_filter` the local server lists everyone too. A 2025 upstream ignores the
      // parameter (FastAPI ignores unknown query parameters).
      if (!q.name_filter) params.set('name_filter', 'all');
      const page = await pages.page({
        path: '/api/people',
        params,
        limit: q.limit,
        startingAfterId: q.starting_after_id,
        signal: signalOf(c),
      });
      return send(c, { data: page.data.map((p) => shape.adaptPerson(p, ctx)), has_more: page.has_more });
    })
    .get('/people/:id', async (c) =>
      send(
        c,
        shape.adaptPerson(
          await getOne(`/api/people/${seg(c.req.param('id'))}`, new URLSearchParams(), signalOf(c)),
          ctx,
        ),
      ),
    )
    .get('/people/:id/thumbnail', (c) =>
      serveImage(c, upstream, registry, { kind: 'person', id: c.req.param('id'), variant: 'thumbnail' }),
    )
    .get('/faces', async (c) => {
      const { query: q, params } = readListQuery(c, FACE_LIST);
      const page = await pages.page({
        path: '/api/faces',
        params,
        limit: q.limit,
        startingAfterId: q.starting_after_id,
        signal: signalOf(c),
      });
      return send(c, { data: page.data.map((f) => shape.adaptFace(f, ctx)), has_more: page.has_more });
    })
    .get('/faces/:id', async (c) =>
      send(
        c,
        shape.adaptFace(
          await getOne(`/api/faces/${seg(c.req.param('id'))}`, new URLSearchParams(), signalOf(c)),
          ctx,
        ),
      ),
    )
    .get('/faces/:id/thumbnail', (c) =>
      serveImage(c, upstream, registry, { kind: 'face', id: c.req.param('id'), variant: 'thumbnail' }),
    );

  // Read-only like the local server's: nothing the browser sends may change the account. Every
  // answer, errors included, goes through `send`, so the API key is in none of them.
  const app = createShell(api, {
    galleryDir: options.galleryDir,
    accessKey: options.accessKey,
    onError: options.onError,
    sendJson: send,
    answerError: (c, error) => upstreamErrorResponse(c, error, send),
  });
  return Object.assign(app, { upstream, pages });
}

export type GatewayApp = ReturnType<typeof createGatewayApp>;

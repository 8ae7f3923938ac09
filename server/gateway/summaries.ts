/**
 * The 2026 summaries through the gateway: `GET /api/assets/counts`, `/api/assets/geo-clusters` and
 * `/api/server/ping`, validated as the local server validates them, forwarded, and parsed with the
 * contract (`AssetCounts`, `GeoClusters`) one item at a time, so one odd bucket is logged and left
 * out rather than failing the answer. A 2025 upstream has none of them: the gateway answers 404
 * `{"detail": NEEDS_NEWER}` on exactly these paths, which the gallery detects by status and path.
 *
 * How the gateway knows the upstream has them: by asking, per capability, not by the shape of its
 * assets. The asset shape is no guide (our local server answers the 2025 shape and has every
 * summary), and a probe at start would cost every start a request most sessions never need. So
 * the first summary request is forwarded as is; any answer but 404 proves the endpoint exists and
 * that is kept for the process. A 404 is ambiguous (a 2025 FastAPI routes `/api/assets/counts` to
 * `/api/assets/{asset_id}` and answers "not found"; a 2026 one may answer 404 for a filter's
 * unknown album), so the gateway then asks once without filters: a 404 there too means the
 * endpoint is missing. That verdict is kept for `RECHECK_MS` only, so an upstream upgraded while
 * the gateway runs gets its summaries within minutes.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod/mini';
import * as api2026 from '../../contract/entities-2026.ts';
import { HttpError } from '../http/errors.ts';
import type { redactingJson } from './gateway-errors.ts';
import { ASSET_COUNTS, GEO_CLUSTERS, readListQuery } from './list-params.ts';
import { isObj, pageItems, parseItem, type ShapeProblem } from './shape-2026-parse.ts';
import type { UpstreamClient } from './upstream-client.ts';
import { okBody } from './upstream-pages.ts';

export const NEEDS_NEWER =
  'This endpoint needs a newer Gumnut server: the upstream API has no such summary (a 2025 server)';

/** How long "the upstream has no such endpoint" is believed before asking again. */
export const RECHECK_MS = 5 * 60_000;

type Capability = 'counts' | 'geo-clusters';
/** The unfiltered request that tells whether the endpoint exists (no resource in it can be missing). */
const PROBES: Record<Capability, { path: string; params: Record<string, string> }> = {
  counts: { path: '/api/assets/counts', params: { limit: '1' } },
  'geo-clusters': { path: '/api/assets/geo-clusters', params: { bbox: '-180,-90,180,90', cell_size: '180' } },
};

/** What is known of each endpoint: present for good, or missing as of a time. */
/** A month bucket; our local server's `aspect_ratio_sum` is kept when an upstream sends it. */
const CountBucket = z.extend(api2026.CountBucket, { aspect_ratio_sum: z.optional(z.number()) });

export class UpstreamCapabilities {
  private readonly present = new Set<Capability>();
  private readonly missingSince = new Map<Capability, number>();

  constructor(private readonly now: () => number = Date.now) {}

  has(capability: Capability): boolean | null {
    if (this.present.has(capability)) return true;
    const since = this.missingSince.get(capability);
    if (since !== undefined && this.now() - since < RECHECK_MS) return false;
    return null;
  }

  learn(capability: Capability, exists: boolean): void {
    if (exists) {
      this.present.add(capability);
      this.missingSince.delete(capability);
    } else this.missingSince.set(capability, this.now());
  }
}

export interface SummaryDeps {
  upstream: UpstreamClient;
  capabilities: UpstreamCapabilities;
  send: ReturnType<typeof redactingJson>;
  report: (problem: ShapeProblem) => void;
}

export function summaryRoutes(deps: SummaryDeps) {
  const { upstream, capabilities, send } = deps;

  /** The upstream's 2xx body for `path`, or the 404 that says the upstream is too old. */
  async function ask(c: Context, capability: Capability, path: string, params: URLSearchParams) {
    const known = capabilities.has(capability);
    if (known === false) throw new HttpError(404, NEEDS_NEWER);
    const reply = await upstream.getJson(path, params, c.req.raw.signal);
    if (reply.status !== 404) {
      capabilities.learn(capability, true);
      return okBody(reply);
    }
    if (known === null) {
      const probe = PROBES[capability];
      const probed =
        path === probe.path && params.toString() === new URLSearchParams(probe.params).toString()
          ? reply
          : await upstream.getJson(probe.path, new URLSearchParams(probe.params), c.req.raw.signal);
      capabilities.learn(capability, probed.status !== 404);
      if (probed.status === 404) throw new HttpError(404, NEEDS_NEWER);
    }
    return okBody(reply); // the endpoint exists: its 404 is about the request, in its words
  }

  return new Hono()
    .get('/assets/counts', async (c) => {
      const { params } = readListQuery(c, ASSET_COUNTS);
      const body = await ask(c, 'counts', '/api/assets/counts', params);
      const page = pageItems(body);
      if (!page || Array.isArray(body))
        throw new HttpError(502, "The Gumnut API's answer to /api/assets/counts is not a page");
      return send(c, { data: items('count bucket', page.data, CountBucket, deps), has_more: page.hasMore });
    })
    .get('/assets/geo-clusters', async (c) => {
      const { params } = readListQuery(c, GEO_CLUSTERS);
      const body = await ask(c, 'geo-clusters', '/api/assets/geo-clusters', params);
      if (!isObj(body) || !Array.isArray(body.data))
        throw new HttpError(502, "The Gumnut API's answer to /api/assets/geo-clusters is not a list");
      return send(c, { data: items('geo cluster', body.data, api2026.GeoCluster, deps) });
    });
}

/** `GET /api/server/ping`, forwarded (mounted apart: it is not under `/assets`); nothing to cache. */
export function pingRoute(deps: Pick<SummaryDeps, 'upstream' | 'send'>) {
  return new Hono().get('/ping', async (c) => {
    const reply = await deps.upstream.getJson('/api/server/ping', new URLSearchParams(), c.req.raw.signal);
    if (reply.status === 404) throw new HttpError(404, NEEDS_NEWER);
    const body = okBody(reply);
    return deps.send(c, isObj(body) ? body : { status: 'ok' });
  });
}

/**
 * Each item parsed on its own with `schema`; one missing a required field is reported and left out
 * (a bucket without a count, a cluster without a cover, would mislead more than its absence).
 */
function items<T extends object>(
  resource: string,
  raw: unknown[],
  schema: Parameters<typeof parseItem<T>>[2][0],
  deps: Pick<SummaryDeps, 'report'>,
): T[] {
  const out: T[] = [];
  for (const item of raw) {
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
    else parseItem(resource, item, [schema], deps.report);
  }
  return out;
}

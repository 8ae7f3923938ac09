/**
 * Cursor pages from the upstream, filled to the size the gallery asked for.
 *
 * The 2025 API takes `limit` up to 1000; the 2026 one refuses more than 200 with a 422. The
 * gateway sends what the gallery asked; on a 422 about `limit` it remembers the upstream's
 * maximum (FastAPI's `ctx.le`, else 200) and asks again. When one upstream page can't hold the
 * request it asks for the next ones (same query, `starting_after_id` = last id) until the page is
 * full or the upstream has no more, so the gallery gets exactly the page the local server would
 * give. After `maxCalls` upstream pages it stops early with `has_more: true`, which any client
 * of a cursor API copes with.
 */
import { HttpError } from '../http/errors.ts';
import { limitIssueOf, replyError } from './gateway-errors.ts';
import { idOfItem, pageItems, type Raw } from './shape-2026-parse.ts';
import type { JsonReply, UpstreamClient } from './upstream-client.ts';

/** The 2026 maximum, used when a 422 on `limit` doesn't say the maximum itself. */
const FALLBACK_LIMIT_MAX = 200;

export interface PageRequest {
  path: string;
  /** Filters and other parameters, without `limit` and `starting_after_id`. */
  params: URLSearchParams;
  limit: number;
  startingAfterId?: string;
  signal?: AbortSignal;
}

export class UpstreamPages {
  /** The largest `limit` the upstream accepted or named; null until it refuses one. */
  limitMax: number | null = null;

  constructor(
    private readonly upstream: UpstreamClient,
    private readonly maxCalls = 20,
  ) {}

  /** One gallery page: `{data, has_more}` with up to `limit` raw upstream items. */
  async page(req: PageRequest): Promise<{ data: Raw[]; has_more: boolean }> {
    const data: Raw[] = [];
    let cursor = req.startingAfterId;
    let hasMore = false;
    for (let call = 0; call < this.maxCalls && data.length < req.limit; call++) {
      const want = Math.min(req.limit - data.length, this.limitMax ?? req.limit);
      const page = pageItems(await this.getOk(req.path, req.params, want, cursor, req.signal));
      if (!page) throw new HttpError(502, `The Gumnut API's answer to ${req.path} is not a page`);
      const room = req.limit - data.length;
      data.push(...page.data.slice(0, room));
      // An upstream that sent more than asked still has the rest: the next page starts after ours.
      hasMore = page.hasMore || page.data.length > room;
      if (!hasMore || page.data.length === 0) {
        hasMore = hasMore && page.data.length > 0;
        break;
      }
      cursor = idOfItem(data[data.length - 1]) ?? '';
      if (!cursor) break; // items without ids: no way to ask for the next page
    }
    return { data, has_more: hasMore };
  }

  /** Every item of a list (for endpoints that answer a bare array), at the upstream's page size. */
  async all(path: string, params: URLSearchParams, signal?: AbortSignal): Promise<Raw[]> {
    const items: Raw[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = pageItems(
        await this.getOk(path, params, this.limitMax ?? FALLBACK_LIMIT_MAX, cursor, signal),
      );
      if (!page) throw new HttpError(502, `The Gumnut API's answer to ${path} is not a page`);
      items.push(...page.data);
      if (!page.hasMore || page.data.length === 0) return items;
      cursor = idOfItem(page.data[page.data.length - 1]) ?? '';
      if (!cursor) return items;
    }
  }

  /**
   * GET one upstream page. A 422 on `limit` lowers it (to the maximum the upstream named, else
   * 200, else by halves) and asks again; what is learned holds for every later request.
   */
  private async getOk(
    path: string,
    params: URLSearchParams,
    limit: number,
    cursor: string | undefined,
    signal?: AbortSignal,
  ): Promise<unknown> {
    let asked = limit;
    for (;;) {
      const reply = await this.upstream.getJson(path, withPaging(params, asked, cursor), signal);
      const issue = reply.status === 422 ? limitIssueOf(reply.body) : null;
      if (!issue || asked <= 1) return okBody(reply);
      const max =
        issue.max !== null && issue.max < asked
          ? issue.max
          : asked > FALLBACK_LIMIT_MAX
            ? FALLBACK_LIMIT_MAX
            : Math.floor(asked / 2);
      this.limitMax = Math.min(max, this.limitMax ?? max);
      asked = Math.min(asked, this.limitMax);
    }
  }
}

/** The body of a 2xx reply, or the error to answer the gallery with. */
export function okBody(reply: JsonReply): unknown {
  if (reply.status >= 200 && reply.status < 300) return reply.body;
  throw replyError(reply);
}

function withPaging(params: URLSearchParams, limit: number, cursor: string | undefined): URLSearchParams {
  const query = new URLSearchParams(params);
  query.set('limit', String(limit));
  if (cursor) query.set('starting_after_id', cursor);
  return query;
}

/**
 * The REAL server, in process, as `fetch`: the Hono app over the given index database. No
 * hand-written mock of our API. Free of React, so node-environment tests use it too.
 */
import { createApp } from '../../server/app.ts';
import type { Db } from '../../server/db/open-db.ts';

/** Awaited before each request reaches the server: lets a test hold a page in flight. */
export type BeforeRequest = (url: string) => Promise<void> | void;

/**
 * `local`: our server as it is. `2025`: the same data as a 2025 Gumnut server answers it (the
 * gateway in front of one): no month counts, map clusters or places, 404 where they would be.
 */
export type ServerKind = 'local' | '2025';

const SUMMARIES_2026 = ['/api/assets/counts', '/api/assets/geo-clusters', '/api/assets/places'];

/** The in-process server as `fetch`, logging every request URL so tests can see paging happen. */
export function inProcessFetch(db: Db, beforeRequest?: BeforeRequest, kind: ServerKind = 'local') {
  const app = createApp(db, { imageCacheDir: null });
  const requests: string[] = [];
  const fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    requests.push(input);
    await beforeRequest?.(input);
    // jsdom's AbortSignal is not the one Node's Request accepts, so it cannot cross over;
    // an in-process request is over before anyone could abort it anyway.
    const { signal: _signal, ...rest } = init ?? {};
    if (kind === '2025' && SUMMARIES_2026.some((path) => input.split('?')[0] === path))
      return Response.json({ detail: 'Not Found' }, { status: 404 });
    return app.request(input, rest);
  };
  return { fetch, requests };
}

/**
 * The REAL server, in process, as `fetch`: the Hono app over the given index database. No
 * hand-written mock of our API. Free of React, so node-environment tests use it too.
 */
import { createApp } from '../../server/app.ts';
import type { Db } from '../../server/db/open-db.ts';

/** Awaited before each request reaches the server: lets a test hold a page in flight. */
export type BeforeRequest = (url: string) => Promise<void> | void;

/** The in-process server as `fetch`, logging every request URL so tests can see paging happen. */
export function inProcessFetch(db: Db, beforeRequest?: BeforeRequest) {
  const app = createApp(db, { imageCacheDir: null });
  const requests: string[] = [];
  const fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    requests.push(input);
    await beforeRequest?.(input);
    // jsdom's AbortSignal is not the one Node's Request accepts, so it cannot cross over;
    // an in-process request is over before anyone could abort it anyway.
    const { signal: _signal, ...rest } = init ?? {};
    return app.request(input, rest);
  };
  return { fetch, requests };
}

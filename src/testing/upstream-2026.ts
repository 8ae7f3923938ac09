/**
 * A server that speaks only the 2026 shape (the gateway's stand-in for today's Gumnut API) over a
 * seeded index, for the gallery's model tests: reached only through src/testing.
 */
import type { Db } from '../../server/db/open-db.ts';
import { createUpstream2026 } from '../../server/gateway/testing/upstream-2026.ts';
import { inProcessFetch } from './in-process-fetch.ts';

const KEY = 'test-key';

/** GET `pathAndQuery` from a 2026-only server over `db`, as JSON. */
export function fetch2026(db: Db) {
  const local = inProcessFetch(db).fetch;
  const upstream = createUpstream2026({
    apiKey: KEY,
    local: (pathAndQuery) => local(pathAndQuery),
    cdnOrigin: 'https://cdn.test',
  });
  return async (pathAndQuery: string): Promise<unknown> => {
    const res = await upstream.api.request(pathAndQuery, { headers: { Authorization: `Bearer ${KEY}` } });
    if (!res.ok) throw new Error(`${pathAndQuery}: ${res.status} ${await res.text()}`);
    return res.json();
  };
}

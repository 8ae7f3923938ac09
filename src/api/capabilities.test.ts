// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { inProcessFetch } from '../testing/in-process-fetch.ts';
import { seededDb } from '../testing/seeded-db.ts';
import { probeCapabilities } from './capabilities.ts';
import { ApiError, createApiClient } from './client.ts';

const { db } = seededDb({ assets: 5 });

describe('the capability probe', () => {
  it('finds month counts and map clusters on our server', async () => {
    const api = createApiClient({ baseUrl: '', fetch: inProcessFetch(db).fetch });
    expect(await probeCapabilities(api)).toEqual({ monthCounts: true, geoClusters: true });
  });

  it('finds neither on a 2025 server, which answers 404 for both', async () => {
    const api = createApiClient({ baseUrl: '', fetch: inProcessFetch(db, undefined, '2025').fetch });
    expect(await probeCapabilities(api)).toEqual({ monthCounts: false, geoClusters: false });
  });

  it('a server that fails is not taken for an old one: the error reaches the caller', async () => {
    const failing = () => Promise.resolve(Response.json({ detail: 'down for maintenance' }, { status: 503 }));
    const api = createApiClient({ baseUrl: '', fetch: failing });
    await expect(probeCapabilities(api)).rejects.toBeInstanceOf(ApiError);
  });
});

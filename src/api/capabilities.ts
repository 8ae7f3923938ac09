/**
 * What the server can summarise, asked once and cached: a 2026 Gumnut server (and our local
 * server and gateway in front of one) answers month counts and map clusters; a 2025 one answers
 * 404 for both. Features ask this, never the server's version.
 */
import { ApiError, type ApiClient } from './client.ts';
import { listGeoClusters, listMonthCounts } from './endpoints.ts';

export interface ServerCapabilities {
  /** `GET /api/assets/counts`: the timeline's months, a scrubber, jumps to a date. */
  monthCounts: boolean;
  /** `GET /api/assets/geo-clusters`: the map. */
  geoClusters: boolean;
}

/** A missing endpoint: 404 (what a 2025 server and our gateway say), 405 or 501 from a proxy. */
const isMissing = (error: unknown) =>
  error instanceof ApiError && error.kind === 'http' && [404, 405, 501].includes(error.status);

/** True when the endpoint answered, false when it doesn't exist; other failures propagate (retry). */
async function answers(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** The cheapest question each summary can be asked: one bucket, and a box of about ten metres. */
export async function probeCapabilities(api: ApiClient, signal?: AbortSignal): Promise<ServerCapabilities> {
  const [monthCounts, geoClusters] = await Promise.all([
    answers(() => listMonthCounts(api, { limit: 1 }, signal)),
    answers(() => listGeoClusters(api, { bbox: '0,0,0.0001,0.0001', cell_size: 1 }, signal)),
  ]);
  return { monthCounts, geoClusters };
}

/**
 * What the selection asks the server: how many photos a span holds (for "N selected"), whether
 * zips can be made here, and the ids of spans when a download or a slideshow needs them listed.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { LIMIT_MAX } from '../../contract/constants.ts';
import { apiOf } from '../api/api-for-client.ts';
import { ApiError, type ApiClient } from '../api/client.ts';
import { listAssets, listMonthCounts } from '../api/endpoints.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { boundsOf, planDownload, type ZipFilter } from './download-plan.ts';
import { wallTimeOf, type Selection, type TimeSpan } from './selection-model.ts';

/** The timeline's filter in the API's names. */
export function zipFilterOf(filter: AssetFilter): ZipFilter {
  return {
    library_id: filter.library || undefined,
    album_id: filter.album || undefined,
    person_id: filter.person || undefined,
    // An area or a place narrows a selected day or month, in its count and its zip, as it
    // narrows the timeline the person selected from.
    bbox: filter.bbox || undefined,
    country_code: filter.country || undefined,
    city: filter.city || undefined,
  };
}

const filterKey = (filter: AssetFilter) => zipFilterOf(filter);

/** Photos under the filter within a span: the month counts inside its bounds, summed. */
async function countSpan(api: ApiClient, filter: AssetFilter, span: TimeSpan, signal: AbortSignal) {
  let total = 0;
  let before = boundsOf(span).local_datetime_before;
  for (;;) {
    const page = await listMonthCounts(
      api,
      { ...zipFilterOf(filter), ...boundsOf(span), local_datetime_before: before, limit: 200 },
      signal,
    );
    for (const bucket of page.data) total += bucket.count;
    const last = page.data[page.data.length - 1];
    if (!page.has_more || !last) return total;
    before = last.time_bucket;
  }
}

/** The zip route's answer to a request naming nothing: a 422 about `ids` (a gateway says 404). */
async function probeZip(api: ApiClient, signal: AbortSignal): Promise<boolean> {
  try {
    await api.get('/api/assets/download.zip', z.unknown(), { signal });
    return false;
  } catch (error) {
    if (!(error instanceof ApiError) || error.kind !== 'http') throw error;
    const detail = (error.body as { detail?: { loc?: unknown[] }[] } | undefined)?.detail;
    return error.status === 422 && Array.isArray(detail) && detail.some((d) => d.loc?.[1] === 'ids');
  }
}

export const selectionQueries = {
  spanCount: (filter: AssetFilter, span: TimeSpan) =>
    queryOptions({
      queryKey: ['selection', 'span-count', filterKey(filter), span] as const,
      queryFn: ({ client, signal }) => countSpan(apiOf(client), filter, span, signal),
      staleTime: 5 * 60_000,
    }),
  zipSupport: () =>
    queryOptions({
      queryKey: ['selection', 'zip-support'] as const,
      queryFn: ({ client, signal }) => probeZip(apiOf(client), signal),
      staleTime: Infinity,
      gcTime: Infinity,
    }),
};

/**
 * The selected ids in timeline order (newest first), listing the spans with the same filter and
 * their bounds, page by page; null when there are more than `max`.
 */
export async function resolveSelection(
  queryClient: QueryClient,
  filter: AssetFilter,
  selection: Selection,
  max: number,
): Promise<string[] | null> {
  const api = apiOf(queryClient);
  const plan = planDownload(selection);
  const found = new Map<string, number>();
  for (const [id, value] of selection.overrides) if (value.selected) found.set(id, value.time);
  const excluded = new Set(plan.kind === 'ids' ? [] : plan.excludeIds);
  const spans =
    plan.kind === 'ids'
      ? []
      : plan.kind === 'filter'
        ? [plan.span ?? { from: -Infinity, to: Infinity }]
        : plan.spans;
  for (const span of spans) {
    let cursor: string | undefined;
    do {
      const page = await listAssets(api, {
        ...zipFilterOf(filter),
        ...boundsOf(span),
        starting_after_id: cursor,
        limit: LIMIT_MAX,
      });
      for (const asset of page.data)
        if (!excluded.has(asset.id)) found.set(asset.id, wallTimeOf(asset.local_datetime));
      if (found.size > max) return null;
      cursor = page.has_more ? page.data[page.data.length - 1]?.id : undefined;
    } while (cursor);
  }
  return [...found].sort((x, y) => y[1] - x[1] || (y[0] < x[0] ? -1 : 1)).map(([id]) => id);
}

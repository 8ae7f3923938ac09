/**
 * The first screenful's data, asked for as the script starts instead of after React's first
 * render and effects. The timeline's chain is capabilities → months → the first month's page,
 * each step a render apart: measured on the demo, the month's page was asked ~230 ms after its
 * preload had arrived, and the first thumbnail painted at ~780 ms. Started here, the chain runs
 * against the HTML's preloads (server/web/first-requests.ts) while the main script finishes, and
 * `firstScreenReady` lets the first render wait a moment for it, so the first commit holds tiles.
 */
import { InfiniteQueryObserver, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { isRetriable } from '../api/client.ts';
import { assetQueries, serverQueries } from '../api/queries.ts';
import { readFilter } from '../routing/filter-params.ts';
import { monthOfBucket } from '../time/month-window.ts';
import { AT_PARAM } from '../timeline/use-timeline-position.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Pages that show no timeline (their own data loads with their chunk). */
const OTHER_PAGES = new Set(['/map']);

/**
 * The month the timeline opens on: the URL's `?at=` when it names one of the filter's months,
 * else the newest. Pure.
 */
export function openingMonth(
  buckets: readonly { time_bucket: string; count: number }[],
  at: string | null,
): string | null {
  const months = buckets
    .filter((bucket) => bucket.count > 0)
    .map((bucket) => monthOfBucket(bucket.time_bucket))
    .filter((month): month is string => month !== null);
  if (at && MONTH.test(at) && months.includes(at)) return at;
  return months[0] ?? null;
}

/**
 * A query the first screen asked for and got a final answer to (a 4xx: the same request would get
 * the same answer) is not asked again as its component mounts, which an errored query otherwise
 * is (`retryOnMount`): the error shows, as it would have from the component's own request.
 */
function keepFinalError(queryClient: QueryClient, queryKey: QueryKey): void {
  const state = queryClient.getQueryState(queryKey);
  if (state?.status === 'error' && !isRetriable(state.error)) {
    queryClient.setQueryDefaults(queryKey, { retryOnMount: false });
  }
}

/** More month-count pages than any library has (200 months each). */
const MAX_MONTH_PAGES = 20;

/**
 * The rest of the months (a 20-year library is two pages), as the timeline would fetch them once
 * mounted: with them in before the scrubber shows, its End is the oldest month, not the last
 * month of the first page (the bench's "End" reach caught a press that came before page two).
 */
async function fetchEveryMonth(
  queryClient: QueryClient,
  options: ReturnType<typeof assetQueries.months>,
): Promise<void> {
  const observer = new InfiniteQueryObserver(queryClient, options);
  let result = observer.getCurrentResult();
  for (let page = 1; page < MAX_MONTH_PAGES && result.hasNextPage && !result.isError; page++) {
    result = await observer.fetchNextPage();
  }
}

/**
 * Start the queries the page at `location` renders first; resolves when they have settled
 * (answered or failed: a failure is the components' to show, as it would be without this).
 */
export async function primeFirstScreen(
  queryClient: QueryClient,
  location: { pathname: string; search: string },
): Promise<void> {
  const params = new URLSearchParams(location.search);
  const filter = readFilter(params);
  const capabilities = queryClient
    .prefetchQuery(serverQueries.capabilities())
    .then(() => keepFinalError(queryClient, serverQueries.capabilities().queryKey));
  // An area is rewritten by the gallery before it asks (as the server's preloads leave it out).
  if (OTHER_PAGES.has(location.pathname) || filter.bbox) return capabilities;
  const monthsQuery = assetQueries.months(filter);
  const months = queryClient.prefetchInfiniteQuery(monthsQuery).then(async () => {
    keepFinalError(queryClient, monthsQuery.queryKey);
    const buckets = () => queryClient.getQueryData(monthsQuery.queryKey)?.pages.flatMap((p) => p.data) ?? [];
    const at = params.get(AT_PARAM);
    const rest = fetchEveryMonth(queryClient, monthsQuery);
    let month = openingMonth(buckets(), at);
    // A month in view further back than the first page of counts: known once the rest are in.
    if (at && month !== at) {
      await rest;
      month = openingMonth(buckets(), at);
    }
    if (month) {
      const monthQuery = assetQueries.month(filter, month);
      await queryClient.prefetchInfiniteQuery(monthQuery);
      keepFinalError(queryClient, monthQuery.queryKey);
    }
    await rest;
  });
  await Promise.all([capabilities, months]);
}

/**
 * `primeFirstScreen`, waited for at most `limitMs`: on a fast server the first render then shows
 * photos, and on a slow one the app renders its skeleton in time anyway.
 */
export function firstScreenReady(primed: Promise<void>, limitMs: number): Promise<void> {
  return Promise.race([primed, new Promise<void>((resolve) => setTimeout(resolve, limitMs))]);
}

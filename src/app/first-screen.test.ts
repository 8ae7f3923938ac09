// @vitest-environment node
import { InfiniteQueryObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { bindApi } from '../api/api-for-client.ts';
import { createApiClient } from '../api/client.ts';
import { createConnectivity } from '../api/connectivity.ts';
import { assetQueries, serverQueries } from '../api/queries.ts';
import { inProcessFetch } from '../testing/in-process-fetch.ts';
import { seededDb } from '../testing/seeded-db.ts';
import { firstScreenReady, openingMonth, primeFirstScreen } from './first-screen.ts';

const bucket = (month: string, count = 3) => ({ time_bucket: `${month}-01T00:00:00`, count });

describe('openingMonth', () => {
  it.each([
    ['the newest month', [bucket('2024-06'), bucket('2024-05')], null, '2024-06'],
    ['the month of ?at=', [bucket('2024-06'), bucket('2024-05')], '2024-05', '2024-05'],
    ['the newest when ?at= names no month of the filter', [bucket('2024-06')], '2019-01', '2024-06'],
    ['the newest when ?at= is not a month', [bucket('2024-06')], '2024-13', '2024-06'],
    ['a month with photos, not an empty bucket', [bucket('2024-07', 0), bucket('2024-06')], null, '2024-06'],
    ['none for a filter without photos', [], null, null],
  ])('%s', (_what, buckets, at, expected) => {
    expect(openingMonth(buckets, at)).toBe(expected);
  });
});

function primedClient(server: 'local' | '2025' = 'local') {
  const { db, seeded } = seededDb({ assets: 300 });
  const { fetch, requests } = inProcessFetch(db, undefined, server);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  bindApi(queryClient, createApiClient({ baseUrl: '', fetch, connectivity: createConnectivity() }));
  return { queryClient, requests, seeded };
}

describe('primeFirstScreen', () => {
  it('leaves the capabilities, the months and the opening month’s first page in the cache', async () => {
    const { queryClient, seeded } = primedClient();
    await primeFirstScreen(queryClient, { pathname: '/', search: '' });
    expect(queryClient.getQueryData(serverQueries.capabilities().queryKey)?.monthCounts).toBe(true);
    expect(
      queryClient.getQueryData(assetQueries.months({}).queryKey)?.pages[0]?.data[0]?.time_bucket,
    ).toMatch(/^2024-06/);
    const june = queryClient.getQueryData(assetQueries.month({}, '2024-06').queryKey);
    expect(june?.pages[0]?.data[0]?.id).toBe(seeded.assetIds[0]);
  });

  it('opens on the URL’s month, under the URL’s filter', async () => {
    const { queryClient, requests, seeded } = primedClient();
    const library = seeded.libraryId;
    await primeFirstScreen(queryClient, { pathname: '/assets/x', search: `?at=2024-04&library=${library}` });
    const april = queryClient.getQueryData(assetQueries.month({ library }, '2024-04').queryKey);
    expect(april?.pages[0]?.data.length).toBeGreaterThan(0);
    expect(
      requests.every((url) => !url.startsWith('/api/assets?') || url.includes(`library_id=${library}`)),
    ).toBe(true);
  });

  it('fetches every page of months, and opens on a month past the first page', async () => {
    // A photo every 7 hours: 21,000 of them span 204 months, more than one page of 200.
    const { db } = seededDb({ assets: 21_000 });
    const client = () => {
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      const { fetch } = inProcessFetch(db);
      bindApi(queryClient, createApiClient({ baseUrl: '', fetch, connectivity: createConnectivity() }));
      return queryClient;
    };
    const months = assetQueries.months({});
    const first = client();
    await primeFirstScreen(first, { pathname: '/', search: '' });
    const pages = first.getQueryData(months.queryKey)?.pages ?? [];
    expect(pages).toHaveLength(2);
    expect(pages[1]?.has_more).toBe(false);
    const oldest = pages[1]!.data.at(-1)!.time_bucket.slice(0, 7);
    const second = client();
    await primeFirstScreen(second, { pathname: '/', search: `?at=${oldest}` });
    expect(
      second.getQueryData(assetQueries.month({}, oldest).queryKey)?.pages[0]?.data.length,
    ).toBeGreaterThan(0);
  });

  it('asks no months on the map, nor for an area', async () => {
    for (const location of [
      { pathname: '/map', search: '' },
      { pathname: '/', search: '?bbox=-10,35,5,45' },
    ]) {
      const { queryClient, requests } = primedClient();
      await primeFirstScreen(queryClient, location);
      expect(requests.filter((url) => url.startsWith('/api/assets?') || url.includes('limit=200'))).toEqual(
        [],
      );
    }
  });

  it('settles on a 2025 server, whose counts are missing, with the capabilities saying so', async () => {
    const { queryClient } = primedClient('2025');
    await primeFirstScreen(queryClient, { pathname: '/', search: '' });
    expect(queryClient.getQueryData(serverQueries.capabilities().queryKey)?.monthCounts).toBe(false);
  });

  it('a final error it got is shown as its component mounts, not asked again', async () => {
    const { queryClient, requests } = primedClient();
    await primeFirstScreen(queryClient, { pathname: '/', search: '?library=lib_NoSuchLibrary00000000' });
    const months = assetQueries.months({ library: 'lib_NoSuchLibrary00000000' });
    expect(queryClient.getQueryState(months.queryKey)?.status).toBe('error');
    const asked = () => requests.filter((url) => url.includes('limit=200')).length;
    expect(asked()).toBe(1);
    // As the timeline's useInfiniteQuery mounts.
    const observer = new InfiniteQueryObserver(queryClient, months);
    const stop = observer.subscribe(() => {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect(observer.getCurrentResult().status).toBe('error');
    expect(asked()).toBe(1);
  });

  it('is waited for no longer than the limit', async () => {
    const never = new Promise<void>(() => {});
    const started = Date.now();
    await firstScreenReady(never, 30);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { bindApi } from '../api/api-for-client.ts';
import { createApiClient } from '../api/client.ts';
import { assetQueries } from '../api/queries.ts';
import { createQueryClient } from '../app/providers.tsx';
import { inProcessFetch } from '../testing/in-process-fetch.ts';
import { seededDb } from '../testing/seeded-db.ts';
import { warmOnIntent } from './warm-on-intent.ts';

let stop = () => {};
afterEach(() => {
  stop();
  document.body.innerHTML = '';
});

/** A client over the real server in process, with the first grid page loaded. */
async function setUp() {
  const { db, seeded } = seededDb({ assets: 5 });
  const server = inProcessFetch(db);
  const asked = server.requests;
  const api = createApiClient({ baseUrl: '', fetch: server.fetch });
  const queryClient = createQueryClient();
  bindApi(queryClient, api);
  await queryClient.fetchInfiniteQuery(assetQueries.list({}));
  return { seeded, asked, queryClient };
}

function tile(id: string): HTMLElement {
  const link = document.createElement('a');
  link.dataset.assetId = id;
  link.href = `/assets/${id}`;
  link.innerHTML = '<img alt="">';
  document.body.append(link);
  return link;
}

describe('warmOnIntent', () => {
  it('fetches the details of a tile the pointer comes over, once, and its preview image', async () => {
    const { seeded, asked, queryClient } = await setUp();
    const id = seeded.assetIds[1]!;
    const created: string[] = [];
    const own = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
    Object.defineProperty(HTMLImageElement.prototype, 'src', {
      configurable: true,
      set(value: string) {
        created.push(value);
      },
    });
    try {
      stop = warmOnIntent(document, queryClient);
      const link = tile(id);
      link.querySelector('img')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
      link.dispatchEvent(new Event('pointerover', { bubbles: true }));
      await waitFor(() => expect(queryClient.getQueryData(assetQueries.detail(id).queryKey)?.id).toBe(id));
      expect(asked.filter((url) => url.endsWith(`/api/assets/${id}`))).toHaveLength(1);
      expect(created).toHaveLength(1);
      expect(created[0]).toMatch(new RegExp(`${id}/thumbnail\\?.*size=preview`));
    } finally {
      Object.defineProperty(HTMLImageElement.prototype, 'src', own);
    }
  });

  it('warms on keyboard focus too, and not for what is not a tile', async () => {
    const { seeded, asked, queryClient } = await setUp();
    stop = warmOnIntent(document, queryClient);
    const plain = document.createElement('button');
    document.body.append(plain);
    plain.dispatchEvent(new Event('focusin', { bubbles: true }));
    const id = seeded.assetIds[2]!;
    tile(id).dispatchEvent(new Event('focusin', { bubbles: true }));
    await waitFor(() => expect(queryClient.getQueryData(assetQueries.detail(id).queryKey)?.id).toBe(id));
    expect(asked.filter((url) => /\/api\/assets\/[^/?]+$/.test(url))).toEqual([expect.stringContaining(id)]);
  });

  it('warms on a click or a press that came without a hover, before the click reaches the page', async () => {
    const { seeded, asked, queryClient } = await setUp();
    stop = warmOnIntent(document, queryClient);
    const [clicked, pressed] = [seeded.assetIds[3]!, seeded.assetIds[4]!];
    let askedBeforeHandler = false;
    const link = tile(clicked);
    // The page's own click handler (the router's) runs after the capture phase's warm-up.
    link.addEventListener('click', (event) => {
      event.preventDefault();
      askedBeforeHandler = queryClient.getQueryState(assetQueries.detail(clicked).queryKey) !== undefined;
    });
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(askedBeforeHandler).toBe(true);
    tile(pressed).dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await waitFor(() =>
      expect(queryClient.getQueryData(assetQueries.detail(pressed).queryKey)?.id).toBe(pressed),
    );
    await waitFor(() =>
      expect(queryClient.getQueryData(assetQueries.detail(clicked).queryKey)?.id).toBe(clicked),
    );
    expect(asked.filter((url) => /\/api\/assets\/[^/?]+$/.test(url))).toHaveLength(2);
  });

  it('warms a sidebar filter pointed at: its months and its newest month’s photos', async () => {
    const { seeded, asked, queryClient } = await setUp();
    stop = warmOnIntent(document, queryClient);
    const sidebar = document.createElement('nav');
    sidebar.id = 'sidebar';
    const link = document.createElement('a');
    link.href = `/?library=${seeded.libraryId}`;
    sidebar.append(link);
    document.body.append(sidebar);
    const filter = { library: seeded.libraryId };
    link.dispatchEvent(new Event('pointerover', { bubbles: true }));
    link.dispatchEvent(new Event('pointerover', { bubbles: true }));
    await waitFor(() => expect(queryClient.getQueryData(assetQueries.months(filter).queryKey)).toBeDefined());
    const newest = queryClient.getQueryData(assetQueries.months(filter).queryKey)!.pages[0]!.data[0]!;
    const month = newest.time_bucket.slice(0, 7);
    await waitFor(() =>
      expect(
        queryClient.getQueryData(assetQueries.month(filter, month).queryKey)?.pages[0]?.data[0]?.id,
      ).toBe(seeded.assetIds[0]),
    );
    expect(
      asked.filter((url) => url.startsWith('/api/assets/counts?group_by=month') && url.includes('limit=200')),
    ).toHaveLength(1);
  });
});

import { expect, test, type Page } from '@playwright/test';

/**
 * The first screenful doesn't wait for the app: the server names the API requests the gallery
 * will make in the page as preloads, so the first month's photos are on their way before the
 * entry script has run, and the app's own fetches are answered from them (one request each).
 */

interface LoadTrace {
  /** `performance.now()` when the app first called `fetch`: the entry script has run by then. */
  firstAppFetch: number | null;
  appFetches: string[];
  resources: { name: string; initiator: string; start: number }[];
}

/** Record the app's fetch calls from the first instant, before any script of the page runs. */
async function traceFetches(page: Page) {
  await page.addInitScript(() => {
    const own = window.fetch.bind(window);
    const w = window as unknown as { __appFetches: string[]; __firstAppFetch: number | null };
    w.__appFetches = [];
    w.__firstAppFetch = null;
    window.fetch = (input, init) => {
      w.__firstAppFetch ??= performance.now();
      w.__appFetches.push(new URL(input instanceof Request ? input.url : String(input), location.href).href);
      return own(input, init);
    };
  });
}

async function readTrace(page: Page): Promise<LoadTrace> {
  return page.evaluate(() => {
    const w = window as unknown as { __appFetches: string[]; __firstAppFetch: number | null };
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      firstAppFetch: w.__firstAppFetch,
      appFetches: w.__appFetches,
      resources: resources.map((r) => ({ name: r.name, initiator: r.initiatorType, start: r.startTime })),
    };
  });
}

const preloadsOf = (page: Page) =>
  page
    .locator('link[rel="preload"][as="fetch"]')
    .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));

async function loadAndCheck(page: Page, path: string) {
  const requested = new Map<string, number>();
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) {
      requested.set(request.url(), (requested.get(request.url()) ?? 0) + 1);
    }
  });
  const unused: string[] = [];
  page.on('console', (message) => {
    if (/preload/i.test(message.text())) unused.push(message.text());
  });
  await traceFetches(page);
  await page.goto(path);
  await expect(page.locator('a.tile img').first()).toBeVisible();
  const preloads = await preloadsOf(page);
  const monthPage = preloads.find((url) => /\/api\/assets\?.*local_datetime_after=/.test(url));
  expect(monthPage, 'the first month’s page is preloaded').toBeDefined();
  // Every request the app makes at start has been made once the network is quiet.
  await page.waitForLoadState('networkidle');
  const trace = await readTrace(page);

  // The month's page started before the entry script ran (its first fetch), from the preload.
  const monthEntries = trace.resources.filter((r) => r.name === monthPage);
  expect(monthEntries).toHaveLength(1);
  expect(monthEntries[0]!.initiator).toBe('link');
  expect(trace.firstAppFetch).not.toBeNull();
  expect(monthEntries[0]!.start).toBeLessThan(trace.firstAppFetch!);

  // Each preload is what the app asked for, and went over the network once.
  for (const url of preloads) {
    expect(trace.appFetches, `the app asks for ${url}`).toContain(url);
    expect(requested.get(url), `${url} requested once`).toBe(1);
    expect(
      trace.resources.filter((r) => r.name === url),
      `${url} fetched once`,
    ).toHaveLength(1);
  }
  expect(unused).toEqual([]);
  return preloads;
}

test('the first month’s photos are requested before the app runs, and only once', async ({ page }) => {
  const preloads = await loadAndCheck(page, '/');
  expect(preloads.length).toBeGreaterThanOrEqual(7);
});

test('a filtered page preloads its filter’s requests, and each is used once', async ({ page, request }) => {
  const albums = (await (await request.get('/api/albums?limit=1')).json()) as { data: { id: string }[] };
  const album = albums.data[0]!.id;
  const preloads = await loadAndCheck(page, `/?album=${album}`);
  expect(
    preloads.some((url) => url.includes(`album_id=${album}`) && url.includes('local_datetime_after')),
  ).toBe(true);
  expect(preloads).toContain(new URL(`/api/albums/${album}`, page.url()).href);
});

test('the entry stylesheet arrives inline: never fetched, also not when a lazy chunk loads', async ({
  page,
}) => {
  const sheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet' || request.url().endsWith('.css')) sheets.push(request.url());
  });
  await page.goto('/');
  const tile = page.getByRole('region', { name: 'Photos' }).locator('a[data-asset-id]').first();
  await expect(tile.locator('img')).toHaveClass(/tile__image--loaded/);
  // The viewer's chunk shares code with the entry: its loader must see the entry's sheet is in.
  await tile.click();
  await expect(page.getByRole('complementary', { name: 'Photo details' })).toBeVisible();
  const entry = await page.evaluate(() =>
    document.querySelector('style[data-href]')?.getAttribute('data-href'),
  );
  expect(entry).toMatch(/^\/static\/index-.*\.css$/);
  expect(sheets.length).toBeGreaterThan(0); // the viewer's own sheet
  expect(sheets.filter((url) => url.endsWith(entry!))).toEqual([]);
});

test('the first screen’s thumbnails are asked first and once each; faces and the live feed after them', async ({
  page,
}) => {
  const order: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/^\/api\/(assets\/[^/]+\/thumbnail|faces\/[^/]+\/thumbnail|events)$/.test(pathname))
      order.push(request.url());
  });
  await page.goto('/');
  const grid = page.getByRole('region', { name: 'Photos' });
  await expect(grid.locator('a[data-asset-id] img').first()).toHaveClass(/tile__image--loaded/);
  await expect(page.locator('#sidebar img.avatar').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  // The tiles in the first viewport, as drawn.
  const inView = await grid.locator('a[data-asset-id] img').evaluateAll((images) =>
    images
      .filter((image) => {
        const box = image.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight && box.width > 0;
      })
      .map((image) => (image as HTMLImageElement).currentSrc),
  );
  expect(inView.length).toBeGreaterThan(5);
  const firstOther = order.findIndex((url) => /\/api\/(faces\/|events$)/.test(url));
  expect(firstOther, 'thumbnails are asked before the faces and the feed').toBeGreaterThan(0);
  for (const src of inView) {
    const asked = order.filter((url) => url === src);
    expect(asked, `${src} asked once`).toHaveLength(1);
    expect(order.indexOf(src), `${src} before the faces and the feed`).toBeLessThan(firstOther);
  }
  // Nothing asked ahead that no tile shows (a variant other than the tile's own).
  const drawn = new Set(
    await grid
      .locator('a[data-asset-id] img')
      .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).currentSrc)),
  );
  expect(order.slice(0, firstOther).filter((url) => !drawn.has(url))).toEqual([]);
});

import { expect, test, type Page } from '@playwright/test';
import { startServer, type ServerProcess } from './server-process.ts';

/**
 * The gallery when the server misbehaves: API errors, slow answers, and a server that goes away
 * mid-scroll and comes back. The grid must say what happened, offer Retry, and recover in place:
 * a marker set on `window` after the first load proves the page was never reloaded.
 */

const tiles = (page: Page) => page.locator('a.tile');
const grid = (page: Page) => page.getByRole('region', { name: 'Photos' });
const OWN_PORT = Number(process.env.E2E_FAILURE_PORT ?? 5198);

async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
}
async function expectNotReloaded(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
}

/** The highest asset index among the mounted tiles: how far the list has loaded and scrolled. */
const maxTileIndex = (page: Page) =>
  tiles(page).evaluateAll((els) =>
    Math.max(-1, ...els.map((e) => Number(e.getAttribute('data-asset-index')))),
  );

/** Tiles in the grid's viewport whose image has not (or could not be) decoded. */
const brokenImagesInView = (page: Page) =>
  grid(page).evaluate((el) => {
    const view = el.getBoundingClientRect();
    return [...el.querySelectorAll<HTMLImageElement>('a.tile img')].filter((img) => {
      const box = img.getBoundingClientRect();
      const inView = box.bottom > view.top && box.top < view.bottom;
      return inView && !(img.complete && img.naturalWidth > 0);
    }).length;
  });

/** Scroll the grid down until `done` holds (or give up after a while). */
async function scrollUntil(page: Page, done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 80 && !(await done()); i++) {
    await grid(page).evaluate((el) => el.scrollBy(0, el.clientHeight));
    await page.waitForTimeout(150);
  }
}

test('an API error shows the server’s message and Retry, and the grid recovers without a reload', async ({
  page,
}) => {
  let failing = true;
  const failed = new Map<string, number>();
  await page.route(/\/api\/assets\?/, async (route) => {
    if (!failing) return route.continue();
    const url = route.request().url();
    failed.set(url, (failed.get(url) ?? 0) + 1);
    await route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ detail: 'The index is busy' }),
    });
  });
  await page.goto('/');
  await markPage(page);
  // Each month near the viewport asks for its photos and says it failed.
  const alert = page.getByRole('alert').first();
  await expect(alert).toContainText('Something went wrong (500)', { timeout: 20_000 });
  await expect(alert).toContainText('The index is busy');
  // The SDKs' rule: a 5xx is tried three times in all, then shown. The months start at different
  // moments (the first as the script starts, the next as its section mounts), so some may still
  // be on their way to the third when the first alert shows; none goes past it.
  expect(failed.size).toBeGreaterThan(0);
  await expect.poll(() => [...failed.values()].every((tries) => tries === 3), { timeout: 20_000 }).toBe(true);
  await page.waitForTimeout(500);
  for (const tries of failed.values()) expect(tries).toBe(3);
  await page.screenshot({ path: 'tests/screenshots/failure-api-error.png' });

  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(tiles(page).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNotReloaded(page);
});

test('a 4xx is shown at once, neither retried nor offering Retry; a reload recovers', async ({ page }) => {
  let failing = true;
  const failed = new Map<string, number>();
  await page.route(/\/api\/assets\?/, async (route) => {
    if (!failing) return route.continue();
    const url = route.request().url();
    failed.set(url, (failed.get(url) ?? 0) + 1);
    await route.fulfill({
      status: 422,
      contentType: 'application/json',
      body: JSON.stringify({
        detail: [
          {
            loc: ['query', 'limit'],
            msg: 'Input should be less than or equal to 200',
            type: 'less_than_equal',
            input: '1000',
          },
        ],
      }),
    });
  });
  await page.goto('/');
  await expect(page.getByRole('alert').first()).toContainText('less than or equal to 200');
  for (const tries of failed.values()) expect(tries).toBe(1);
  // The same request would get the same answer: no Retry to press.
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  failing = false;
  await page.reload();
  await expect(tiles(page).first()).toBeVisible();
});

test('slow answers: a loading state first, then the grid; a slow next page still arrives', async ({
  page,
}) => {
  let slowNext = false;
  let first = true;
  await page.route(/\/api\/assets(\/counts)?\?/, async (route) => {
    // The first answers (the months, the first month's photos) slow; later ones only when asked.
    if (first || slowNext) await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('status', { name: 'Loading photos' })).toBeVisible();
  first = false;
  await expect(tiles(page).first()).toBeVisible({ timeout: 15_000 });
  await markPage(page);

  slowNext = true;
  await scrollUntil(page, async () => (await maxTileIndex(page)) >= 100);
  await expect.poll(() => maxTileIndex(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(100);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNotReloaded(page);
});

test.describe('a server that goes away mid-scroll', () => {
  let server: ServerProcess | null = null;
  test.afterEach(async () => {
    await server?.stop();
    server = null;
  });

  /**
   * Load the grid, kill the server, scroll into the failure, bring it back. `recover` is how the
   * gallery gets going again: Retry pressed by the person, or the live feed reconnecting by itself
   * (it refetches the view when it does, so whichever comes first wins: each test keeps to one).
   */
  async function outageAndRecovery(page: Page, recover: 'retry' | 'feed'): Promise<void> {
    // Without the feed, only Retry can bring the grid back; with it, nothing is pressed.
    if (recover === 'retry') await page.route('**/api/events', (route) => route.abort());
    server = await startServer(OWN_PORT);
    await page.goto(`${server.url}/`);
    await expect(tiles(page).first()).toBeVisible();
    await markPage(page);

    await server.stop();
    // The grid's own alert: the sidebar's lists fail too, and come before it on the page (their
    // Retry, pressed as places arrived by themselves, once landed on a country instead).
    const footerAlert = page.getByRole('region', { name: 'Photos' }).getByRole('alert').first();
    await scrollUntil(page, async () => (await footerAlert.count()) > 0);
    await expect(footerAlert).toContainText('Cannot reach the server', { timeout: 20_000 });
    await page.screenshot({ path: 'tests/screenshots/failure-server-gone.png' });

    server = await startServer(OWN_PORT);
    if (recover === 'retry') {
      await footerAlert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 15_000 });
    } else {
      // The feed retries with backoff (at most 30 s apart), then refetches what failed.
      await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 45_000 });
    }
    await scrollUntil(page, async () => (await maxTileIndex(page)) >= 100);
    await expect.poll(() => maxTileIndex(page)).toBeGreaterThanOrEqual(100);
  }

  test('the grid says it cannot reach the server, and carries on after Retry once it is back', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await outageAndRecovery(page, 'retry');
    await expectNotReloaded(page);
  });

  // A tile whose image failed during the outage loads it again once the server answers, and the
  // gallery notices the server is back by itself, through its live feed.
  test('the photos whose images failed during the outage show once it is back, with nothing pressed', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await outageAndRecovery(page, 'feed');
    await expectNotReloaded(page);
    await expect.poll(() => brokenImagesInView(page), { timeout: 15_000 }).toBe(0);
  });
});

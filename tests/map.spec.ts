import { expect, test, type Page } from '@playwright/test';

/**
 * The map as a person uses it, in Chromium, on the demo library served by the real server: the
 * world with clusters matching the API, zooming into a city until its places are named, a cluster
 * opening the timeline of its area, a drawn box doing the same, and the viewer's mini-map opening
 * the map at the photo. Throughout, every request the page makes stays on this origin.
 * Screenshots land in test-results/map/ (git-ignored).
 */

type Cluster = { latitude: number; longitude: number; count: number; representative_asset_id: string };

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/map/${name}.png` });

/** Every URL the page asks for, to check none leaves the origin. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

function expectSameOrigin(urls: string[], baseURL: string) {
  const origin = new URL(baseURL).origin;
  expect(urls.length).toBeGreaterThan(0);
  expect(
    urls.filter(
      (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
    ),
  ).toEqual([]);
}

const map = (page: Page) => page.getByRole('application', { name: /Map of where your photos were taken/ });
const clusterCounts = (page: Page) =>
  page
    .locator('.map-cluster')
    .evaluateAll((links) => links.map((link) => Number(link.getAttribute('data-count'))));

test('the world map shows the API’s clusters, and nothing is asked of another host', async ({
  page,
  baseURL,
}) => {
  const urls = recordRequests(page);
  // The map's own request, not the capability probe's ten-metre box.
  const answer = page.waitForResponse(
    (res) =>
      res.url().includes('/api/assets/geo-clusters') &&
      !decodeURIComponent(res.url()).includes('bbox=0,0,0.0001,0.0001'),
  );
  const documentResponse = await page.goto('/map');
  // The policy names no host but this one, for scripts, images, connections and everything else.
  const policy = (await documentResponse?.headerValue('content-security-policy')) ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).not.toMatch(/https?:|\*|wss?:/);

  const response = await answer;
  const clusters = ((await response.json()) as { data: Cluster[] }).data;
  expect(clusters.length).toBeGreaterThan(1);
  await expect(page.locator('.map-cluster')).toHaveCount(clusters.length);
  expect((await clusterCounts(page)).sort()).toEqual(clusters.map((c) => c.count).sort());
  // The covers are painted on the canvas under the transparent links, each with its photo, and
  // every link's centre is an opaque pixel of it.
  await expect(page.locator('.map-cluster-canvas')).toHaveAttribute('data-covered', String(clusters.length));
  const centresPainted = await page.locator('.map-cluster-canvas').evaluate((canvas: HTMLCanvasElement) => {
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const context = canvas.getContext('2d')!;
    return [...document.querySelectorAll('.map-cluster')].map((link) => {
      const r = link.getBoundingClientRect();
      const x = Math.round((r.left + r.width / 2 - box.left) * scale);
      const y = Math.round((r.top + r.height / 2 - box.top) * scale);
      return context.getImageData(x, y, 1, 1).data[3];
    });
  });
  expect(centresPainted).toEqual(clusters.map(() => 255));
  const total = clusters.reduce((sum, c) => sum + c.count, 0);
  await expect(page.getByRole('status').filter({ hasText: 'with a place here' })).toHaveText(
    `${total} photos with a place here`,
  );
  await expect(map(page)).toHaveAttribute('data-drawn', 'true');
  await shot(page, 'world');
  expectSameOrigin(urls, baseURL!);
});

test('zooming into Lisbon names its places; a cluster opens the timeline of its area', async ({
  page,
  baseURL,
}) => {
  const urls = recordRequests(page);
  await page.goto('/map?center=-9.25,38.72&zoom=5');
  await map(page).focus();
  for (let step = 0; step < 5; step++) await page.keyboard.press('+');
  await expect(map(page)).toHaveAttribute('data-zoom', '10.00');
  // The finer coastlines load at city zoom, and the clusters are named after their photos' cities.
  await expect(page.locator('canvas.map-canvas')).toHaveAttribute('data-detail', 'fine');
  const lisbon = page.locator('.map-cluster', {
    has: page.locator('.map-cluster__name', { hasText: /^Lisbon$/ }),
  });
  await expect(lisbon.first()).toBeVisible();
  // Neighbouring clusters are named after their own towns, as many as fit without overlapping
  // (which of two equal neighbours keeps its name depends on the library: any two will do).
  await expect
    .poll(async () => {
      const names = new Set(await page.locator('.map-cluster__name').allTextContents());
      return [...names].filter((name) => ['Lisbon', 'Sintra', 'Cascais'].includes(name)).length;
    })
    .toBeGreaterThanOrEqual(2);
  await expect(page).toHaveURL(/center=-9\.25\d*%2C38\.72\d*&zoom=10/);
  await shot(page, 'lisbon');

  const count = Number(await lisbon.first().getAttribute('data-count'));
  const bbox = (await lisbon.first().getAttribute('data-bbox'))!;
  await lisbon.first().click();
  await expect(page).toHaveURL(`/?bbox=${encodeURIComponent(bbox)}`);
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Area');
  await expect(page.getByText(count === 1 ? '1 photo' : `${count} photos`, { exact: true })).toBeVisible();
  const listed = await page.request.get(`/api/assets?limit=200&bbox=${bbox}`);
  const assets = ((await listed.json()) as { data: { exif: { city: string | null } | null }[] }).data;
  expect(assets).toHaveLength(count);
  expect(assets.filter((asset) => asset.exif?.city === 'Lisbon').length).toBeGreaterThan(0);

  // The chip's × clears just the area.
  await page.getByRole('link', { name: /Clear area filter/ }).click();
  await expect(page).toHaveURL('/');
  expectSameOrigin(urls, baseURL!);
});

test('a box drawn with Shift-drag opens the photos inside it', async ({ page }) => {
  await page.goto('/map?center=-9.25,38.72&zoom=9');
  await expect(page.locator('.map-cluster').first()).toBeVisible();
  const frame = (await map(page).boundingBox())!;
  await page.keyboard.down('Shift');
  await page.mouse.move(frame.x + 20, frame.y + 20);
  await page.mouse.down();
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2, { steps: 5 });
  await page.mouse.move(frame.x + frame.width - 20, frame.y + frame.height - 20, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page).toHaveURL(/\/\?bbox=-?\d/);
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Area');
});

test('dragging pans the map and the mouse wheel zooms about the pointer', async ({ page }) => {
  await page.goto('/map?center=0,30&zoom=4');
  await expect(map(page)).toHaveAttribute('data-zoom', '4.00');
  const frame = (await map(page).boundingBox())!;
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
  await page.mouse.down();
  await page.mouse.move(frame.x + frame.width / 2 + 200, frame.y + frame.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/center=-\d+\.\d+%2C30/);
  await page.mouse.wheel(0, -300);
  await expect(map(page)).toHaveAttribute('data-zoom', '5.00');
});

test('the viewer’s mini-map opens the map at the photo', async ({ page, baseURL }) => {
  const urls = recordRequests(page);
  const listed = await page.request.get('/api/assets?limit=1&media_type=image&bbox=-9.5,38.6,-9.0,38.9');
  const [asset] = (
    (await listed.json()) as {
      data: { id: string; original_file_name: string; exif: { latitude: number; longitude: number } }[];
    }
  ).data;
  await page.goto(`/assets/${asset!.id}`);
  // The info panel may start closed (a narrow window, or closed last time).
  const details = page.getByRole('complementary', { name: 'Photo details' });
  // Once the photo's details have loaded (the toolbar names it), the panel is open or closed for good.
  await expect(page.getByRole('dialog', { name: 'Photo viewer' })).toContainText(asset!.original_file_name);
  if (!(await details.isVisible())) await page.getByRole('button', { name: 'Info panel' }).click();
  await expect(page.getByRole('img', { name: 'Where this photo was taken, on a small map' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'OpenStreetMap' })).toHaveAttribute('target', '_blank');
  await shot(page, 'mini-map');
  await page.getByRole('link', { name: 'Show on map' }).click();
  await expect(page).toHaveURL(/\/map\?center=-9\.\d+%2C38\.\d+&zoom=11/);
  await expect(page.locator('.map-cluster').first()).toBeVisible();
  expectSameOrigin(urls, baseURL!);
});

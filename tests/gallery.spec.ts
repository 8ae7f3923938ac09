import { expect, test, type Page } from '@playwright/test';

/**
 * The gallery as a person uses it, in Chromium, on the demo library served by the real server.
 * Screenshots land in tests/screenshots/ (git-ignored) for a human to look at.
 */

const shot = (page: Page, name: string) => page.screenshot({ path: `tests/screenshots/${name}.png` });

async function apiJson<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path);
  expect(res.ok()).toBe(true);
  return (await res.json()) as T;
}

type Page_<T> = { data: T[]; has_more: boolean };
type Named = { id: string; name: string | null; asset_count?: number | null };

const tiles = (page: Page) => page.locator('a.tile');

/** The mounted tiles are the first of these assets, in order (the grid mounts only what is near). */
async function expectTilesFrom(page: Page, ids: string[]): Promise<void> {
  await expect(tiles(page).first()).toHaveAttribute('data-asset-id', ids[0]!);
  const shown = await tiles(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-asset-id')));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown).toEqual(ids.slice(0, shown.length));
}
const grid = (page: Page) => page.getByRole('region', { name: 'Photos' });

test('scrolls the timeline across months, with month and day headers and only nearby tiles mounted', async ({
  page,
}) => {
  const monthRequests = new Set<string>();
  page.on('request', (r) => {
    const before = new URL(r.url()).searchParams.get('local_datetime_before');
    if (r.url().includes('/api/assets?') && before) monthRequests.add(before);
  });
  await page.goto('/');
  await expect(tiles(page).first()).toBeVisible();
  await expect(page.locator('.month-section__title').first()).toHaveText(/^[A-Z][a-z]+ \d{4}$/);
  await expect(page.locator('.month-row__day').first()).toHaveText(/\d{4}/);
  await expect(tiles(page).first().locator('img')).toHaveAttribute('alt', /Photo/);
  await shot(page, 'grid');

  // Each month loads its own photos as it nears the viewport.
  const scroller = grid(page);
  for (let i = 0; i < 40 && monthRequests.size < 6; i++) {
    await scroller.evaluate((el) => el.scrollBy(0, el.clientHeight));
    await page.waitForTimeout(100);
  }
  expect(monthRequests.size).toBeGreaterThanOrEqual(6);
  // Virtualized: however far we scrolled, only tiles near the viewport are in the page.
  expect(await tiles(page).count()).toBeLessThan(120);
  await shot(page, 'grid-scrolled');
});

test('filters by an album and a person together, in the URL, and clears each part', async ({ page }) => {
  const albums = await apiJson<Page_<Named>>(page, '/api/albums');
  const album = albums.data.find((a) => a.name === 'Family')!;
  const people = await apiJson<Page_<Named>>(page, `/api/people?album_id=${album.id}`);
  const person = people.data.find((p) => p.name)!;
  const expected = await apiJson<Page_<{ id: string }>>(
    page,
    `/api/assets?album_id=${album.id}&person_id=${person.id}&limit=1000`,
  );

  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(`^${album.name}`) }).click();
  await expect(page).toHaveURL(new RegExp(`album=${album.id}`));
  const albumAssets = await apiJson<Page_<{ id: string }>>(
    page,
    `/api/assets?album_id=${album.id}&limit=1000`,
  );
  await expectTilesFrom(
    page,
    albumAssets.data.map((a) => a.id),
  );

  await page.locator('.sidebar__item--person', { hasText: person.name! }).click();
  await expect(page).toHaveURL(new RegExp(`person=${person.id}`));
  await expect(page).toHaveURL(new RegExp(`album=${album.id}`));
  await expectTilesFrom(
    page,
    expected.data.map((a) => a.id),
  );
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText(person.name!);
  await shot(page, 'filtered-album-person');

  // Reload restores the exact view; back goes to the album alone.
  await page.reload();
  await expectTilesFrom(
    page,
    expected.data.map((a) => a.id),
  );
  await page.goBack();
  await expect(page).not.toHaveURL(/person=/);
  await expectTilesFrom(
    page,
    albumAssets.data.map((a) => a.id),
  );

  await page.getByRole('link', { name: new RegExp(`Clear album filter`) }).click();
  await expect(page).not.toHaveURL(/album=/);
});

test('opens a photo: EXIF, face boxes on the faces, arrow keys step, Esc returns to the same place', async ({
  page,
}) => {
  const people = await apiJson<Page_<Named>>(page, '/api/people');
  const person = people.data.find((p) => p.name === 'Ana Ferreira') ?? people.data[0]!;
  await page.goto(`/?person=${person.id}`);
  await expect(tiles(page).first()).toBeVisible();
  const third = tiles(page).nth(2);
  const thirdId = await third.getAttribute('data-asset-id');
  await third.click();

  const viewer = page.getByRole('dialog', { name: 'Photo viewer' });
  await expect(viewer).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/assets/${thirdId}\\?person=${person.id}`));
  const details = page.getByRole('complementary', { name: 'Photo details' });
  await expect(details).toContainText('Camera');
  await expect(details).toContainText(/ƒ\/\d/);
  await expect(details).toContainText(/ISO \d+/);
  await expect(details).toContainText(person.name!);

  // The person's face box lies inside the photo as drawn.
  const box = page.getByLabel(`Face of ${person.name}`).first();
  await page.getByRole('button', { name: 'Show all faces' }).click();
  await expect(box).toBeVisible();
  const photo = await page.locator('.viewer-photo-frame img').first().boundingBox();
  const face = await box.boundingBox();
  expect(photo && face).toBeTruthy();
  expect(face!.x).toBeGreaterThanOrEqual(photo!.x - 1);
  expect(face!.y).toBeGreaterThanOrEqual(photo!.y - 1);
  expect(face!.x + face!.width).toBeLessThanOrEqual(photo!.x + photo!.width + 1);
  expect(face!.y + face!.height).toBeLessThanOrEqual(photo!.y + photo!.height + 1);
  await shot(page, 'viewer-faces');

  // Resize: the box follows the photo.
  await page.setViewportSize({ width: 900, height: 700 });
  await page.waitForTimeout(200);
  const photo2 = await page.locator('.viewer-photo-frame img').first().boundingBox();
  const face2 = await box.boundingBox();
  expect((face2!.x - photo2!.x) / photo2!.width).toBeCloseTo((face!.x - photo!.x) / photo!.width, 2);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.keyboard.press('ArrowRight');
  await expect(page).not.toHaveURL(new RegExp(`/assets/${thirdId}`));
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`/assets/${thirdId}`));
  await page.keyboard.press('ArrowRight');
  const fourthUrl = page.url();
  const fourthId = /assets\/([^?]+)/.exec(fourthUrl)![1]!;

  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/\\?person=${person.id}$`));
  const landed = page.locator(`a.tile[data-asset-id="${fourthId}"]`);
  await expect(landed).toBeInViewport();
  await shot(page, 'back-to-grid');
});

test('keyboard: arrows move through the grid, Enter opens, ? lists the shortcuts', async ({ page }) => {
  await page.goto('/');
  await expect(tiles(page).first()).toBeVisible();
  await tiles(page).first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tiles(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const focusedId = await page.evaluate(() => document.activeElement?.getAttribute('data-asset-id'));
  expect(focusedId).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/assets/${focusedId}`));
  await expect(page.getByRole('dialog', { name: 'Photo viewer' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Photo details' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Photo viewer' })).toBeHidden();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: /keyboard shortcuts/i });
  await expect(help).toBeVisible();
  await shot(page, 'shortcuts');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('works on a phone-sized window, light theme readable', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(tiles(page).first()).toBeVisible();
  const first = await tiles(page).first().boundingBox();
  expect(first!.width).toBeGreaterThan(80);
  expect(first!.x + first!.width).toBeLessThanOrEqual(390);
  await shot(page, 'phone-grid');
  await tiles(page).first().click();
  await expect(page.getByRole('dialog', { name: 'Photo viewer' })).toBeVisible();
  await shot(page, 'phone-viewer');
});

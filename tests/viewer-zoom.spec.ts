import { expect, test, type Page } from '@playwright/test';

/**
 * The viewer's zoom and slideshow in Chromium on the demo library: zooming to 100 % loads the
 * full-size rendering and draws it one image pixel per device pixel; a phone pinch zooms the
 * photo, never the page; a slideshow walks photos on its own.
 */

const shot = (page: Page, name: string) => page.screenshot({ path: `tests/screenshots/${name}.png` });

type Listed = { id: string; width?: number | null; height?: number | null; original_file_name: string };

/** A landscape photo larger than the 1440 px preview, so 100 % needs the full size. */
async function largePhoto(page: Page): Promise<Listed> {
  const res = await page.request.get('/api/assets?limit=50');
  expect(res.ok()).toBe(true);
  const { data } = (await res.json()) as { data: Listed[] };
  const photo = data.find((a) => (a.width ?? 0) > 1440 && (a.width ?? 0) > (a.height ?? 0));
  expect(photo, 'a landscape demo photo wider than the preview').toBeTruthy();
  return photo!;
}

const stage = (page: Page) => page.locator('.viewer-zoom-stage');
const fullImage = (page: Page) => page.locator('img.viewer__image--full:not(.viewer__image--original)');

test('zooms to 100 % with a double click: the full size is loaded and drawn at 1:1, Esc resets then closes', async ({
  page,
}) => {
  const photo = await largePhoto(page);
  const fullsizeRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes(`/api/assets/${photo.id}/thumbnail`) && r.url().includes('size=fullsize'))
      fullsizeRequests.push(r.url());
  });
  await page.goto(`/assets/${photo.id}`);
  await expect(page).toHaveTitle(`${photo.original_file_name} — Contact Sheet`);
  const preview = page.locator('.viewer-photo-frame img').first();
  await expect(preview).toHaveJSProperty('complete', true);
  // At the fit on a 1280×800 window the preview has enough pixels: no full size yet.
  expect(fullsizeRequests).toHaveLength(0);

  const box = (await preview.boundingBox())!;
  await page.mouse.dblclick(box.x + box.width * 0.7, box.y + box.height * 0.4);
  await expect(stage(page)).toHaveAttribute('data-zoom-percent', '100');
  await expect(page.getByRole('status').filter({ hasText: '100 %' })).toBeVisible();
  await expect(fullImage(page)).toHaveAttribute('data-loaded', 'true');
  expect(fullsizeRequests.length).toBeGreaterThan(0);

  const drawn = await fullImage(page).evaluate((img: HTMLImageElement) => ({
    natural: img.naturalWidth,
    css: img.getBoundingClientRect().width,
    dpr: window.devicePixelRatio,
  }));
  expect(drawn.natural).toBe(photo.width);
  expect(Math.abs(drawn.css * drawn.dpr - drawn.natural)).toBeLessThanOrEqual(1);
  await shot(page, 'viewer-zoomed');

  // While zoomed, → pans instead of stepping to the next photo.
  const before = (await fullImage(page).boundingBox())!;
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`/assets/${photo.id}`));
  await expect.poll(async () => (await fullImage(page).boundingBox())!.x).toBeLessThan(before.x);

  await page.keyboard.press('Escape');
  await expect(stage(page)).not.toHaveAttribute('data-zoomed', 'true');
  await expect(page.getByRole('dialog', { name: 'Photo viewer' })).toBeVisible();

  // Keys and Ctrl+wheel zoom too; 0 resets.
  await page.keyboard.press('+');
  await expect(stage(page)).toHaveAttribute('data-zoomed', 'true');
  await page.keyboard.press('0');
  await expect(stage(page)).not.toHaveAttribute('data-zoomed', 'true');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect(stage(page)).toHaveAttribute('data-zoomed', 'true');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Photo viewer' })).toHaveCount(0);
});

test('a slideshow shows three photos on its own and Esc ends on the last one shown', async ({ page }) => {
  test.setTimeout(60_000);
  const photo = await largePhoto(page);
  await page.goto(`/assets/${photo.id}`);
  await expect(page.getByRole('button', { name: 'Next photo' })).toBeEnabled();
  await page.getByRole('button', { name: 'Slideshow' }).click();
  const show = page.getByRole('dialog', { name: 'Slideshow' });
  await expect(show).toBeVisible();
  await show.getByRole('combobox').selectOption('3');
  const shown = show.locator('img.slideshow__image');
  const seen = new Set<string>();
  await expect
    .poll(
      async () => {
        const id = await shown.getAttribute('data-asset-id');
        if (id) seen.add(id);
        return seen.size;
      },
      { timeout: 20_000, intervals: [250] },
    )
    .toBeGreaterThanOrEqual(3);
  await shot(page, 'viewer-slideshow');
  await page.keyboard.press(' ');
  await expect(show.getByRole('status')).toHaveText('Paused');
  const last = (await shown.getAttribute('data-asset-id'))!;
  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/assets/${last}`));
  await expect(page.getByRole('dialog', { name: 'Photo viewer' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 });

  test('a pinch zooms the photo, not the page; the info sheet keeps Close in reach', async ({ page }) => {
    const photo = await largePhoto(page);
    await page.goto(`/assets/${photo.id}`);
    const preview = page.locator('.viewer-photo-frame img').first();
    await expect(preview).toHaveJSProperty('complete', true);
    const box = (await preview.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;

    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number | null) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          spread === null
            ? []
            : [
                { x: cx - spread, y: cy, id: 1 },
                { x: cx + spread, y: cy, id: 2 },
              ],
      });
    await touch('touchStart', 30);
    for (const spread of [45, 60, 80, 100, 120]) await touch('touchMove', spread);
    await touch('touchEnd', null);

    await expect(stage(page)).toHaveAttribute('data-zoomed', 'true');
    // At the fit a 1600 px photo on 390 CSS px at DPR 3 reads 73 %; four times the spread zooms past 100 %.
    expect(Number(await stage(page).getAttribute('data-zoom-percent'))).toBeGreaterThan(100);
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
    const close = page.getByRole('button', { name: 'Close viewer' });
    await expect(close).toBeInViewport();
    await shot(page, 'viewer-phone-pinched');

    // A double tap goes back to the fit.
    await page.touchscreen.tap(cx, cy);
    await page.touchscreen.tap(cx, cy);
    await expect(stage(page)).not.toHaveAttribute('data-zoomed', 'true');

    await page.getByRole('button', { name: 'Info panel' }).click();
    const sheet = page.getByRole('complementary', { name: 'Photo details' });
    await expect(sheet).toBeVisible();
    await expect(page.getByRole('button', { name: 'Close details' })).toBeInViewport();
    await expect(close).toBeInViewport();
    await shot(page, 'viewer-phone-sheet');
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect(sheet).toHaveCount(0);
  });
});

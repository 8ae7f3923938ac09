import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { readZip, sha256Of } from '../server/testing/read-zip.ts';

/**
 * Selecting and downloading as a person would, in Chromium over the demo library: a check on a
 * tile, Shift+click for a range, a day's check, Ctrl+A and Esc, then Download: the zip the server
 * streams holds exactly the selected originals, byte for byte.
 */

type Asset = { id: string; local_datetime: string; original_file_name: string; download_url: string };

const tiles = (page: Page) => page.locator('a.timeline-tile');
const bar = (page: Page) => page.getByRole('toolbar', { name: 'Selected photos' });
/** Wall-clock ms, as the timeline orders photos. */
const wallMs = (asset: Asset) =>
  Date.parse(`${/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?/.exec(asset.local_datetime)![0]}Z`);

async function allAssets(page: Page): Promise<Asset[]> {
  const res = await page.request.get('/api/assets?limit=1000');
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { data: Asset[] }).data;
}

test('a range with Shift and a day, downloaded as one zip of the originals', async ({ page }) => {
  await page.goto('/');
  await expect(tiles(page).first()).toBeVisible();
  const assets = await allAssets(page);
  const byId = new Map(assets.map((a) => [a.id, a]));
  const first = tiles(page).nth(0);
  const fifth = tiles(page).nth(4);
  const firstId = (await first.getAttribute('data-asset-id'))!;
  const fifthId = (await fifth.getAttribute('data-asset-id'))!;

  // The check shows on hover; a click on it starts a selection instead of opening the photo.
  await first.hover();
  // The tile's check sits beside its link, top-left over the photo.
  const check = first.locator('xpath=following-sibling::*[1]');
  await expect(check).toHaveRole('checkbox');
  await expect(check).toBeVisible();
  await check.click();
  await expect(bar(page)).toContainText('1 selected');
  await expect(page.getByText('1 photo selected')).toBeAttached();
  await expect(first).toHaveAttribute('aria-selected', 'true');

  await fifth.click({ modifiers: ['Shift'] });
  await expect(bar(page)).toContainText('5 selected');
  await expect(page).toHaveURL(/\/$|\/\?/); // still the timeline: nothing opened

  // A day further down that the range doesn't reach.
  const rangeDays = new Set([firstId, fifthId].map((id) => byId.get(id)!.local_datetime.slice(0, 10)));
  const days = await page
    .locator('h3.month-row__day')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-day')));
  const day = days.find((d) => d && !rangeDays.has(d) && d < [...rangeDays].sort()[0]!)!;
  expect(day).toBeTruthy();
  const dayLabel = page.locator(`h3.month-row__day[data-day="${day}"]`);
  await dayLabel.getByRole('checkbox').click();
  await expect(dayLabel.getByRole('checkbox')).toHaveAttribute('aria-checked', 'true');

  const [from, to] = [wallMs(byId.get(fifthId)!), wallMs(byId.get(firstId)!)];
  const expected = assets.filter(
    (a) => (wallMs(a) >= from && wallMs(a) <= to) || a.local_datetime.startsWith(day),
  );
  await expect(bar(page)).toContainText(`${expected.length} selected`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    bar(page).getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Contact Sheet – ${expected.length} photos.zip`);
  const entries = await readZip(await readFile(await download.path()));
  const originals = await Promise.all(
    expected.map(async (a) => sha256Of(Buffer.from(await (await page.request.get(a.download_url)).body()))),
  );
  expect(entries.map((e) => e.sha256)).toEqual(originals);
  expect(new Set(entries.map((e) => e.name.toLowerCase())).size).toBe(entries.length);

  // Esc clears; the timeline bar comes back.
  await page.keyboard.press('Escape');
  await expect(bar(page)).toBeHidden();
  await expect(page.locator('.timeline__bar')).toBeVisible();
});

test('Ctrl+A selects every photo, Space toggles the focused one, and a click then selects', async ({
  page,
}) => {
  await page.goto('/');
  await expect(tiles(page).first()).toBeVisible();
  const total = (await allAssets(page)).length;
  await tiles(page).first().focus();
  await page.keyboard.press('Control+a');
  await expect(bar(page)).toContainText(`${total} selected`);
  await page.keyboard.press('Space');
  await expect(bar(page)).toContainText(`${total - 1} selected`);
  await tiles(page).nth(1).click();
  await expect(bar(page)).toContainText(`${total - 2} selected`);
  await bar(page).getByRole('button', { name: 'Clear' }).click();
  await expect(bar(page)).toBeHidden();
  // Without a selection a click opens the photo again.
  await tiles(page).nth(1).click();
  await expect(page).toHaveURL(/\/assets\/asset_/);
});

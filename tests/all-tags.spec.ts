import { expect, test, type Page } from '@playwright/test';

interface Listed {
  id: string;
  original_file_name: string;
  exif: { iso?: number | null } | null;
}

/** A demo photo whose camera wrote an ISO: the index has it, so the file's record must too. */
async function photoWithIso(page: Page): Promise<Listed & { iso: number }> {
  const listed = (await (await page.request.get('/api/assets?limit=100')).json()) as { data: Listed[] };
  const photo = listed.data.find((asset) => typeof asset.exif?.iso === 'number');
  expect(photo, 'the demo library has a photo with an ISO').toBeDefined();
  return { ...photo!, iso: photo!.exif!.iso! };
}

/** Open the photo, its details and "More", and search the tags for "ISO". */
async function searchIso(page: Page, id: string) {
  await page.goto(`/assets/${id}`);
  const details = page.getByRole('complementary', { name: 'Photo details' });
  // Open on a wide screen, closed on a phone: the toolbar's toggle says which.
  const info = page.getByRole('button', { name: 'Info panel' });
  await info.waitFor();
  if ((await info.getAttribute('aria-pressed')) !== 'true') await info.click();
  await details.getByText('More', { exact: true }).click();
  const search = details.getByRole('searchbox', { name: 'Search tags' });
  await expect(search).toBeVisible();
  const count = details.locator('output');
  await expect(count).toHaveText(/^\d+ tags$/);
  const total = Number((await count.textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThan(40);
  await search.fill('ISO');
  await expect(count).toHaveText(new RegExp(`^\\d+ of ${total} tags$`));
  return details;
}

test('"More" lists every tag of the file, and a search for ISO finds its value', async ({ page }) => {
  const photo = await photoWithIso(page);
  const details = await searchIso(page, photo.id);
  const exif = details.getByRole('button', { name: /^EXIF · photo/ });
  await expect(exif).toHaveAttribute('aria-expanded', 'true');
  const row = details.locator('.all-tags__row').filter({ has: page.locator('dt', { hasText: /^ISO$/ }) });
  await expect(row.first().locator('dd')).toHaveText(String(photo.iso));
  await expect(details.getByText(/Read from the file by ExifTool \d+\.\d+/)).toBeVisible();
  // Closing a group hides its rows; the search still narrows the others.
  await exif.click();
  await expect(exif).toHaveAttribute('aria-expanded', 'false');
});

test('at phone size the tags fit the screen with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const photo = await photoWithIso(page);
  const details = await searchIso(page, photo.id);
  await expect(details.locator('.all-tags__row dd').first()).toBeVisible();
  await details.getByRole('searchbox', { name: 'Search tags' }).fill('');
  // Every group open: the longest names and values are on screen.
  for (const group of await details.locator('.all-tags__group-heading button').all()) await group.click();
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - window.innerWidth,
    widest: Math.max(
      ...[...document.querySelectorAll('.all-tags__row')].map((row) => row.getBoundingClientRect().right),
    ),
  }));
  expect(overflow.page).toBeLessThanOrEqual(0);
  expect(overflow.widest).toBeLessThanOrEqual(390);
});

import { expect, test } from '@playwright/test';

/**
 * Places in the sidebar, in Chromium on the demo library: pick a country, then one of its cities,
 * and see the timeline narrowed to what the API counts there, with a chip that clears it.
 * Screenshots land in test-results/places/ (git-ignored).
 */
type Country = {
  country_code: string | null;
  country: string;
  asset_count: number;
  cities: { city: string; asset_count: number }[];
};

test('a country, then a city, narrows the timeline; the chip clears it', async ({ page, request }) => {
  const answer = (await (await request.get('/api/assets/places')).json()) as { countries: Country[] };
  const portugal = answer.countries.find((c) => c.country_code === 'PT')!;
  const lisbon = portugal.cities.find((c) => c.city === 'Lisbon')!;
  expect(lisbon.asset_count).toBeGreaterThan(0);

  await page.goto('/');
  const places = page.getByRole('navigation', { name: 'Filters' }).getByRole('region', { name: 'Places' });
  const country = places.getByRole('link', { name: /^Portugal/ });
  await expect(country).toContainText(String(portugal.asset_count));
  await country.click();
  await expect(page).toHaveURL(/[?&]country=PT(&|$)/);
  await expect(page.getByText(`${portugal.asset_count} photos`, { exact: true })).toBeVisible();

  // The chosen country is pinned and open to its cities.
  const city = places.getByRole('link', { name: /^Lisbon/ });
  await expect(city).toContainText(String(lisbon.asset_count));
  await city.click();
  await expect(page).toHaveURL(/country=PT&city=Lisbon/);
  await expect(page.getByText(`${lisbon.asset_count} photos`, { exact: true })).toBeVisible();
  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips.getByText('Lisbon, Portugal')).toBeVisible();
  await expect(places.getByRole('link', { name: /^Lisbon/ })).toHaveAttribute('aria-current', 'true');
  const listed = (await (await request.get('/api/assets?country_code=PT&city=Lisbon&limit=1000')).json()) as {
    data: unknown[];
  };
  expect(listed.data).toHaveLength(lisbon.asset_count);
  await page.screenshot({ path: 'test-results/places/desktop-lisbon.png' });

  // Another country's cities open with the keyboard.
  const open = places.getByRole('button', { name: 'Cities in Japan' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await expect(places.getByRole('link', { name: /^Tokyo/ })).toBeVisible();

  await chips.getByRole('link', { name: 'Clear place filter: Lisbon, Portugal' }).click();
  await expect(page).not.toHaveURL(/country=/);
});

test('on a phone the places fit the drawer', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?country=PT&city=Lisbon');
  await page.getByRole('button', { name: /Filters/ }).click();
  const places = page.getByRole('navigation', { name: 'Filters' }).getByRole('region', { name: 'Places' });
  await places.scrollIntoViewIfNeeded();
  await expect(places.getByRole('link', { name: /^Lisbon/ })).toBeVisible();
  const box = (await places.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/places/phone-lisbon.png' });
});

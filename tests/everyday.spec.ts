import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Everyday use (issue 15): sidebar lists that narrow each other with counts that match the API,
 * error pages in plain words, and dates in the reader's language. On the demo library.
 */

type Listed = { id: string; name: string | null };

async function apiJson<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path);
  expect(res.ok(), path).toBe(true);
  return (await res.json()) as T;
}

/** Photos the asset list holds for a query: what the sidebar's counts must agree with. */
async function assetCount(page: Page, query: string): Promise<number> {
  let count = 0;
  let after = '';
  for (;;) {
    const page_ = await apiJson<{ data: { id: string }[]; has_more: boolean }>(
      page,
      `/api/assets?${query}&limit=1000${after ? `&starting_after_id=${after}` : ''}`,
    );
    count += page_.data.length;
    if (!page_.has_more || page_.data.length === 0) return count;
    after = page_.data[page_.data.length - 1]!.id;
  }
}

const section = (page: Page, title: string) =>
  page.getByRole('navigation', { name: 'Filters' }).getByRole('region', { name: title });
const countOf = async (item: Locator) =>
  Number((await item.locator('.sidebar__count').textContent())?.replace(/\D/g, ''));
const photosFooter = (page: Page, count: number) =>
  expect(page.locator('.grid-end')).toHaveText(
    count === 1 ? '1 photo' : `${count.toLocaleString('en-US')} photos`,
  );

test('album → person → album leads to photos each time, with counts that match the API', async ({ page }) => {
  const albums = await apiJson<{ data: Listed[] }>(page, '/api/albums?limit=1000');
  const tokyo = albums.data.find((a) => a.name === 'Tokyo 2024')!;
  await page.goto('/');
  await section(page, 'Albums')
    .getByRole('link', { name: /^Tokyo 2024/ })
    .click();
  await expect(page).toHaveTitle('Tokyo 2024 — Contact Sheet');
  await photosFooter(page, await assetCount(page, `album_id=${tokyo.id}`));

  // Every person offered under the album counts their photos in it.
  const people = section(page, 'People').locator('.sidebar__item');
  await expect(people.first()).toBeVisible();
  for (const item of (await people.all()).slice(0, 4)) {
    const id = new URL((await item.getAttribute('href'))!, 'http://x').searchParams.get('person')!;
    expect(await countOf(item)).toBe(await assetCount(page, `album_id=${tokyo.id}&person_id=${id}`));
  }
  const person = people.first();
  const personName = (await person.locator('.sidebar__name').textContent())!;
  const personCount = await countOf(person);
  const personId = new URL((await person.getAttribute('href'))!, 'http://x').searchParams.get('person')!;
  await person.click();
  await expect(page).toHaveTitle(`Tokyo 2024 · ${personName} — Contact Sheet`);
  await photosFooter(page, personCount);
  // The chosen person stays on top, marked.
  await expect(section(page, 'People').locator('.sidebar__item').first()).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.screenshot({ path: 'tests/screenshots/everyday-album-person.png' });

  // Albums now narrow to those holding the person, Tokyo pinned on top, each count exact.
  const albumItems = section(page, 'Albums').locator('.sidebar__item');
  await expect(albumItems.first()).toHaveText(new RegExp(`^Tokyo 2024${personCount}$`));
  const others = (await albumItems.all()).slice(1);
  expect(others.length).toBeGreaterThan(0);
  for (const item of others) {
    const id = new URL((await item.getAttribute('href'))!, 'http://x').searchParams.get('album')!;
    const count = await countOf(item);
    expect(count).toBeGreaterThan(0);
    expect(count).toBe(await assetCount(page, `album_id=${id}&person_id=${personId}`));
  }
  const next = others[0]!;
  const nextCount = await countOf(next);
  await next.click();
  await expect(page).toHaveURL(new RegExp(`person=${personId}`));
  await photosFooter(page, nextCount);
  await expect(page.getByText('No photos match these filters')).toHaveCount(0);
});

test('a photo that isn’t there, and an album that isn’t: plain words, a way back, no Retry', async ({
  page,
}) => {
  await page.goto('/assets/asset_2222222222222222222222');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This photo isn’t in your library');
  await expect(alert).toContainText('It may have been moved or deleted.');
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show all faces' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Back to photos' })).toBeFocused();
  await page.screenshot({ path: 'tests/screenshots/everyday-photo-missing.png' });
  await page.getByRole('link', { name: 'Back to photos' }).click();
  await expect(page.locator('a.tile').first()).toBeVisible();

  await page.goto('/?album=album_nope');
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Unknown album');
  await expect(page.getByText('This album isn’t in your library')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expect(page.getByText(/album_id/)).toHaveCount(0);
  await page.screenshot({ path: 'tests/screenshots/everyday-album-unknown.png' });
  await page.getByRole('link', { name: 'Remove it from the filters' }).click();
  await expect(page).not.toHaveURL(/album=/);
  await expect(page.locator('a.tile').first()).toBeVisible();
});

for (const [locale, month, day] of [
  [
    'de-DE',
    /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$/,
    /^(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \S+ \d{4}$/,
  ],
  [
    'en-US',
    /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
    /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]+ \d{1,2}, \d{4}$/,
  ],
] as const) {
  test(`dates read in the browser’s language: ${locale}`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('.month-section__title').first()).toHaveText(month);
    await expect(page.locator('.month-row__day').first()).toHaveText(day);
    await page.screenshot({ path: `tests/screenshots/everyday-dates-${locale}.png` });
    await context.close();
  });
}

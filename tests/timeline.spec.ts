import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The timeline as a person uses it, in Chromium, on the demo library (320 photos, 44 months from
 * 2021 to 2025) served by the real server: scrolling through the years, the scrubber, jumping to a
 * date, the URL's `?at=`, filters, photo shapes, placeholders and the viewer across months.
 * Screenshots land in test-results/timeline/ (git-ignored) for a human to look at.
 */

type Asset = { id: string; local_datetime: string; width: number | null; height: number | null };
type List<T> = { data: T[]; has_more: boolean };
type Named = { id: string; name: string | null };

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** `2019-07` → `July 2019`, as the timeline titles its months. */
const monthLabel = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
/** The wall-clock month of an asset (its `local_datetime` is naive wall time plus an offset). */
const monthOf = (asset: Asset) => asset.local_datetime.slice(0, 7);

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/timeline/${name}.png` });

async function apiJson<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path);
  expect(res.ok(), path).toBe(true);
  return (await res.json()) as T;
}

/** Every asset of a filter, newest first, as the API lists them (the demo fits in one page). */
async function assetsOf(page: Page, query = ''): Promise<Asset[]> {
  const list = await apiJson<List<Asset>>(page, `/api/assets?limit=1000${query ? `&${query}` : ''}`);
  expect(list.has_more).toBe(false);
  return list.data;
}

/** Distinct months of a newest-first list, in order. */
const monthsOf = (assets: Asset[]) => [...new Set(assets.map(monthOf))];

const scroller = (page: Page) => page.getByRole('region', { name: 'Photos' });
const tiles = (page: Page) => page.locator('a.timeline-tile');
const tileOf = (page: Page, id: string) => page.locator(`a.timeline-tile[data-asset-id="${id}"]`);
const section = (page: Page, month: string) => page.locator(`section.month-section[data-month="${month}"]`);
const monthInView = (page: Page) => page.locator('.timeline__month');
const scrubber = (page: Page) => page.getByRole('slider', { name: 'Timeline' });

async function openTimeline(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(tiles(page).first()).toBeVisible();
}

/** Some tile inside the scroll region's viewport has its thumbnail decoded. */
async function expectPhotosPainted(page: Page): Promise<void> {
  await expect
    .poll(() =>
      scroller(page).evaluate((root) => {
        const box = root.getBoundingClientRect();
        return [...root.querySelectorAll<HTMLImageElement>('a.timeline-tile img')].some((img) => {
          const r = img.getBoundingClientRect();
          return r.bottom > box.top && r.top < box.bottom && img.complete && img.naturalWidth > 0;
        });
      }),
    )
    .toBe(true);
}

/**
 * Scroll by a share of the viewport and wait (in the page, frame by frame) until no
 * not-yet-loaded space is in view. False when the scroll could not move (the end).
 */
async function scrollAndSettle(page: Page, screens: number): Promise<boolean> {
  return scroller(page).evaluate(async (root, by) => {
    const before = root.scrollTop;
    root.scrollBy(0, root.clientHeight * by);
    const moved = root.scrollTop !== before;
    const pendingInView = () => {
      const box = root.getBoundingClientRect();
      return [...root.querySelectorAll('.month-section__pending')].some((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > box.top && r.top < box.bottom;
      });
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    // Two frames first: the virtualizer renders the new range on the scroll event's frame.
    await frame();
    await frame();
    for (const t0 = performance.now(); pendingInView(); await frame())
      if (performance.now() - t0 > 10_000) throw new Error('photos in view never loaded');
    return moved;
  }, screens);
}

/** What is mounted now: tile ids and section months, in DOM order. */
const mounted = (page: Page) =>
  scroller(page).evaluate((root) => ({
    ids: [...root.querySelectorAll<HTMLElement>('a.timeline-tile')].map((el) => el.dataset.assetId!),
    months: [...root.querySelectorAll<HTMLElement>('section.month-section')].map((el) => el.dataset.month!),
  }));

/** Scroll from the top to the end, collecting every month and photo the timeline showed. */
async function scrollThrough(page: Page, onStep?: (step: number) => Promise<void>) {
  const ids = new Set<string>();
  const months = new Set<string>();
  const labels: string[] = [];
  let maxMounted = 0;
  for (let step = 0; step < 200; step++) {
    const now = await mounted(page);
    now.ids.forEach((id) => ids.add(id));
    now.months.forEach((m) => months.add(m));
    maxMounted = Math.max(maxMounted, now.ids.length);
    labels.push((await monthInView(page).textContent()) ?? '');
    await onStep?.(step);
    if (!(await scrollAndSettle(page, 1.5))) break;
  }
  return { ids, months, labels, maxMounted };
}

test('scrolls through five years: month sections newest first, day labels, the month in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const assets = await assetsOf(page);
  const months = monthsOf(assets);
  await openTimeline(page);
  await expect(section(page, months[0]!)).toHaveAttribute('aria-label', monthLabel(months[0]!));
  await expect(section(page, months[0]!).locator('h2')).toHaveText(monthLabel(months[0]!));
  await expect(monthInView(page)).toHaveText(monthLabel(months[0]!));
  await expect(page.locator('h3.month-row__day').first()).toHaveText(/\d{4}$/);
  await expect(tiles(page).first().locator('img')).toHaveAttribute('alt', /Photo/);
  await expectPhotosPainted(page);
  await shot(page, 'desktop-1440-top');

  const seen = await scrollThrough(page, async (step) => {
    if (step === 6) await shot(page, 'desktop-1440-scrolled');
  });
  // Every month and every photo was on screen on the way down; never all at once.
  expect([...seen.months]).toEqual(months);
  expect(seen.ids.size).toBe(assets.length);
  expect(seen.maxMounted).toBeLessThanOrEqual(150);
  // The month in view only ever moved back in time, through every year.
  const order = seen.labels.map((label) => months.findIndex((m) => monthLabel(m) === label));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(new Set(seen.labels.map((l) => l.slice(-4))).size).toBe(
    new Set(months.map((m) => m.slice(0, 4))).size,
  );
  // At the end: the oldest photo, and its month is the one in view.
  await expect(tileOf(page, assets.at(-1)!.id)).toBeInViewport();
  await expect(monthInView(page)).toHaveText(monthLabel(months.at(-1)!));
  await shot(page, 'desktop-1440-end');
});

test('the scrubber: keys by month and year, Home/End, click and drag travel; the month in view follows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const assets = await assetsOf(page);
  const months = monthsOf(assets);
  await openTimeline(page);
  const rail = scrubber(page);
  await expect(rail).toHaveAttribute('aria-valuetext', monthLabel(months[0]!));

  const expectAt = async (month: string) => {
    await expect(rail).toHaveAttribute('aria-valuetext', monthLabel(month));
    await expect(monthInView(page)).toHaveText(monthLabel(month));
    await expect(section(page, month)).toBeInViewport();
    await expectPhotosPainted(page);
  };

  await rail.focus();
  await page.keyboard.press('End');
  await expectAt(months.at(-1)!);
  await expect(tileOf(page, assets.at(-1)!.id)).toBeInViewport();
  await page.keyboard.press('Home');
  await expectAt(months[0]!);
  await page.keyboard.press('ArrowDown');
  await expectAt(months[1]!);
  await page.keyboard.press('ArrowUp');
  await expectAt(months[0]!);
  // Page keys by year: the newest month of the year before, and back to this year's newest.
  await page.keyboard.press('PageDown');
  await expectAt(months.find((m) => m.slice(0, 4) < months[0]!.slice(0, 4))!);
  await page.keyboard.press('PageUp');
  await expectAt(months[0]!);

  // Click the middle of the rail: somewhere in the middle years, and the view agrees with the rail.
  const box = (await rail.boundingBox())!;
  // The rail says the month the timeline reports once it has landed, a few frames after the click:
  // wait for it to move off the newest month rather than read it at once.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const railIndex = async () => {
    const text = await rail.getAttribute('aria-valuetext');
    return months.findIndex((m) => monthLabel(m) === text);
  };
  await expect.poll(railIndex).toBeGreaterThan(months.length * 0.2);
  const clickedIndex = await railIndex();
  expect(clickedIndex).toBeLessThan(months.length * 0.8);
  await expectAt(months[clickedIndex]!);

  // Drag from the top to near the bottom and let go: older than where the click landed.
  // (Inside the rail: the slider's own padding above it is not part of the track.)
  await page.mouse.move(box.x + box.width / 2, box.y + 16);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(box.x + box.width / 2, box.y + (box.height * 0.9 * i) / 10);
  await shot(page, 'desktop-1440-scrubbing');
  await page.mouse.up();
  // It lands on the month under the pointer (its label stays by the mouse). The rail follows the
  // month in view, so it may pass through a month of the drag first: wait for that one, don't
  // take the first one past the click (under load that read a month the view only passed).
  const dropped = await page.locator('.scrubber-label').textContent();
  const droppedIndex = months.findIndex((m) => monthLabel(m) === dropped);
  expect(droppedIndex).toBeGreaterThan(clickedIndex);
  await expectAt(months[droppedIndex]!);
});

test('jump to a date lands on the newest photo on or before it; reload and Back land on the same month', async ({
  page,
}) => {
  const assets = await assetsOf(page);
  // A day deep in the library (not on the first screens), and the photo a jump to it must land on.
  const day = assets[Math.floor(assets.length * 0.75)]!.local_datetime.slice(0, 10);
  const expected = assets.find((a) => a.local_datetime.slice(0, 10) <= day)!;
  await openTimeline(page);

  // By year and month first: the month's newest photo (the newest on or before its last day).
  const other = monthOf(assets[Math.floor(assets.length * 0.4)]!);
  await page.getByRole('button', { name: 'Jump to date' }).click();
  const form = page.getByRole('dialog', { name: 'Jump to date' });
  await form.getByLabel('Year').selectOption(other.slice(0, 4));
  await form.getByLabel('Month').selectOption({ label: monthLabel(other).split(' ')[0]! });
  await form.getByRole('button', { name: 'Go' }).click();
  await expect(tileOf(page, assets.find((a) => monthOf(a) === other)!.id)).toBeFocused();
  await expect(monthInView(page)).toHaveText(monthLabel(other));

  // Then a typed date, with Enter.
  await page.getByRole('button', { name: 'Jump to date' }).click();
  await form.getByLabel('Or a date').fill(day);
  await page.keyboard.press('Enter');
  const landed = tileOf(page, expected.id);
  await expect(landed).toBeInViewport();
  await expect(landed).toBeFocused();
  await expect(monthInView(page)).toHaveText(monthLabel(monthOf(expected)));
  await expect(page).toHaveURL(new RegExp(`[?&]at=${monthOf(expected)}`));
  await shot(page, 'jumped');

  await page.reload();
  await expect(section(page, monthOf(expected))).toBeInViewport();
  await expect(monthInView(page)).toHaveText(monthLabel(monthOf(expected)));
  await expectPhotosPainted(page);

  // Leave for an album, come Back: the same month again.
  await page
    .locator('.sidebar')
    .getByRole('link')
    .filter({ hasText: /^Family/ })
    .first()
    .click();
  await expect(page).toHaveURL(/album=/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`[?&]at=${monthOf(expected)}`));
  await expect(section(page, monthOf(expected))).toBeInViewport();
  await expect(monthInView(page)).toHaveText(monthLabel(monthOf(expected)));
});

test('filtered by an album, then a person: only their photos, only their months', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const albums = await apiJson<List<Named>>(page, '/api/albums');
  const album = albums.data.find((a) => a.name === 'Family')!;
  const people = await apiJson<List<Named>>(page, '/api/people');
  const person = people.data.find((p) => p.name === 'Ana Ferreira') ?? people.data.find((p) => p.name)!;
  await openTimeline(page);

  const expectOnly = async (assets: Asset[]) => {
    // Wait for the new timeline (a filter is a fresh one, from the top).
    await expect(section(page, monthOf(assets[0]!))).toBeVisible();
    await expect(tiles(page).first()).toHaveAttribute('data-asset-id', assets[0]!.id);
    const seen = await scrollThrough(page);
    expect([...seen.months]).toEqual(monthsOf(assets));
    expect([...seen.ids].sort()).toEqual(assets.map((a) => a.id).sort());
  };

  await page.getByRole('link', { name: new RegExp(`^${album.name}`) }).click();
  await expect(page).toHaveURL(new RegExp(`album=${album.id}`));
  await expectOnly(await assetsOf(page, `album_id=${album.id}`));

  await page.getByRole('link', { name: /Clear album filter/ }).click();
  await page.locator('.sidebar__item--person', { hasText: person.name! }).click();
  await expect(page).toHaveURL(new RegExp(`person=${person.id}`));
  await expectOnly(await assetsOf(page, `person_id=${person.id}`));
});

test('every tile keeps its photo’s shape, at desktop and phone sizes', async ({ page }) => {
  const check = async (name: string) => {
    await expectPhotosPainted(page);
    const boxes = await tiles(page).evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { id: (el as HTMLElement).dataset.assetId!, width: r.width, height: r.height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(5);
    const details = await Promise.all(boxes.map((box) => apiJson<Asset>(page, `/api/assets/${box.id}`)));
    for (const [i, box] of boxes.entries()) {
      const asset = details[i]!;
      // Tile edges and the row height are each rounded to whole px (±0.5 px each): the width
      // is within 1 px of the exact shape at that height, plus half a pixel of height's worth.
      const ratio = asset.width! / asset.height!;
      expect(
        Math.abs(box.width - box.height * ratio),
        `${name} ${box.id}: ${box.width}×${box.height} for ${asset.width}×${asset.height}`,
      ).toBeLessThanOrEqual(1 + 0.5 * ratio);
    }
    await shot(page, name);
  };
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openTimeline(page);
  await check('desktop-1920');
  await page.getByRole('button', { name: 'Bigger photos' }).click();
  await check('desktop-1920-bigger');
  await page.getByRole('button', { name: 'Smaller photos' }).click();
  await page.getByRole('button', { name: 'Smaller photos' }).click();
  await check('desktop-1920-smaller');
  await page.setViewportSize({ width: 390, height: 844 });
  await openTimeline(page);
  await check('phone-390');
  const first = (await tiles(page).first().boundingBox())!;
  expect(first.x + first.width).toBeLessThanOrEqual(390);
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('photos take the width the scrubber gutter held; a tap at the edge opens the photo', async ({
    page,
  }) => {
    await openTimeline(page);
    await expectPhotosPainted(page);
    // The rightmost tile of the first full row reaches the 16 px padding, not a 56 px gutter.
    const rights = await tiles(page).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    const right = Math.max(...rights);
    expect(right).toBeGreaterThan(390 - 16 - 2);
    // The scrubber (no handle while nothing scrolls) takes no tap over the photos under it.
    const tile = tiles(page).filter({ has: page.locator('img') });
    const edge = await tile.evaluateAll((els, r) => {
      const el = els.find((e) => Math.abs(e.getBoundingClientRect().right - r) < 1)!;
      const box = el.getBoundingClientRect();
      return { id: (el as HTMLElement).dataset.assetId!, x: box.right - 8, y: box.top + box.height / 2 };
    }, right);
    await page.touchscreen.tap(edge.x, edge.y);
    await expect(page).toHaveURL(new RegExp(`/assets/${edge.id}`));
  });
});

test('each tile shows its ThumbHash until its thumbnail arrives', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.endsWith('/thumbnail'),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.goto('/');
  const tile = tiles(page).first();
  await expect(tile).toBeVisible();
  await expect(tile).toHaveCSS('background-image', /^url\("data:image\/png;base64,/);
  expect(await tile.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(0);
  await shot(page, 'placeholders');
  release();
  await expectPhotosPainted(page);
  await expect(tile.locator('img')).toHaveClass(/tile__image--loaded/);
  await expect(tile).toHaveCSS('background-image', 'none');
});

test('the viewer’s arrows cross a month boundary; Esc returns to the same photo, focused', async ({
  page,
}) => {
  const assets = await assetsOf(page);
  const months = monthsOf(assets);
  const lastOfNewest = assets.filter((a) => monthOf(a) === months[0]).at(-1)!;
  const firstOfNext = assets.find((a) => monthOf(a) === months[1])!;
  await openTimeline(page);
  await tileOf(page, lastOfNewest.id).click();
  const viewer = page.getByRole('dialog', { name: 'Photo viewer' });
  await expect(viewer).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/assets/${lastOfNewest.id}`));

  // Each key once the photo it steps from is shown, as a person sees it before pressing again.
  const shows = async (asset: Asset) => {
    await expect(page).toHaveURL(new RegExp(`/assets/${asset.id}`));
    await expect(page.locator('.viewer-photo-frame img').first()).toHaveJSProperty('complete', true);
    await expect(page.locator('.viewer-photo-frame img').first()).toHaveAttribute(
      'src',
      new RegExp(asset.id),
    );
  };
  await shows(lastOfNewest);
  await page.keyboard.press('ArrowRight');
  await shows(firstOfNext);
  await page.keyboard.press('ArrowLeft');
  await shows(lastOfNewest);
  await page.keyboard.press('ArrowRight');
  await shows(firstOfNext);

  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  const back: Locator = tileOf(page, firstOfNext.id);
  await expect(back).toBeInViewport();
  await expect(back).toBeFocused();
});

import { execFile } from 'node:child_process';
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { writePhotoFolder } from '../server/testing/photo-folder.ts';
import { PROJECT_DIR, startServerProcess, type ServerProcess } from '../server/testing/server-process.ts';

/**
 * The open gallery follows the folder (issue 13): the real indexer, run in ANOTHER process over
 * the same index.db, adds and removes photos while the gallery is open, and the gallery shows it
 * without a reload: at the top the photo simply appears; scrolled down, a "1 new photo" pill.
 */

const run = promisify(execFile);
let photos: string;
let data: string;
let server: ServerProcess;

const grid = (page: Page) => page.getByRole('region', { name: 'Photos' });
const month = (page: Page, id: string) => page.locator(`section[data-month="${id}"]`);

/** A photo taken at `exifDate` (`2024:06:01 12:00:00`), written into the watched folder. */
async function addPhoto(name: string, exifDate: string): Promise<string> {
  const file = path.join(photos, name);
  await sharp({ create: { width: 120, height: 80, channels: 3, background: '#c84' } })
    .jpeg({ quality: 80 })
    .withExif({ IFD0: { Make: 'Contact Sheet', Model: 'Test Camera' }, IFD2: { DateTimeOriginal: exifDate } })
    .toFile(file);
  return file;
}

/** The indexer as a process of its own, writing the served index. */
async function indexInAnotherProcess(): Promise<void> {
  await run(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/testing/index-cli.ts',
      '--db',
      path.join(data, 'index.db'),
      '--photos',
      photos,
    ],
    { cwd: PROJECT_DIR, timeout: 60_000 },
  );
}

test.beforeAll(async () => {
  photos = await mkdtemp(path.join(tmpdir(), 'cs-live-photos-'));
  data = await mkdtemp(path.join(tmpdir(), 'cs-live-data-'));
  // 40 photos a day and a half apart: January to March 2023, enough to scroll.
  await writePhotoFolder(photos, { count: 40, albums: 0, width: 120, height: 80 });
  server = await startServerProcess({ args: ['--photos', photos, '--data', data, '--no-build'] });
});

test.afterAll(async () => {
  await server?.stop();
  await rm(photos, { recursive: true, force: true });
  await rm(data, { recursive: true, force: true });
});

test('a photo indexed by another process appears at the top, and goes when deleted, without a reload', async ({
  page,
}) => {
  await page.goto(server.url);
  await expect(month(page, '2023-01')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));

  const file = await addPhoto('new-at-top.jpg', '2024:05:04 10:00:00');
  await indexInAnotherProcess();
  await expect(month(page, '2024-05')).toBeVisible({ timeout: 10_000 });
  await expect(grid(page).getByText('41 photos')).toBeAttached();

  await unlink(file);
  await indexInAnotherProcess();
  await expect(month(page, '2024-05')).toHaveCount(0, { timeout: 10_000 });
  await expect(grid(page).getByText('40 photos')).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
});

for (const viewport of [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`scrolled down (${viewport.name}), new photos above wait behind a pill that goes to the top`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(server.url);
    await expect(month(page, '2023-01')).toBeAttached();
    await grid(page).evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(page).toHaveURL(/[?&]at=2023-0[12]/);
    const before = await month(page, '2023-01').boundingBox();

    const file = await addPhoto(`new-${viewport.name}.jpg`, '2024:06:01 12:00:00');
    await indexInAnotherProcess();
    const pill = page.getByRole('button', { name: '1 new photo' });
    await expect(pill).toBeVisible({ timeout: 10_000 });
    // What the person is looking at did not move, and the new month waits above.
    expect((await month(page, '2023-01').boundingBox())?.y).toBeCloseTo(before!.y, 0);
    await expect(month(page, '2024-06')).toHaveCount(0);
    if (process.env.LIVE_SCREENSHOTS)
      await page.screenshot({ path: path.join(process.env.LIVE_SCREENSHOTS, `pill-${viewport.name}.png`) });

    await pill.click();
    await expect(month(page, '2024-06')).toBeVisible();
    await expect(pill).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]at=/);

    await unlink(file);
    await indexInAnotherProcess();
    await expect(month(page, '2024-06')).toHaveCount(0, { timeout: 10_000 });
  });
}

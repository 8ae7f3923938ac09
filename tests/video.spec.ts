import { expect, test, type Page } from '@playwright/test';

/**
 * Videos and Live Photos in the viewer, in Chromium, on the demo library's generated clips (made
 * by ffmpeg when the demo is generated): a clip plays from a ranged stream and seeks with the
 * keyboard, an HEVC clip plays from its H.264 copy, a Live Photo's motion plays over its still.
 */

type Asset = {
  id: string;
  original_file_name: string;
  mime_type: string;
  live_photo_video_url?: string | null;
};

async function demoAsset(page: Page, name: string): Promise<Asset> {
  const res = await page.request.get('/api/assets?limit=1000');
  const { data } = (await res.json()) as { data: Asset[] };
  const asset = data.find((a) => a.original_file_name === name);
  expect(asset, `${name} in the demo library (is ffmpeg installed?)`).toBeDefined();
  return asset!;
}

const currentTime = (page: Page, selector: string) =>
  page.locator(selector).evaluate((video: HTMLVideoElement) => video.currentTime);

test('a video plays from a ranged stream, Space pauses it and → seeks while ← → still step photos elsewhere', async ({
  page,
}) => {
  const ranged: number[] = [];
  page.on('response', (res) => {
    if (res.url().includes('/video')) ranged.push(res.status());
  });
  const clip = await demoAsset(page, 'harbour.mp4');
  await page.goto(`/assets/${clip.id}`);
  const video = page.locator('video.video-player');
  await expect(video).toHaveAttribute('poster', /thumbnail/);
  await video.focus();
  await page.keyboard.press(' ');
  await expect.poll(() => currentTime(page, 'video.video-player')).toBeGreaterThan(0.3);
  expect(ranged).toContain(206);

  await page.keyboard.press(' ');
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
  const before = await currentTime(page, 'video.video-player');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => currentTime(page, 'video.video-player')).toBeGreaterThan(before + 0.2);
  await expect(page).toHaveURL(new RegExp(`/assets/${clip.id}`)); // → seeked, did not step away

  // Without focus on the video, → is the viewer's again: the next asset.
  await video.evaluate((v: HTMLVideoElement) => v.blur());
  await page.keyboard.press('ArrowRight');
  await expect(page).not.toHaveURL(new RegExp(`/assets/${clip.id}`));
});

test('an HEVC clip plays from its H.264 copy', async ({ page }) => {
  const clip = await demoAsset(page, 'hevc.mov');
  await page.goto(`/assets/${clip.id}`);
  // "Preparing video…" shows while the copy is made (only on the first visit: it is kept).
  const video = page.locator('video.video-player');
  await expect(video).toBeVisible({ timeout: 20_000 });
  await video.evaluate((v: HTMLVideoElement) => v.play());
  await expect.poll(() => currentTime(page, 'video.video-player')).toBeGreaterThan(0.2);
});

test('a Live Photo plays its motion on hover and from the Live button', async ({ page }) => {
  const still = await demoAsset(page, 'IMG_0001.JPG');
  expect(still.live_photo_video_url).toBeTruthy();
  const names = (await (await page.request.get('/api/assets?limit=1000')).json()) as { data: Asset[] };
  expect(names.data.map((a) => a.original_file_name)).not.toContain('IMG_0001.MOV');

  await page.goto(`/assets/${still.id}`);
  const motion = page.locator('video.live-photo__motion');
  await expect(motion).toHaveCount(0);
  await page.locator('.viewer-photo-frame').hover();
  await expect.poll(() => currentTime(page, 'video.live-photo__motion')).toBeGreaterThan(0.1);
  await page.mouse.move(5, 450);
  await expect(motion).toHaveCount(0);

  const live = page.getByRole('button', { name: 'Play the Live Photo' });
  await live.click();
  await expect(live).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => currentTime(page, 'video.live-photo__motion')).toBeGreaterThan(0.1);
});

test('a slideshow plays a video through, pauses it with the show and moves on when it ends', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const clip = await demoAsset(page, 'harbour.mp4');
  await page.goto(`/assets/${clip.id}?slideshow=1`);
  const show = page.getByRole('dialog', { name: 'Slideshow' });
  const video = show.locator('video.slideshow__video');
  await expect(video).toHaveAttribute('data-asset-id', clip.id);
  await expect.poll(() => currentTime(page, 'video.slideshow__video')).toBeGreaterThan(0.2);

  await page.keyboard.press(' ');
  await expect(show.getByRole('status')).toHaveText('Paused');
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);

  await page.keyboard.press(' ');
  // The 3 s clip ends and the show moves on to the next asset.
  await expect(page).not.toHaveURL(new RegExp(`/assets/${clip.id}`), { timeout: 15_000 });
});

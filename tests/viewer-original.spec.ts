import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { startServerProcess, type ServerProcess } from '../server/testing/server-process.ts';

/**
 * Zooming past the 4096 px full-size rendering of a large JPEG draws the original file itself,
 * so 100 % on a 6000 px photo is one of its own pixels per screen pixel, not a stretched
 * rendering. A server of its own indexes a folder holding one such photo (the demo's are 1600 px).
 */

const WIDTH = 6000;
const HEIGHT = 4000;
let folder: string;
let dataDir: string;
let server: ServerProcess;

/** A 6000×4000 JPEG with fine detail: noise, so a stretched rendering and the original differ. */
async function writeLargePhoto(file: string): Promise<void> {
  await sharp({
    create: {
      width: WIDTH,
      height: HEIGHT,
      channels: 3,
      background: '#6a8caf',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 80 })
    .toFile(file);
}

test.beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'contact-sheet-original-'));
  dataDir = await mkdtemp(path.join(tmpdir(), 'contact-sheet-original-data-'));
  await writeLargePhoto(path.join(folder, 'panorama.jpg'));
  server = await startServerProcess({
    args: ['--photos', folder, '--data', dataDir, '--no-build'],
    timeoutMs: 90_000,
  });
});

test.afterAll(async () => {
  await server?.stop();
  for (const dir of [folder, dataDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

test('zooming a 6000 px JPEG to 100 % draws the original, after the full size', async ({ page }) => {
  const listed = (await (await page.request.get(`${server.url}/api/assets`)).json()) as {
    data: { id: string; width: number; download_url?: string }[];
  };
  expect(listed.data).toHaveLength(1);
  const photo = listed.data[0]!;
  expect(photo.width).toBe(WIDTH);
  const originalRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes(`/api/assets/${photo.id}/download`)) originalRequests.push(r.url());
  });

  await page.goto(`${server.url}/assets/${photo.id}`);
  const preview = page.locator('.viewer-photo-frame img').first();
  await expect(preview).toHaveJSProperty('complete', true);
  // At the fit, neither the full size nor the original is fetched.
  expect(originalRequests).toHaveLength(0);

  const box = (await preview.boundingBox())!;
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.viewer-zoom-stage')).toHaveAttribute('data-zoom-percent', '100');
  const original = page.locator('img.viewer__image--original');
  await expect(original).toHaveAttribute('data-loaded', 'true', { timeout: 20_000 });
  expect(originalRequests.length).toBeGreaterThan(0);
  const drawn = await original.evaluate((img: HTMLImageElement) => ({
    natural: img.naturalWidth,
    css: img.getBoundingClientRect().width,
    dpr: window.devicePixelRatio,
  }));
  expect(drawn.natural).toBe(WIDTH);
  expect(Math.abs(drawn.css * drawn.dpr - drawn.natural)).toBeLessThanOrEqual(1);
  // The full size came first (it paints sooner) and stays under the original.
  await expect(page.locator('img.viewer__image--full:not(.viewer__image--original)')).toHaveAttribute(
    'data-loaded',
    'true',
  );
});

/**
 * Issue 13: a photo copied into a served folder shows in the open gallery within 10 s, without a
 * reload (the server watches its folders; the gallery hears that the index changed). A server of
 * its own over a small folder, so the shared demo library stays as the other tests expect it.
 */
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { writePhotoFolder } from '../server/testing/photo-folder.ts';
import { startServerProcess, type ServerProcess } from '../server/testing/server-process.ts';

const OWN_PORT = Number(process.env.E2E_WATCH_PORT ?? 5196);

let work: string;
let server: ServerProcess;

test.beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'cs-e2e-watch-'));
  await writePhotoFolder(path.join(work, 'photos'), { count: 3, albums: 0 });
  await writePhotoFolder(path.join(work, 'spare'), { count: 4, albums: 0 });
  server = await startServerProcess({
    args: ['--photos', path.join(work, 'photos'), '--data', path.join(work, 'data'), '--no-build'],
    port: OWN_PORT,
    timeoutMs: 60_000,
  });
});
test.afterAll(async () => {
  await server?.stop();
  await rm(work, { recursive: true, force: true });
});

test('a photo copied into the folder appears in the open gallery without a reload', async ({ page }) => {
  await page.goto(`${server.url}/`);
  const tiles = page.locator('a.tile');
  await expect(tiles).toHaveCount(3);
  // The spare's last photo, made unique (the same generator drew the library's first three).
  const copied = path.join(work, 'photos', 'copied.jpg');
  await cp(path.join(work, 'spare', 'IMG_0003.jpg'), copied);
  await appendFile(copied, 'copied');
  await expect(tiles).toHaveCount(4, { timeout: 10_000 });
});

/**
 * Chromium for the benchmarks and the gallery's first paint: Debian's Chromium with the toolchain
 * flags plus vsync and the frame-rate cap off (toolchain gotchas 3 and 4), one fresh context per
 * visit, and a breakdown of what the first thumbnail waited for.
 */
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM } from '../lib/machine.ts';
import { INIT_SCRIPT, SELECTORS, type BenchGlobals } from './probes.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu-vsync',
  '--disable-frame-rate-limit',
];
export const VIEWPORT = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export const newContext = (browser: Browser) =>
  browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });

/** Milliseconds after navigation start at which each step towards the first thumbnail ended. */
export interface FirstPaint {
  paintMs: number;
  htmlMs: number | null;
  scriptsMs: number | null;
  /** The app's first commit to the DOM. */
  commitMs: number | null;
  listRequestMs: number | null;
  listResponseMs: number | null;
  imageRequestMs: number | null;
  imageResponseMs: number | null;
  imageLoadMs: number | null;
  /** The longest main-thread task that started before the first thumbnail was painted. */
  longestTaskMs: number | null;
}

export async function openGallery(
  context: BrowserContext,
  url: string,
  timeoutMs = 30_000,
): Promise<{ page: Page; firstPaint: FirstPaint }> {
  const page = await context.newPage();
  await page.addInitScript(INIT_SCRIPT);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => (window as unknown as { __bench: BenchGlobals }).__bench.firstImagePaint !== null,
    null,
    { timeout: timeoutMs, polling: 50 },
  );
  const firstPaint = await page.evaluate((gridImage) => {
    const bench = (window as unknown as { __bench: BenchGlobals }).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const list = resources.find((r) => r.name.includes('/api/assets?'));
    // The scripts the page started with, not the chunks the app fetched once running.
    const named = new Set(bench.pageScripts);
    const scripts = resources.filter((r) => named.has(r.name));
    const src = document.querySelector<HTMLImageElement>(gridImage)?.currentSrc ?? '';
    const image =
      resources.find((r) => r.name === src) ?? resources.find((r) => r.name.includes('/thumbnail'));
    const end = (r: PerformanceResourceTiming | undefined) => (r ? r.responseEnd : null);
    return {
      paintMs: bench.firstImagePaint!,
      htmlMs: nav ? nav.responseEnd : null,
      scriptsMs: scripts.length ? Math.max(...scripts.map((r) => r.responseEnd)) : null,
      commitMs: bench.firstCommit,
      listRequestMs: list ? list.startTime : null,
      listResponseMs: end(list),
      imageRequestMs: image ? image.startTime : null,
      imageResponseMs: end(image),
      imageLoadMs: bench.firstImageLoad,
      longestTaskMs: Math.max(
        0,
        ...bench.longTasks.filter((t) => t.start < bench.firstImagePaint!).map((t) => t.duration),
      ),
    };
  }, SELECTORS.image);
  return { page, firstPaint };
}

/** Used JS heap after a forced GC, in MB (CDP), or null. */
export async function heapMb(page: Page): Promise<number | null> {
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return Math.round((usedSize / 2 ** 20) * 10) / 10;
  } catch {
    return null;
  }
}

/**
 * Empty the server's image cache. Renamed away first: the server may still be writing thumbnails
 * an earlier visit asked for, and removing a folder that gains files meanwhile fails.
 */
export async function emptyImageCache(dataDir: string): Promise<void> {
  const dir = path.join(dataDir, 'thumbnails');
  const aside = `${dir}.old-${process.pid}-${Date.now()}`;
  const moved = await rename(dir, aside).then(
    () => true,
    () => false,
  );
  if (moved) await rm(aside, { recursive: true, force: true, maxRetries: 5 });
}

/** First thumbnail in a fresh browser, with the server's image cache emptied first when `dataDir` is given. */
export async function firstThumbnail(
  browser: Browser,
  url: string,
  dataDir: string | null,
): Promise<FirstPaint> {
  if (dataDir) await emptyImageCache(dataDir);
  const context = await newContext(browser);
  try {
    return (await openGallery(context, url)).firstPaint;
  } finally {
    await context.close();
  }
}

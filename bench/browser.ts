/**
 * Browser benchmark at one library size, in Debian's Chromium with vsync and the frame-rate cap
 * off (toolchain gotcha 4), so frame times are what a frame costs. Every measurement degrades to
 * "n/a" with its reason when the gallery doesn't offer what it looks for yet.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { gridGeometry, INIT_SCRIPT, maxScrollHeight, openDetail, scrollGrid, SELECTORS, type BenchGlobals, type ScrollSample } from './browser/probes.ts';
import { CHROMIUM } from './lib/machine.ts';
import { summarize, type Summary } from './lib/stats.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-gpu-vsync', '--disable-frame-rate-limit',
];
const VIEWPORT = { width: 1280, height: 800 };
const SCROLL_SPEED = 3000;

export interface MainThreadShares {
  jsPct: number;
  browserPct: number;
  gcPct: number;
  idlePct: number;
}

export interface ScrollFigures {
  seconds: number;
  speedPxPerS: number;
  /** How far the gesture actually moved the grid in the time watched. */
  distancePx: number;
  frames: Summary;
  longTasks: { count: number; totalMs: number; maxMs: number };
  maxImages: number;
  imagesMedian: number;
  maxDomNodes: number;
  waitingMs: number;
  heapBeforeMb: number | null;
  heapAfterMb: number | null;
  mainThread: MainThreadShares | null;
}

export interface BrowserResult {
  size: number;
  firstThumbnail: { coldMs: number | null; warmMs: number | null };
  scroll: ScrollFigures | null;
  fling: { seconds: number; assetsReached: number; assetsPerSecond: number; waitingMs: number; frames: Summary } | null;
  reach: { maxScrollPx: number; pxPerAsset: number; neededPx: number; reachableAssets: number; allReachable: boolean } | null;
  detail: {
    /** First click of the session (may load the viewer's code). */
    clickMs: number | null;
    clickImageMs: number | null;
    /** ArrowRight to the preloaded neighbour. */
    nextMs: number | null;
    nextImageMs: number | null;
    /** Escape, then a click on another photo. */
    againMs: number | null;
    againImageMs: number | null;
  } | null;
  notes: string[];
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

async function openGallery(context: BrowserContext, url: string, timeoutMs = 30_000): Promise<{ page: Page; firstPaintMs: number }> {
  const page = await context.newPage();
  await page.addInitScript(INIT_SCRIPT);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __bench: BenchGlobals }).__bench.firstImagePaint !== null, null, { timeout: timeoutMs, polling: 50 });
  const paint = await page.evaluate(() => (window as unknown as { __bench: BenchGlobals }).__bench.firstImagePaint);
  return { page, firstPaintMs: paint! };
}

async function heapMb(page: Page): Promise<number | null> {
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

const reason = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

function scrollFigures(sample: ScrollSample, seconds: number, before: number | null, after: number | null): ScrollFigures {
  return {
    seconds,
    distancePx: Math.round(sample.distance),
    speedPxPerS: SCROLL_SPEED,
    frames: summarize(sample.frames),
    longTasks: {
      count: sample.longTasks.length,
      totalMs: Math.round(sample.longTasks.reduce((sum, t) => sum + t.duration, 0)),
      maxMs: Math.round(Math.max(0, ...sample.longTasks.map((t) => t.duration))),
    },
    maxImages: Math.max(0, ...sample.images),
    imagesMedian: summarize(sample.images).median,
    maxDomNodes: Math.max(0, ...sample.domNodes),
    waitingMs: Math.round(sample.waitingMs),
    heapBeforeMb: before,
    heapAfterMb: after,
    mainThread: null,
  };
}

/**
 * A smooth scroll gesture through the compositor at SCROLL_SPEED, as a wheel or touchpad gives,
 * while the page watches its own frames for `seconds`.
 */
async function watchWhileScrolling(page: Page, seconds: number): Promise<ScrollSample> {
  const box = await page.locator(SELECTORS.grid).boundingBox();
  if (!box) throw new Error('the grid has no box');
  const cdp = await page.context().newCDPSession(page);
  try {
    const watching = page.evaluate(scrollGrid, { s: SELECTORS, durationMs: seconds * 1000, mode: 'watch' as const });
    const gesture = cdp.send('Input.synthesizeScrollGesture', {
      x: Math.round(box.x + box.width / 2),
      y: Math.round(box.y + box.height / 2),
      yDistance: -SCROLL_SPEED * (seconds + 1),
      speed: SCROLL_SPEED,
      gestureSourceType: 'mouse',
    });
    const sample = await watching;
    await gesture.catch(() => undefined);
    return sample;
  } finally {
    await cdp.detach();
  }
}

/**
 * Where the renderer's main thread spends a steady scroll, from V8's sampling profiler over
 * another stretch of the same scroll: JavaScript (the gallery, React, the virtualizer), the
 * browser's own work (style, layout, paint: V8 sees it as "(program)"), GC, idle.
 */
async function mainThreadShares(page: Page, seconds: number): Promise<MainThreadShares> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await watchWhileScrolling(page, seconds);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
    const totals = { js: 0, browser: 0, gc: 0, idle: 0 };
    (profile.samples ?? []).forEach((id, i) => {
      const name = byId.get(id) ?? '';
      const dt = profile.timeDeltas?.[i] ?? 0;
      const kind = name === '(program)' ? 'browser' : name === '(idle)' ? 'idle' : name === '(garbage collector)' ? 'gc' : 'js';
      totals[kind] += dt / 1000;
    });
    const all = totals.js + totals.browser + totals.gc + totals.idle || 1;
    const share = (v: number) => Math.round((v / all) * 100);
    return { jsPct: share(totals.js), browserPct: share(totals.browser), gcPct: share(totals.gc), idlePct: share(totals.idle) };
  } finally {
    await cdp.detach();
  }
}

/** First thumbnail painted after navigation, in a fresh browser, with the server's image cache emptied first. */
export async function coldFirstThumbnail(browser: Browser, url: string, dataDir: string | null): Promise<number> {
  if (dataDir) await rm(path.join(dataDir, 'thumbnails'), { recursive: true, force: true });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    return (await openGallery(context, url)).firstPaintMs;
  } finally {
    await context.close();
  }
}

/** First thumbnail painted after navigation in a fresh browser (the server's cache as it is). */
export async function warmFirstThumbnail(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    return (await openGallery(context, url)).firstPaintMs;
  } finally {
    await context.close();
  }
}

/** The gallery at `url` over a library of `size` assets whose server keeps images in `dataDir`. */
export async function runBrowserBenchmark(browser: Browser, size: number, url: string, dataDir: string | null, options: { quick: boolean; log: (line: string) => void }): Promise<BrowserResult> {
  const result: BrowserResult = { size, firstThumbnail: { coldMs: null, warmMs: null }, scroll: null, fling: null, reach: null, detail: null, notes: [] };
  const newContext = () => browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const step = async (name: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (error) {
      result.notes.push(`${name}: n/a (${reason(error)})`);
      options.log(`  ${name}: n/a (${reason(error)})`);
    }
  };

  // First thumbnail with the server's image cache empty, then in a fresh browser with it warm.
  await step('first thumbnail (cold)', async () => {
    result.firstThumbnail.coldMs = await coldFirstThumbnail(browser, url, dataDir);
  });
  const context = await newContext();
  try {
    let page: Page | null = null;
    await step('first thumbnail (warm)', async () => {
      const opened = await openGallery(context, url);
      page = opened.page;
      result.firstThumbnail.warmMs = opened.firstPaintMs;
    });
    if (!page) return result;
    const p: Page = page;
    const seconds = options.quick ? 3 : 10;
    await step('steady scroll', async () => {
      await p.waitForTimeout(300);
      const before = await heapMb(p);
      const sample = await watchWhileScrolling(p, seconds);
      result.scroll = scrollFigures(sample, seconds, before, await heapMb(p));
      result.scroll.mainThread = await mainThreadShares(p, options.quick ? 2 : 4).catch(() => null);
      options.log(`  scroll: p95 frame ${result.scroll.frames.p95.toFixed(1)} ms, ≤${result.scroll.maxImages} images, ${result.scroll.longTasks.count} long tasks`);
    });
    await step('reach', async () => {
      const maxScrollPx = await p.evaluate(maxScrollHeight);
      const geometry = await p.evaluate(gridGeometry, SELECTORS);
      const pxPerAsset = geometry.pxPerAsset;
      const reachableAssets = Math.min(size, Math.floor((maxScrollPx - geometry.clientHeight) / pxPerAsset));
      result.reach = { maxScrollPx, pxPerAsset: Math.round(pxPerAsset * 100) / 100, neededPx: Math.round(pxPerAsset * size), reachableAssets, allReachable: reachableAssets >= size };
    });
    const flingSeconds = options.quick ? 3 : 15;
    await step('fling', async () => {
      const sample = await p.evaluate(scrollGrid, { s: SELECTORS, durationMs: flingSeconds * 1000, mode: 'fling' as const });
      const reached = sample.maxAssetIndex + 1;
      result.fling = { seconds: flingSeconds, assetsReached: reached, assetsPerSecond: Math.round(reached / flingSeconds), waitingMs: Math.round(sample.waitingMs), frames: summarize(sample.frames) };
      options.log(`  fling: ${reached} assets reached in ${flingSeconds} s`);
    });
    await step('detail', async () => {
      const { page: fresh } = await openGallery(context, url);
      const ids = await fresh.$$eval(SELECTORS.tile, (tiles) => tiles.slice(0, 12).map((t) => (t as HTMLElement).dataset.assetId!));
      const [id, next] = [ids[2], ids[3]];
      if (!id || !next) throw new Error('fewer than four tiles with data-asset-id');
      const expectOf = async (assetId: string) =>
        fresh.evaluate(async (a) => {
          const asset = (await (await fetch(`/api/assets/${a}`)).json()) as { exif: { iso?: number | null } | null };
          return asset.exif?.iso ? `ISO ${asset.exif.iso}` : '';
        }, assetId);
      const timeoutMs = 10_000;
      const click = await fresh.evaluate(openDetail, { s: SELECTORS, id, expect: await expectOf(id), key: false, timeoutMs });
      await fresh.waitForTimeout(800); // let the viewer preload its neighbours
      const nextExpect = await expectOf(next);
      const pending = fresh.evaluate(openDetail, { s: SELECTORS, id: next, expect: nextExpect, key: true, timeoutMs });
      await fresh.keyboard.press('ArrowRight');
      const key = await pending;
      // Close, then open another photo: a click once the viewer's code is loaded and the list cached.
      await fresh.keyboard.press('Escape');
      await fresh.waitForSelector('[role="dialog"]', { state: 'detached', timeout: 5000 });
      await fresh.waitForTimeout(300);
      const other = ids[6] ?? ids[1]!;
      const again = await fresh.evaluate(openDetail, { s: SELECTORS, id: other, expect: await expectOf(other), key: false, timeoutMs });
      result.detail = { clickMs: click.dataMs, clickImageMs: click.imageMs, nextMs: key.dataMs, nextImageMs: key.imageMs, againMs: again.dataMs, againImageMs: again.imageMs };
      if (click.dataMs === null) result.notes.push('detail: the details panel with EXIF did not appear within 10 s of the click');
      await fresh.close();
    });
  } finally {
    await context.close();
  }
  return result;
}

/**
 * Browser benchmark at one library size: first thumbnail, a steady scroll (frames, long tasks,
 * mounted images and DOM nodes, waiting on pages, heap), how far the grid can be scrolled at all,
 * a fling to the end of what is loaded, and opening photos. Every measurement degrades to "n/a"
 * with its reason when the gallery doesn't offer what it looks for yet.
 */
import type { Browser, Page } from '@playwright/test';
import { measureDetail, type DetailFigures } from './browser/detail.ts';
import { gridGeometry, maxScrollHeight, scrollGrid, SELECTORS } from './browser/probes.ts';
import {
  framesWithoutImages,
  mainThreadShares,
  scrollFigures,
  steadyScroll,
  type ScrollFigures,
} from './browser/scrolling.ts';
import { firstThumbnail, heapMb, newContext, openGallery, type FirstPaint } from './browser/session.ts';
import { measureTimeline, type TimelineFigures } from './browser/timeline.ts';
import { summarize, type Summary } from './lib/stats.ts';

export { launchBrowser } from './browser/session.ts';

export interface BrowserResult {
  size: number;
  firstThumbnail: { cold: FirstPaint | null; warm: FirstPaint | null };
  scroll: ScrollFigures | null;
  fling: {
    seconds: number;
    assetsReached: number;
    assetsPerSecond: number;
    waitingMs: number;
    frames: Summary;
  } | null;
  reach: {
    maxScrollPx: number;
    pxPerAsset: number;
    neededPx: number;
    reachableAssets: number;
    allReachable: boolean;
  } | null;
  detail: DetailFigures | null;
  /** The timeline's own figures (issue 11), in their own 1440×900 context. */
  timeline: TimelineFigures | null;
  notes: string[];
}

/** Longest a browser step may take before it is reported n/a and the run goes on. */
const STEP_TIMEOUT_MS = 5 * 60_000;

const reason = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

/** The gallery at `url` over a library of `size` assets whose server keeps images in `dataDir`. */
export async function runBrowserBenchmark(
  browser: Browser,
  size: number,
  url: string,
  dataDir: string | null,
  options: { quick: boolean; log: (line: string) => void },
): Promise<BrowserResult> {
  const result: BrowserResult = {
    size,
    firstThumbnail: { cold: null, warm: null },
    scroll: null,
    fling: null,
    reach: null,
    detail: null,
    timeline: null,
    notes: [],
  };
  // A step that never returns (a page that stopped answering once held a whole run for 50
  // minutes) becomes an n/a row: each step is logged as it starts and given STEP_TIMEOUT_MS.
  const step = async (name: string, fn: () => Promise<void>) => {
    options.log(`  ${name}…`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`timed out after ${STEP_TIMEOUT_MS / 1000} s`)),
        STEP_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([fn(), timeout]);
    } catch (error) {
      result.notes.push(`${name}: n/a (${reason(error)})`);
      options.log(`  ${name}: n/a (${reason(error)})`);
    } finally {
      clearTimeout(timer);
    }
  };

  // First thumbnail with the server's image cache empty, then in a fresh browser with it warm.
  await step('first thumbnail (cold)', async () => {
    result.firstThumbnail.cold = await firstThumbnail(browser, url, dataDir);
  });
  const context = await newContext(browser);
  try {
    let page: Page | null = null;
    await step('first thumbnail (warm)', async () => {
      const opened = await openGallery(context, url);
      page = opened.page;
      result.firstThumbnail.warm = opened.firstPaint;
    });
    if (!page) return result;
    const p: Page = page;
    const seconds = options.quick ? 3 : 10;
    await step('steady scroll', async () => {
      await p.waitForTimeout(300);
      const before = await heapMb(p);
      const sample = await steadyScroll(p, seconds);
      result.scroll = scrollFigures(sample, seconds, before, await heapMb(p));
      options.log(
        `  scroll: p95 frame ${result.scroll.frames.p95.toFixed(1)} ms, ≤${result.scroll.maxImages} images, ${result.scroll.longTasks.count} long tasks`,
      );
      result.scroll.mainThread = await mainThreadShares(p, options.quick ? 2 : 4).catch(() => null);
      result.scroll.framesWithoutImages = await framesWithoutImages(p, options.quick ? 2 : 4).catch(
        () => null,
      );
    });
    await step('reach', async () => {
      const maxScrollPx = await p.evaluate(maxScrollHeight);
      const geometry = await p.evaluate(gridGeometry, SELECTORS);
      const pxPerAsset = geometry.pxPerAsset;
      const reachableAssets = Math.min(size, Math.floor((maxScrollPx - geometry.clientHeight) / pxPerAsset));
      result.reach = {
        maxScrollPx,
        pxPerAsset: Math.round(pxPerAsset * 100) / 100,
        neededPx: Math.round(pxPerAsset * size),
        reachableAssets,
        allReachable: reachableAssets >= size,
      };
    });
    const flingSeconds = options.quick ? 3 : 15;
    await step('fling', async () => {
      const sample = await p.evaluate(scrollGrid, {
        s: SELECTORS,
        durationMs: flingSeconds * 1000,
        mode: 'fling' as const,
      });
      const reached = sample.maxAssetIndex + 1;
      result.fling = {
        seconds: flingSeconds,
        assetsReached: reached,
        assetsPerSecond: Math.round(reached / flingSeconds),
        waitingMs: Math.round(sample.waitingMs),
        frames: summarize(sample.frames),
      };
      options.log(`  fling: ${reached} assets reached in ${flingSeconds} s`);
    });
    await step('detail', async () => {
      result.detail = await measureDetail(context, url, options.quick ? 3 : 5);
      if (result.detail.clickMs === null)
        result.notes.push(
          'detail: the details panel with EXIF did not appear within 10 s of the first click',
        );
    });
  } finally {
    await context.close();
  }
  await step('timeline', async () => {
    result.timeline = await measureTimeline(browser, url, options);
    result.notes.push(...result.timeline.notes);
  });
  return result;
}

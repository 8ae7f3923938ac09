/**
 * The timeline's figures (issue 11, "Speed"): every asset reachable by scrolling to the end and by
 * the scrubber's End, the scrubber's let-go → first thumbnails painted on random months, how far
 * the photo in view moves while sections load around it after a jump, mounted thumbnails at every
 * row size, thumbnail bytes per screenful, and a steady scroll beside a static page of the same
 * tiles scrolled the same way in the same run. Each part degrades to a note when it can't run.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { percentile, summarize, type Summary } from '../lib/stats.ts';
import { INIT_SCRIPT } from './probes.ts';
import { steadyScroll, SCROLL_SPEED } from './scrolling.ts';
import { openGallery } from './session.ts';
import {
  armScrubWatch,
  holdAtEnd,
  placedTiles,
  readScrubWatch,
  screenBytes,
  staticPageHtml,
  TIMELINE,
  type PlacedTile,
} from './timeline-probes.ts';

export interface TimelineFigures {
  /** Time to the oldest asset's thumbnail in view by scrolling, to the oldest month's by the scrubber's End (null: never within the timeout). */
  reach: { oldestId: string; byScrollingMs: number | null; byScrubberMs: number | null } | null;
  scrub: { paintMs: (number | null)[]; medianMs: number | null; months: (string | null)[] } | null;
  /** Largest move of the first visible photo after each of the scrub jumps, px. */
  anchoring: { maxMovePx: number | null; movesPx: (number | null)[] } | null;
  /** Most thumbnails mounted during a short steady scroll at each row size, smallest first. */
  mounted: number[] | null;
  bytesPerScreen: { medianKb: number; screens: number } | null;
  steady: { frames: Summary; staticFrames: Summary; ratio: number; tiles: number } | null;
  notes: string[];
}

export const LIMITS = { scrubPaintMs: 300, anchorPx: 1, mounted: 150, steadyRatio: 1.3 } as const;

const reason = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));
const SCRUBS = 10;
const END_TIMEOUT_MS = 30_000;

/** A small seeded generator (mulberry32): the same "random" months on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export async function openTimeline(context: BrowserContext, url: string): Promise<Page> {
  const { page } = await openGallery(context, url);
  const timeline = await page
    .waitForSelector(TIMELINE.canvas, { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (!timeline) {
    await page.close();
    throw new Error('no timeline on this page (the server has no counts, or it is not built yet)');
  }
  // The default buffer keeps 250 entries: the bytes per screenful read thousands.
  await page.evaluate(() => performance.setResourceTimingBufferSize(1_000_000));
  return page;
}

async function oldestAsset(page: Page): Promise<{ id: string; month: string }> {
  return page.evaluate(async () => {
    const res = await fetch('/api/assets?order=asc&limit=1');
    const body = (await res.json()) as { data: { id: string; local_datetime: string }[] };
    if (!res.ok || !body.data[0]) throw new Error(`oldest asset: HTTP ${res.status}`);
    return { id: body.data[0].id, month: body.data[0].local_datetime.slice(0, 7) };
  });
}

async function measureReach(
  context: BrowserContext,
  url: string,
): Promise<NonNullable<TimelineFigures['reach']>> {
  const page = await openTimeline(context, url);
  try {
    const oldest = await oldestAsset(page);
    const oldestId = oldest.id;
    const byScrollingMs = await page.evaluate(holdAtEnd, {
      s: TIMELINE,
      id: oldestId,
      month: null,
      timeoutMs: END_TIMEOUT_MS,
      scroll: true,
    });
    await page.reload();
    await page.waitForSelector(TIMELINE.canvas);
    await page.locator(TIMELINE.slider).focus();
    await page.keyboard.press('End');
    const byScrubberMs = await page.evaluate(holdAtEnd, {
      s: TIMELINE,
      id: oldestId,
      month: oldest.month,
      timeoutMs: END_TIMEOUT_MS,
      scroll: false,
    });
    return { oldestId, byScrollingMs, byScrubberMs };
  } finally {
    await page.close();
  }
}

/** Let go of the scrubber on SCRUBS seeded-random places of its rail, each watched to paint and settle. */
export async function measureScrubs(page: Page): Promise<{
  scrub: NonNullable<TimelineFigures['scrub']>;
  anchoring: NonNullable<TimelineFigures['anchoring']>;
}> {
  const box = await page.locator(TIMELINE.slider).boundingBox();
  if (!box) throw new Error('the scrubber is not visible');
  const random = seeded(11);
  const x = box.x + box.width / 2;
  const paintMs: (number | null)[] = [];
  const movesPx: (number | null)[] = [];
  const months: (string | null)[] = [];
  for (let i = 0; i < SCRUBS; i++) {
    const y = box.y + 2 + random() * (box.height - 4);
    await page.mouse.move(x, y - 6);
    // Armed before the drag: what is in view then is "before"; the clock starts at the let-go.
    await page.evaluate(armScrubWatch, { s: TIMELINE, timeoutMs: 5000, anchorMs: 1500 });
    await page.mouse.down();
    await page.mouse.move(x, y, { steps: 3 });
    await page.mouse.up();
    const watch = await page.evaluate(readScrubWatch);
    paintMs.push(watch.paintMs === null ? null : Math.round(watch.paintMs));
    movesPx.push(watch.movePx === null ? null : Math.round(watch.movePx * 10) / 10);
    months.push(watch.month);
  }
  const painted = paintMs.filter((v): v is number => v !== null);
  const moves = movesPx.filter((v): v is number => v !== null);
  return {
    scrub: {
      paintMs,
      months,
      medianMs: painted.length === paintMs.length ? percentile(painted, 50) : null,
    },
    anchoring: { movesPx, maxMovePx: moves.length ? Math.max(...moves) : null },
  };
}

async function measureBytes(
  page: Page,
  screens: number,
): Promise<NonNullable<TimelineFigures['bytesPerScreen']>> {
  const root = page.locator(TIMELINE.root);
  const bytes: number[] = [];
  for (let i = 0; i < screens; i++) {
    // Three screens on each time: thumbnails the page has not asked for yet.
    await root.evaluate((el) => el.scrollBy(0, el.clientHeight * 3));
    const b = await page.evaluate(screenBytes, { s: TIMELINE, timeoutMs: 10_000 });
    if (b !== null) bytes.push(b);
  }
  if (!bytes.length) throw new Error('no screenful of thumbnails loaded');
  return { medianKb: Math.round(percentile(bytes, 50) / 1024), screens: bytes.length };
}

const sizeButton = (page: Page, name: 'Smaller photos' | 'Bigger photos') =>
  page.getByRole('button', { name, exact: true });

/** From the smallest row size up to the biggest, a short steady scroll at each. */
export async function measureMounted(page: Page, seconds: number): Promise<number[]> {
  for (let i = 0; i < 10 && (await sizeButton(page, 'Smaller photos').isEnabled()); i++)
    await sizeButton(page, 'Smaller photos').click();
  // A new size is a new layout of every month: scrolled before its tiles are back, a 1M library
  // counted 0 thumbnails at every size.
  const tilesBack = () =>
    page
      .waitForFunction((s) => document.querySelectorAll(`${s.tile} img`).length > 0, TIMELINE, {
        timeout: 10_000,
      })
      .catch(() => undefined);
  const most: number[] = [];
  for (let i = 0; i < 10; i++) {
    await tilesBack();
    const sample = await steadyScroll(page, seconds);
    most.push(Math.max(0, ...sample.images));
    if (!(await sizeButton(page, 'Bigger photos').isEnabled())) break;
    await sizeButton(page, 'Bigger photos').click();
  }
  return most;
}

/**
 * The steady scroll over the timeline, then over a static page of the tiles that scroll passes
 * (recorded by stepping through the same distance first, so both draw cached images).
 */
export async function measureSteady(
  context: BrowserContext,
  page: Page,
  seconds: number,
): Promise<NonNullable<TimelineFigures['steady']>> {
  const root = page.locator(TIMELINE.root);
  const start = await root.evaluate((el) => el.scrollTop);
  const tiles = new Map<string, PlacedTile>();
  const distance = SCROLL_SPEED * seconds;
  const clientHeight = await root.evaluate((el) => el.clientHeight);
  for (let done = 0; done <= distance + clientHeight; done += clientHeight / 2) {
    await root.evaluate((el, top) => (el.scrollTop = top), start + done);
    await page.evaluate(screenBytes, { s: TIMELINE, timeoutMs: 5000 });
    for (const t of (await page.evaluate(placedTiles, TIMELINE)).tiles) tiles.set(t.id, t);
  }
  await root.evaluate((el, top) => (el.scrollTop = top), start);
  await page.waitForTimeout(300);
  const frames = summarize((await steadyScroll(page, seconds)).frames);

  const box = (await root.boundingBox())!;
  const copy = await context.newPage();
  try {
    // Same origin (so the images come from this context's cache), none of the gallery's code.
    await copy.goto(new URL('/api/libraries', page.url()).href);
    await copy.setContent(staticPageHtml([...tiles.values()], box));
    await copy.evaluate(INIT_SCRIPT);
    await copy.evaluate(async (top) => {
      const el = document.querySelector<HTMLElement>('[role="region"]')!;
      el.scrollTop = top;
      await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
    }, start);
    const staticFrames = summarize((await steadyScroll(copy, seconds)).frames);
    return { frames, staticFrames, ratio: frames.p95 / staticFrames.p95, tiles: tiles.size };
  } finally {
    await copy.close();
  }
}

/** The issue's viewport for the timeline's figures. */
export const TIMELINE_VIEWPORT = { width: 1440, height: 900 };

/** Every timeline figure at this library size, in a fresh 1440×900 context. */
export async function measureTimeline(
  browser: Browser,
  url: string,
  options: { quick: boolean; log: (line: string) => void },
): Promise<TimelineFigures> {
  const context = await browser.newContext({ viewport: TIMELINE_VIEWPORT, deviceScaleFactor: 1 });
  try {
    return await measureIn(context, url, options);
  } finally {
    await context.close();
  }
}

async function measureIn(
  context: BrowserContext,
  url: string,
  options: { quick: boolean; log: (line: string) => void },
): Promise<TimelineFigures> {
  const figures: TimelineFigures = {
    reach: null,
    scrub: null,
    anchoring: null,
    mounted: null,
    bytesPerScreen: null,
    steady: null,
    notes: [],
  };
  const step = async (name: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (error) {
      figures.notes.push(`timeline ${name}: n/a (${reason(error)})`);
      options.log(`  timeline ${name}: n/a (${reason(error)})`);
    }
  };
  await step('reach', async () => {
    figures.reach = await measureReach(context, url);
    options.log(
      `  timeline reach: end ${figures.reach.byScrollingMs ?? 'never'} ms, scrubber End ${figures.reach.byScrubberMs ?? 'never'} ms`,
    );
  });
  const seconds = options.quick ? 2 : 4;
  let page: Page | null = null;
  await step('open', async () => {
    page = await openTimeline(context, url);
  });
  if (!page) return figures;
  const p: Page = page;
  try {
    await step('steady scroll', async () => {
      figures.steady = await measureSteady(context, p, seconds);
      options.log(
        `  timeline steady p95 ${figures.steady.frames.p95.toFixed(1)} ms vs static ${figures.steady.staticFrames.p95.toFixed(1)} ms`,
      );
    });
    await step('bytes per screenful', async () => {
      figures.bytesPerScreen = await measureBytes(p, 5);
    });
    await step('scrubber', async () => {
      const { scrub, anchoring } = await measureScrubs(p);
      figures.scrub = scrub;
      figures.anchoring = anchoring;
      options.log(
        `  timeline scrub: median ${scrub.medianMs ?? 'n/a'} ms, anchor ≤ ${anchoring.maxMovePx} px`,
      );
    });
    await step('mounted per row size', async () => {
      figures.mounted = await measureMounted(p, options.quick ? 1 : 2);
    });
  } finally {
    await p.close();
  }
  return figures;
}

type Verdict = '✅' | '❌' | 'n/a';
const verdict = (ok: boolean | null): Verdict => (ok === null ? 'n/a' : ok ? '✅' : '❌');
const label = (size: number) =>
  size >= 1e6 ? `${size / 1e6}M` : size >= 1e3 ? `${Math.round(size / 1e3)}k` : String(size);

/** The timeline's rows of the goals table: target beside the figure at each size run. */
export function timelineGoalRows(runs: { size: number; timeline: TimelineFigures | null }[]): string[] {
  const at = runs.filter((r) => r.timeline);
  const each = (fn: (t: TimelineFigures) => string) =>
    at.map((r) => `${label(r.size)}: ${fn(r.timeline!)}`).join('; ') || 'n/a';
  const all = (ok: (t: TimelineFigures) => boolean | null) => {
    const known = at.map((r) => ok(r.timeline!)).filter((v): v is boolean => v !== null);
    return verdict(known.length ? known.every(Boolean) : null);
  };
  const reached = (ms: number | null) =>
    ms === null ? 'not reached in 30 s' : `reached in ${Math.round(ms)} ms`;
  const biggest = at.at(-1);
  const reachNote = biggest && biggest.size < 1_000_000 ? ' (1M not run)' : '';
  const rows = [
    `| timeline: oldest asset in view by scrolling to the end${reachNote} | 100 % at 1M | ${each((t) => (t.reach ? reached(t.reach.byScrollingMs) : 'n/a'))} | ${all((t) => (t.reach ? t.reach.byScrollingMs !== null : null))} |`,
    `| timeline: oldest month in view by the scrubber's End${reachNote} | 100 % at 1M | ${each((t) => (t.reach ? reached(t.reach.byScrubberMs) : 'n/a'))} | ${all((t) => (t.reach ? t.reach.byScrubberMs !== null : null))} |`,
    `| scrubber let go → first thumbnails painted, ${SCRUBS} months | median ≤ ${LIMITS.scrubPaintMs} ms | ${each((t) => (t.scrub ? `${t.scrub.medianMs ?? 'n/a'} ms (${t.scrub.paintMs.map((v) => v ?? '–').join(', ')})` : 'n/a'))} | ${all((t) => (t.scrub?.medianMs == null ? null : t.scrub.medianMs <= LIMITS.scrubPaintMs))} |`,
    `| anchoring: first visible photo's move while sections load after a jump | ≤ ${LIMITS.anchorPx} px | ${each((t) => (t.anchoring ? `max ${t.anchoring.maxMovePx ?? 'n/a'} px` : 'n/a'))} | ${all((t) => (t.anchoring?.maxMovePx == null ? null : t.anchoring.maxMovePx <= LIMITS.anchorPx))} |`,
    `| timeline thumbnails mounted, every row size (smallest → biggest) | ≤ ${LIMITS.mounted} | ${each((t) => (t.mounted ? t.mounted.join(' / ') : 'n/a'))} | ${all((t) => (t.mounted ? t.mounted.every((n) => n <= LIMITS.mounted) : null))} |`,
    `| thumbnail bytes per screenful (1440×900, default size) | report | ${each((t) => (t.bytesPerScreen ? `${t.bytesPerScreen.medianKb} KB (median of ${t.bytesPerScreen.screens})` : 'n/a'))} | |`,
    `| timeline steady scroll p95 / static page of the same tiles p95 | ≤ ${LIMITS.steadyRatio} | ${each((t) => (t.steady ? `${t.steady.ratio.toFixed(2)} (${t.steady.frames.p95.toFixed(1)} / ${t.steady.staticFrames.p95.toFixed(1)} ms, ${t.steady.tiles} tiles)` : 'n/a'))} | ${all((t) => (t.steady ? t.steady.ratio <= LIMITS.steadyRatio : null))} |`,
  ];
  return rows;
}

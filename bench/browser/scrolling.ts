/**
 * Scrolling the grid steadily while the page watches its own frames, and where the renderer's
 * main thread spends that time.
 */
import type { Browser, Page } from '@playwright/test';
import { summarize, type Summary } from '../lib/stats.ts';
import { INIT_SCRIPT, scrollGrid, SELECTORS, type ScrollSample } from './probes.ts';
import { newContext } from './session.ts';

export const SCROLL_SPEED = 3000;

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
  /** The same scroll with the grid's images hidden: what the images' decoding and painting cost. */
  framesWithoutImages: Summary | null;
}

/** A steady scroll at SCROLL_SPEED for `seconds`, frames watched by the page. */
export async function steadyScroll(page: Page, seconds: number): Promise<ScrollSample> {
  return page.evaluate(scrollGrid, {
    s: SELECTORS,
    durationMs: seconds * 1000,
    mode: 'steady' as const,
    speed: SCROLL_SPEED,
  });
}

export function scrollFigures(
  sample: ScrollSample,
  seconds: number,
  before: number | null,
  after: number | null,
): ScrollFigures {
  return {
    seconds,
    speedPxPerS: SCROLL_SPEED,
    distancePx: Math.round(sample.distance),
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
    framesWithoutImages: null,
  };
}

/**
 * Where the renderer's main thread spends a steady scroll, from V8's sampling profiler over
 * another stretch of it: JavaScript (the gallery, React, the virtualizer), the browser's own work
 * (style, layout, paint: V8 counts it as "(program)"), GC, idle.
 */
export async function mainThreadShares(page: Page, seconds: number): Promise<MainThreadShares> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await steadyScroll(page, seconds);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
    const totals = { js: 0, browser: 0, gc: 0, idle: 0 };
    (profile.samples ?? []).forEach((id, i) => {
      const name = byId.get(id) ?? '';
      const dt = profile.timeDeltas?.[i] ?? 0;
      const kind =
        name === '(program)'
          ? 'browser'
          : name === '(idle)'
            ? 'idle'
            : name === '(garbage collector)'
              ? 'gc'
              : 'js';
      totals[kind] += dt / 1000;
    });
    const all = totals.js + totals.browser + totals.gc + totals.idle || 1;
    const share = (v: number) => Math.round((v / all) * 100);
    return {
      jsPct: share(totals.js),
      browserPct: share(totals.browser),
      gcPct: share(totals.gc),
      idlePct: share(totals.idle),
    };
  } finally {
    await cdp.detach();
  }
}

/** Frame times of the same gesture with the grid's images hidden (a control, not a user's view). */
export async function framesWithoutImages(page: Page, seconds: number): Promise<Summary> {
  const style = await page.addStyleTag({ content: `${SELECTORS.image} { display: none !important; }` });
  try {
    return summarize((await steadyScroll(page, seconds)).frames);
  } finally {
    await style.evaluate((el: Element) => el.remove());
  }
}

/** The floor: an empty, tall box in the grid's place scrolled the same way, in this browser on this machine. */
export async function emptyPageFrames(browser: Browser, seconds: number): Promise<Summary> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.setContent(
      '<body style="margin:0"><div role="region" aria-label="Photos" style="height:800px;overflow:auto"><div style="height:100000px"></div></div></body>',
    );
    await page.evaluate(INIT_SCRIPT);
    return summarize((await steadyScroll(page, seconds)).frames);
  } finally {
    await context.close();
  }
}

/**
 * Code that runs inside the gallery page. Each function is serialised by Playwright, so it may
 * use only its argument and browser globals (the init script defines `__name`, which tsx's
 * keep-names transform inserts into function bodies).
 */

export const SELECTORS = {
  grid: '[role="region"][aria-label="Photos"]',
  image: '[role="region"][aria-label="Photos"] img',
  placeholder: '.tile--placeholder, [data-testid="placeholder-row"]',
  tile: '[role="region"][aria-label="Photos"] [data-asset-id]',
  details: 'aside[aria-label="Photo details"]',
} as const;
export type Selectors = typeof SELECTORS;

/** Installed before any page script: first grid image loaded and painted, long tasks. */
export const INIT_SCRIPT = `
globalThis.__name = globalThis.__name || ((f) => f);
window.__bench = { firstCommit: null, firstImageLoad: null, firstImagePaint: null, longTasks: [], pageScripts: [] };
// The scripts the HTML names (the entry and its modulepreloads), before the app adds any of its own.
document.addEventListener('DOMContentLoaded', () => {
  window.__bench.pageScripts = [...document.querySelectorAll('script[src], link[rel="modulepreload"]')]
    .map((el) => el.src || el.href);
}, { once: true });
// The app's first commit: the moment #root first has content (React's first render is on the DOM).
new MutationObserver((records, observer) => {
  const root = document.getElementById('root');
  if (!root || root.childElementCount === 0) return;
  window.__bench.firstCommit = performance.now();
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {}
document.addEventListener('load', (event) => {
  const t = event.target;
  if (window.__bench.firstImageLoad !== null || !(t instanceof HTMLImageElement)) return;
  if (!t.closest('${SELECTORS.grid}')) return;
  window.__bench.firstImageLoad = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(() => { window.__bench.firstImagePaint = performance.now(); }));
}, true);
`;

export interface BenchGlobals {
  firstCommit: number | null;
  pageScripts: string[];
  firstImageLoad: number | null;
  firstImagePaint: number | null;
  longTasks: { start: number; duration: number }[];
}

export interface ScrollSample {
  frames: number[];
  images: number[];
  domNodes: number[];
  waitingMs: number;
  longTasks: { start: number; duration: number }[];
  distance: number;
  maxAssetIndex: number;
  scrollHeight: number;
}

/**
 * Scroll the grid for `durationMs` and watch its frames. `steady` moves it `speed` px/s from
 * where it is, set on every frame, so every frame has main-thread work and a requestAnimationFrame
 * delta is what that frame cost (with vsync and the frame cap off). A compositor-driven gesture
 * would not do: frames with nothing for the main thread tick at ~17 ms even on an empty page.
 * `fling` jumps to the end of what is loaded on every frame. "Waiting" is frame time while a
 * placeholder tile (a page not yet arrived) is in view, tracked by an IntersectionObserver so the
 * probe forces no layout of its own.
 */
export async function scrollGrid(arg: {
  s: Selectors;
  durationMs: number;
  mode: 'steady' | 'fling';
  speed?: number;
}): Promise<ScrollSample> {
  const grid = document.querySelector<HTMLElement>(arg.s.grid)!;
  const bench = (window as unknown as { __bench: BenchGlobals }).__bench;
  const frames: number[] = [];
  const images: number[] = [];
  const domNodes: number[] = [];
  let waitingMs = 0;
  const visible = new Set<Element>();
  const io = new IntersectionObserver(
    (entries) =>
      entries.forEach((e) => (e.isIntersecting ? visible.add(e.target) : visible.delete(e.target))),
    { root: grid },
  );
  const observeNew = () => grid.querySelectorAll(arg.s.placeholder).forEach((el) => io.observe(el));
  const mo = new MutationObserver(() => {
    observeNew();
    for (const el of visible) if (!el.isConnected) visible.delete(el);
  });
  mo.observe(grid, { childList: true, subtree: true });
  observeNew();
  const startTop = grid.scrollTop;
  const t0 = performance.now();
  let last = t0;
  let frame = 0;
  const maxIndex = () => {
    const tiles = grid.querySelectorAll<HTMLElement>('[data-asset-index]');
    return tiles.length ? Number(tiles[tiles.length - 1]!.dataset.assetIndex) : -1;
  };
  let maxAssetIndex = maxIndex();
  await new Promise<void>((resolve) => {
    const step = (now: number) => {
      const delta = now - last;
      last = now;
      if (frame++ > 0) {
        frames.push(delta);
        if (visible.size > 0) waitingMs += delta;
      }
      if (frame % 8 === 0) {
        images.push(grid.querySelectorAll('img').length);
        domNodes.push(document.getElementsByTagName('*').length);
        maxAssetIndex = Math.max(maxAssetIndex, maxIndex());
      }
      grid.scrollTop =
        arg.mode === 'fling' ? grid.scrollHeight : startTop + ((arg.speed ?? 0) * (now - t0)) / 1000;
      if (now - t0 >= arg.durationMs) resolve();
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  io.disconnect();
  mo.disconnect();
  return {
    frames,
    images,
    domNodes,
    waitingMs,
    longTasks: bench.longTasks.filter((t) => t.start >= t0),
    distance: grid.scrollTop - startTop,
    maxAssetIndex: Math.max(maxAssetIndex, maxIndex()),
    scrollHeight: grid.scrollHeight,
  };
}

/** The tallest box this browser will scroll: set a huge height and read back what it kept. */
export function maxScrollHeight(): number {
  const outer = document.createElement('div');
  outer.style.cssText = 'position:fixed;top:0;left:0;width:10px;height:10px;overflow:auto;visibility:hidden';
  const inner = document.createElement('div');
  inner.style.cssText = 'width:1px;height:1000000000px';
  outer.appendChild(inner);
  document.body.appendChild(outer);
  const kept = outer.scrollHeight;
  outer.remove();
  return kept;
}

/**
 * How tall the grid is per asset: the bottom of the last mounted tile, in the grid's content
 * coordinates, over its index + 1 (date headers included in proportion).
 */
export function gridGeometry(s: Selectors): { pxPerAsset: number; clientHeight: number; lastIndex: number } {
  const grid = document.querySelector<HTMLElement>(s.grid)!;
  const tiles = grid.querySelectorAll<HTMLElement>('[data-asset-index]');
  const last = tiles[tiles.length - 1];
  if (!last) throw new Error('no tiles with data-asset-index in the grid');
  const index = Number(last.dataset.assetIndex);
  const bottom = last.getBoundingClientRect().bottom - grid.getBoundingClientRect().top + grid.scrollTop;
  return { pxPerAsset: bottom / (index + 1), clientHeight: grid.clientHeight, lastIndex: index };
}

/**
 * Click the tile of `id` (or press ArrowRight when `key`), then time until the URL shows
 * `/assets/<id>` with the details panel holding `expect`, and until the viewer's image loaded.
 */
export async function openDetail(arg: {
  s: Selectors;
  id: string;
  expect: string;
  key: boolean;
  timeoutMs: number;
}): Promise<{ dataMs: number | null; imageMs: number | null }> {
  let t0 = performance.now();
  if (arg.key) {
    // The key is pressed by Playwright right after this starts: time from the key event.
    window.addEventListener(
      'keydown',
      (e) => {
        t0 = e.timeStamp;
      },
      { capture: true, once: true },
    );
  } else {
    document.querySelector<HTMLElement>(`[data-asset-id="${arg.id}"]`)!.click();
  }
  // Done at the frame after the one whose DOM first passes `ok`: by then that one was painted.
  const until = (ok: () => boolean) =>
    new Promise<number | null>((resolve) => {
      const check = () => {
        if (ok()) requestAnimationFrame(() => resolve(performance.now()));
        else if (performance.now() - t0 > arg.timeoutMs) resolve(null);
        else requestAnimationFrame(check);
      };
      check();
    });
  const dataAt = await until(() => {
    const aside = document.querySelector<HTMLElement>(arg.s.details);
    return location.pathname.endsWith(`/assets/${arg.id}`) && !!aside && aside.innerText.includes(arg.expect);
  });
  const imageAt = await until(() => {
    const img = document.querySelector<HTMLImageElement>('[role="dialog"] img');
    return !!img && img.complete && img.naturalWidth > 0 && img.currentSrc.includes(arg.id);
  });
  return { dataMs: dataAt === null ? null : dataAt - t0, imageMs: imageAt === null ? null : imageAt - t0 };
}

/**
 * Issue 16's interactions on the demo library, each timed in the page from its input event to the
 * frame after the page shows the answer, with the longest main-thread task while they ran:
 * the first click into the viewer once the page is idle (no hover first), Esc back to the grid,
 * and opening a filter from the sidebar (the filtered timeline's first tiles shown, and its first
 * thumbnail painted). The clicks after the first, ArrowRight and the first click straight after
 * load are bench/browser/detail.ts's rows at 10k, 100k and 1M.
 */
import type { Browser } from '@playwright/test';
import { percentile } from '../lib/stats.ts';
import { expectedText } from './detail.ts';
import { openDetail, SELECTORS } from './probes.ts';
import { newContext, openGallery } from './session.ts';

export const INTERACTION_LIMIT_MS = 100;
export const FIRST_CLICK_LIMIT_MS = 150;

export interface InteractionFigures {
  /** First click into the viewer, 1.5 s after the first thumbnail: medians over the visits. */
  firstClickMs: number | null;
  /** Esc from the viewer to the grid, the dialog gone. */
  escapeMs: number | null;
  /** A sidebar album clicked → its timeline's first tiles shown / first thumbnail painted. */
  filterTilesMs: number | null;
  filterPaintMs: number | null;
  /** The longest main-thread task that started during the interactions. */
  longestTaskMs: number | null;
  visits: number;
}

/**
 * In the page: listen for the next Escape (installed and awaited before the key is pressed, or a
 * key that came first would be missed and this would wait for ever) and leave on `window` a
 * promise of the time from its key event to the frame after the viewer left.
 */
function armEscape(arg: { timeoutMs: number }): void {
  const w = window as unknown as { __escape: Promise<number | null> };
  w.__escape = new Promise((resolve) => {
    const started = performance.now();
    let t0: number | null = null;
    window.addEventListener('keydown', (e) => (t0 = e.timeStamp), { capture: true, once: true });
    const check = () => {
      if (t0 !== null && !document.querySelector('[role="dialog"]'))
        requestAnimationFrame(() => resolve(performance.now() - t0!));
      else if (performance.now() - (t0 ?? started) > arg.timeoutMs) resolve(null);
      else requestAnimationFrame(check);
    };
    check();
  });
}

/** In the page: click the sidebar's first album; time its timeline's first tiles and first painted thumbnail. */
function timeFilter(arg: {
  grid: string;
  timeoutMs: number;
}): Promise<{ tilesMs: number | null; paintMs: number | null }> {
  const link = document.querySelector<HTMLAnchorElement>('nav[aria-label="Filters"] a[href*="album="]');
  if (!link) return Promise.resolve({ tilesMs: null, paintMs: null });
  const album = new URL(link.href).searchParams.get('album')!;
  const before = new Set(
    [...document.querySelectorAll<HTMLElement>(`${arg.grid} [data-asset-id]`)].map((t) => t),
  );
  const t0 = performance.now();
  link.click();
  const fresh = () =>
    [...document.querySelectorAll<HTMLElement>(`${arg.grid} [data-asset-id]`)].filter((t) => !before.has(t));
  const until = (ok: () => boolean) =>
    new Promise<number | null>((resolve) => {
      const check = () => {
        if (ok()) requestAnimationFrame(() => resolve(performance.now() - t0));
        else if (performance.now() - t0 > arg.timeoutMs) resolve(null);
        else requestAnimationFrame(check);
      };
      check();
    });
  const onFilter = () => new URL(location.href).searchParams.get('album') === album;
  return until(() => onFilter() && fresh().length > 0).then(async (tilesMs) => ({
    tilesMs,
    paintMs: await until(() =>
      fresh().some((t) => {
        const img = t.querySelector('img');
        return !!img && img.complete && img.naturalWidth > 0;
      }),
    ),
  }));
}

const median = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? Math.round(percentile(known, 50)) : null;
};

export async function measureInteractions(
  browser: Browser,
  url: string,
  visits = 3,
): Promise<InteractionFigures> {
  const firstClick: (number | null)[] = [];
  const escape: (number | null)[] = [];
  const filterTiles: (number | null)[] = [];
  const filterPaint: (number | null)[] = [];
  let longest = 0;
  for (let v = 0; v < visits; v++) {
    const context = await newContext(browser);
    try {
      const { page } = await openGallery(context, url);
      await page.waitForTimeout(1500);
      const since = await page.evaluate(() => performance.now());
      const id = await page.$$eval(
        SELECTORS.tile,
        (tiles, k) => (tiles[2 + k] as HTMLElement).dataset.assetId!,
        v,
      );
      const expect = await expectedText(page, id);
      const click = await page.evaluate(openDetail, {
        s: SELECTORS,
        id,
        expect,
        key: false,
        timeoutMs: 10_000,
      });
      firstClick.push(click.dataMs);
      await page.waitForTimeout(500);
      await page.evaluate(armEscape, { timeoutMs: 5000 });
      await page.keyboard.press('Escape');
      escape.push(
        await page.evaluate(() => (window as unknown as { __escape: Promise<number | null> }).__escape),
      );
      await page.waitForTimeout(500);
      const filter = await page.evaluate(timeFilter, { grid: SELECTORS.grid, timeoutMs: 10_000 });
      filterTiles.push(filter.tilesMs);
      filterPaint.push(filter.paintMs);
      const tasks = await page.evaluate(
        (t) =>
          (
            window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }
          ).__bench.longTasks
            .filter((task) => task.start >= t)
            .map((task) => task.duration),
        since,
      );
      longest = Math.max(longest, ...tasks);
    } finally {
      await context.close();
    }
  }
  return {
    firstClickMs: median(firstClick),
    escapeMs: median(escape),
    filterTilesMs: median(filterTiles),
    filterPaintMs: median(filterPaint),
    longestTaskMs: Math.round(longest),
    visits,
  };
}

const ms = (value: number | null) => (value === null ? 'n/a' : `${value} ms`);
const verdict = (value: number | null, limit: number) =>
  value === null ? 'n/a' : value <= limit ? '✅' : '❌';

/** Rows for the summary table (`| goal | target | measured | |`). */
export function renderInteractionRows(f: InteractionFigures | null, why = 'not run'): string[] {
  const row = (goal: string, limit: number, value: number | null | undefined) =>
    `| ${goal} | ≤ ${limit} ms | ${value == null ? `n/a (${why})` : ms(value)} | ${verdict(value ?? null, limit)} |`;
  const n = f ? `, medians of ${f.visits}` : '';
  return [
    row(`first click into the viewer, page idle, no hover (demo${n})`, FIRST_CLICK_LIMIT_MS, f?.firstClickMs),
    row(`Esc back to the grid (demo${n})`, INTERACTION_LIMIT_MS, f?.escapeMs),
    row(`a sidebar album opened → its first tiles shown (demo${n})`, INTERACTION_LIMIT_MS, f?.filterTilesMs),
    `| the same → its first thumbnail painted (demo${n}) | (reported) | ${f ? ms(f.filterPaintMs) : `n/a (${why})`} | |`,
    row('longest main-thread task during these interactions', 50, f?.longestTaskMs),
  ];
}

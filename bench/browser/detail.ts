/**
 * From the grid to a photo's details: the first click of a session, ArrowRight to the preloaded
 * neighbour, and later clicks, each timed in the page from the input event to the frame after the
 * URL and the details panel (with the photo's EXIF) show the photo.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { percentile } from '../lib/stats.ts';
import { openDetail, SELECTORS } from './probes.ts';
import { openGallery } from './session.ts';
import { measureZoom, type ZoomFigures } from './zoom.ts';

export interface DetailFigures {
  /** First click of the session (may load the viewer's code). */
  clickMs: number | null;
  clickImageMs: number | null;
  /** Medians over a few ArrowRight presses, each to the preloaded neighbour. */
  nextMs: number | null;
  nextImageMs: number | null;
  /** Medians over a few clicks after Escape, the viewer's code loaded and the list cached. */
  againMs: number | null;
  againImageMs: number | null;
  samples: { next: (number | null)[]; again: (number | null)[] };
  /** Double click → the full size painted at 100 % (null when the viewer has no zoom). */
  zoom: ZoomFigures | null;
}

const TIMEOUT_MS = 10_000;
const median = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === values.length && known.length ? percentile(known, 50) : null;
};

/** What the details panel shows for an asset with EXIF: its ISO (`ISO 200`), else nothing to wait for. */
export async function expectedText(page: Page, id: string): Promise<string> {
  return page.evaluate(async (assetId) => {
    const asset = (await (await fetch(`/api/assets/${assetId}`)).json()) as {
      exif: { iso?: number | null } | null;
    };
    return asset.exif?.iso ? `ISO ${asset.exif.iso}` : '';
  }, id);
}

async function closeViewer(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector('[role="dialog"]', { state: 'detached', timeout: 5000 });
  await page.waitForTimeout(300);
}

export async function measureDetail(
  context: BrowserContext,
  url: string,
  presses = 5,
): Promise<DetailFigures> {
  const { page } = await openGallery(context, url);
  try {
    const mountedIds = () =>
      page.$$eval(SELECTORS.tile, (tiles) => tiles.map((t) => (t as HTMLElement).dataset.assetId!));
    // The first thumbnail can paint while only its month is mounted (a synthetic library's
    // newest month may hold one photo): wait for the months below it to fill the screen.
    const enough = presses + 4;
    await page
      .waitForFunction(
        ({ selector, n }) => document.querySelectorAll(selector).length >= n,
        { selector: SELECTORS.tile, n: enough },
        { timeout: TIMEOUT_MS, polling: 50 },
      )
      .catch(() => undefined);
    const ids = await mountedIds();
    if (ids.length < enough) throw new Error(`only ${ids.length} tiles with data-asset-id mounted`);
    const click = await page.evaluate(openDetail, {
      s: SELECTORS,
      id: ids[2]!,
      expect: await expectedText(page, ids[2]!),
      key: false,
      timeoutMs: TIMEOUT_MS,
    });
    const next: { dataMs: number | null; imageMs: number | null }[] = [];
    for (let k = 0; k < presses; k++) {
      const id = ids[3 + k]!;
      const expect = await expectedText(page, id);
      await page.waitForTimeout(500); // the viewer preloads its neighbours meanwhile
      const pending = page.evaluate(openDetail, {
        s: SELECTORS,
        id,
        expect,
        key: true,
        timeoutMs: TIMEOUT_MS,
      });
      await page.keyboard.press('ArrowRight');
      next.push(await pending);
    }
    await closeViewer(page);
    const again: { dataMs: number | null; imageMs: number | null }[] = [];
    // Photos not opened yet, among the tiles mounted now (the grid followed the viewer).
    const used = new Set(ids.slice(0, presses + 3));
    const unopened = (await mountedIds()).filter((id) => !used.has(id));
    for (const id of unopened.slice(0, 3)) {
      again.push(
        await page.evaluate(openDetail, {
          s: SELECTORS,
          id,
          expect: await expectedText(page, id),
          key: false,
          timeoutMs: TIMEOUT_MS,
        }),
      );
      await closeViewer(page);
    }
    // Zoom on photos opened for the first time (their full size not yet asked for by anyone).
    let zoom: ZoomFigures | null = null;
    const zoomStart = unopened[3];
    if (zoomStart) {
      await page.evaluate(openDetail, {
        s: SELECTORS,
        id: zoomStart,
        expect: '',
        key: false,
        timeoutMs: TIMEOUT_MS,
      });
      zoom = await measureZoom(page).catch(() => null);
      await closeViewer(page);
    }
    return {
      clickMs: click.dataMs,
      clickImageMs: click.imageMs,
      nextMs: median(next.map((n) => n.dataMs)),
      nextImageMs: median(next.map((n) => n.imageMs)),
      againMs: median(again.map((n) => n.dataMs)),
      againImageMs: median(again.map((n) => n.imageMs)),
      samples: { next: next.map((n) => n.dataMs), again: again.map((n) => n.dataMs) },
      zoom,
    };
  } finally {
    await page.close();
  }
}

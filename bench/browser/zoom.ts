/**
 * Zoom to 100 %: from the double click on an open photo to the frame after the full-size
 * rendering is decoded and drawn one image pixel per device pixel. The first zoom of a photo
 * (the server renders and caches its full size) and again on the same photo after a reset
 * (the browser has it), medians over a few photos.
 */
import type { Page } from '@playwright/test';
import { percentile } from '../lib/stats.ts';

export interface ZoomFigures {
  /** Double click → full size painted at 1:1, first zoom of each photo (median). */
  firstMs: number | null;
  /** The same photo zoomed again after Esc (median). */
  againMs: number | null;
  samples: (number | null)[];
}

const TIMEOUT_MS = 15_000;

/**
 * Listens in the page for the next dblclick, then for the full size drawn at 1:1; its ms (or
 * null after `timeoutMs`) lands in `window.__zoomMs`. Installed and awaited before the double
 * click: a listener installed alongside it could miss it and leave the run waiting for ever.
 */
function listenForFullsize(timeoutMs: number): void {
  const w = window as unknown as { __zoomMs?: number | null };
  delete w.__zoomMs;
  const installed = performance.now();
  const giveUp = () => {
    if (!('__zoomMs' in w)) w.__zoomMs = null;
  };
  setTimeout(giveUp, timeoutMs * 2);
  window.addEventListener(
    'dblclick',
    (event) => {
      const t0 = event.timeStamp;
      const check = () => {
        const img = document.querySelector<HTMLImageElement>('img.viewer__image--full[data-loaded="true"]');
        const drawn = img ? img.getBoundingClientRect().width * window.devicePixelRatio : 0;
        // At 100 % of an original larger than the full size the rendering is drawn larger than its
        // pixels; what matters is that it is the one on screen at the zoom asked for.
        if (img && img.complete && img.naturalWidth > 0 && drawn >= img.naturalWidth - 1)
          requestAnimationFrame(() => (w.__zoomMs = performance.now() - t0));
        else if (performance.now() - Math.max(t0, installed) > timeoutMs) w.__zoomMs = null;
        else requestAnimationFrame(check);
      };
      check();
    },
    { capture: true, once: true },
  );
}

async function zoomOnce(page: Page): Promise<number | null> {
  const photo = page.locator('.viewer-photo-frame img').first();
  await photo.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  await page.waitForFunction(
    () => document.querySelector<HTMLImageElement>('.viewer-photo-frame img')?.complete === true,
  );
  const box = await photo.boundingBox();
  if (!box) return null;
  await page.evaluate(listenForFullsize, TIMEOUT_MS);
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  const handle = await page.waitForFunction(
    () => (window as unknown as { __zoomMs?: number | null }).__zoomMs !== undefined,
    undefined,
    {
      timeout: TIMEOUT_MS * 3,
    },
  );
  await handle.dispose();
  const ms = await page.evaluate(() => (window as unknown as { __zoomMs: number | null }).__zoomMs);
  await page.keyboard.press('Escape'); // back to the fit; the viewer stays open
  return ms;
}

/** With the viewer open on a photo: zoom, reset, zoom again, then step on (ArrowRight) `photos` times. */
export async function measureZoom(page: Page, photos = 3): Promise<ZoomFigures> {
  const first: (number | null)[] = [];
  const again: (number | null)[] = [];
  for (let k = 0; k < photos; k++) {
    first.push(await zoomOnce(page));
    again.push(await zoomOnce(page));
    const before = page.url();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.toString() !== before, { timeout: TIMEOUT_MS });
    await page.waitForTimeout(300);
  }
  const median = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return known.length === values.length && known.length ? percentile(known, 50) : null;
  };
  return { firstMs: median(first), againMs: median(again), samples: first };
}

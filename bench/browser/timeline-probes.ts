/**
 * Code that runs inside the timeline's page (serialised by Playwright: only its argument and
 * browser globals). The timeline's DOM: the scroll region `[role=region][aria-label=Photos]`,
 * month sections `section.month-section[data-month]`, tiles `a.timeline-tile[data-asset-id]`.
 */

export const TIMELINE = {
  root: '[role="region"][aria-label="Photos"]',
  canvas: '.timeline__canvas',
  tile: 'a.timeline-tile[data-asset-id]',
  slider: '[role="slider"][aria-label="Timeline"]',
} as const;
export type TimelineSelectors = typeof TIMELINE;

/**
 * Hold the scroll at its very end (as a person holding End does) until `id`'s tile is in view;
 * with `month` instead (the scrubber's End lands on the oldest month's start), until that month's
 * section shows a painted thumbnail in view.
 */
export async function holdAtEnd(arg: {
  s: TimelineSelectors;
  id: string;
  month: string | null;
  timeoutMs: number;
  scroll: boolean;
}): Promise<number | null> {
  const root = document.querySelector<HTMLElement>(arg.s.root)!;
  const t0 = performance.now();
  return new Promise((resolve) => {
    const step = () => {
      if (arg.scroll) root.scrollTop = root.scrollHeight;
      const box = root.getBoundingClientRect();
      const tile = arg.month
        ? [...root.querySelectorAll<HTMLElement>(`section[data-month="${arg.month}"] ${arg.s.tile}`)].find(
            (el) => el.getBoundingClientRect().top >= box.top - 1,
          )
        : root.querySelector<HTMLElement>(`${arg.s.tile}[data-asset-id="${arg.id}"]`);
      const r = tile?.getBoundingClientRect();
      const img = tile?.querySelector('img');
      if (r && r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && img?.complete && img.naturalWidth > 0)
        requestAnimationFrame(() => resolve(performance.now() - t0));
      else if (performance.now() - t0 > arg.timeoutMs) resolve(null);
      else requestAnimationFrame(step);
    };
    step();
  });
}

export interface ScrubWatch {
  /** Let go (pointerup) → the first frame painted with a thumbnail that was not in view before. */
  paintMs: number | null;
  /** How far the first fully visible photo then moved while the sections around it loaded. */
  movePx: number | null;
  month: string | null;
}

/**
 * Arm a watch on the next pointerup (the scrubber let go): time to the first new thumbnail in
 * view, painted, then follow the first fully visible photo for `anchorMs`. The result lands in
 * `window.__scrubWatch`, read with {@link readScrubWatch}.
 */
export function armScrubWatch(arg: { s: TimelineSelectors; timeoutMs: number; anchorMs: number }): void {
  const w = window as unknown as { __scrubWatch: Promise<ScrubWatch> };
  const root = document.querySelector<HTMLElement>(arg.s.root)!;
  const inView = () => {
    const box = root.getBoundingClientRect();
    return [...root.querySelectorAll<HTMLElement>(arg.s.tile)].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > box.top && r.top < box.bottom;
    });
  };
  const before = new Set(inView());
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  w.__scrubWatch = new Promise<ScrubWatch>((resolve) => {
    window.addEventListener(
      'pointerup',
      (event) => {
        void (async () => {
          const t0 = event.timeStamp;
          let painted: HTMLElement | undefined;
          while (!painted && performance.now() - t0 < arg.timeoutMs) {
            await frame();
            painted = inView().find((el) => {
              const img = el.querySelector('img');
              return !before.has(el) && !!img && img.complete && img.naturalWidth > 0;
            });
          }
          if (!painted) return resolve({ paintMs: null, movePx: null, month: null });
          await frame();
          const paintMs = performance.now() - t0;
          const box = root.getBoundingClientRect();
          const anchor = inView().find((el) => el.getBoundingClientRect().top >= box.top);
          const month = painted.closest('section')?.getAttribute('data-month') ?? null;
          if (!anchor) return resolve({ paintMs, movePx: null, month });
          const top0 = anchor.getBoundingClientRect().top;
          let movePx = 0;
          const until = performance.now() + arg.anchorMs;
          while (performance.now() < until) {
            await frame();
            // Unmounted is moved out of sight: as far as the viewport is tall.
            const top = anchor.isConnected ? anchor.getBoundingClientRect().top : top0 + box.height;
            movePx = Math.max(movePx, Math.abs(top - top0));
          }
          resolve({ paintMs, movePx, month });
        })();
      },
      { capture: true, once: true },
    );
  });
}

export function readScrubWatch(): Promise<ScrubWatch> {
  return (window as unknown as { __scrubWatch: Promise<ScrubWatch> }).__scrubWatch;
}

/**
 * Bytes of the thumbnails in view, once all of them have loaded (resource timing's encoded body
 * size of each image's URL), or null when they don't load within `timeoutMs`.
 */
export async function screenBytes(arg: { s: TimelineSelectors; timeoutMs: number }): Promise<number | null> {
  const root = document.querySelector<HTMLElement>(arg.s.root)!;
  const t0 = performance.now();
  for (;;) {
    const box = root.getBoundingClientRect();
    const images = [...root.querySelectorAll<HTMLImageElement>(`${arg.s.tile} img`)].filter((img) => {
      const r = img.getBoundingClientRect();
      return r.bottom > box.top && r.top < box.bottom;
    });
    if (images.length && images.every((img) => img.complete && img.naturalWidth > 0)) {
      let bytes = 0;
      for (const img of images) {
        const entry = performance.getEntriesByName(img.currentSrc)[0] as
          PerformanceResourceTiming | undefined;
        bytes += entry?.encodedBodySize ?? 0;
      }
      return bytes;
    }
    if (performance.now() - t0 > arg.timeoutMs) return null;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface PlacedTile {
  id: string;
  src: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The tiles mounted now, placed in the scroll content's px (as the static copy draws them). */
export function placedTiles(s: TimelineSelectors): { tiles: PlacedTile[]; scrollTop: number } {
  const root = document.querySelector<HTMLElement>(s.root)!;
  const box = root.getBoundingClientRect();
  const tiles = [...root.querySelectorAll<HTMLElement>(s.tile)].map((el) => {
    const r = el.getBoundingClientRect();
    return {
      id: el.dataset.assetId!,
      src: el.querySelector('img')?.currentSrc ?? '',
      left: r.left - box.left,
      top: r.top - box.top + root.scrollTop,
      width: r.width,
      height: r.height,
    };
  });
  return { tiles, scrollTop: root.scrollTop };
}

/**
 * A page of the same tiles, nothing else: absolutely placed links around images, in a box of the
 * same size, scrolled by the compositor as the timeline's box is (`will-change: scroll-position`;
 * without it Chromium at DPR 1 scrolls either on the main thread, repainting every frame, and the
 * floor is that repaint: p95 ~12 ms here instead of ~2).
 */
export function staticPageHtml(
  tiles: PlacedTile[],
  box: { x: number; y: number; width: number; height: number },
): string {
  const bottom = Math.max(0, ...tiles.map((t) => t.top + t.height)) + box.height;
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const body = tiles
    .map(
      (t) =>
        `<a data-asset-id="${attr(t.id)}" style="position:absolute;left:${t.left}px;top:${t.top}px;width:${t.width}px;height:${t.height}px;overflow:hidden;border-radius:4px"><img src="${attr(t.src)}" alt="" decoding="async" style="width:100%;height:100%;object-fit:cover;display:block"></a>`,
    )
    .join('');
  return `<body style="margin:0"><div role="region" aria-label="Photos" style="position:fixed;left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px;overflow:auto;will-change:scroll-position"><div style="position:relative;height:${bottom}px">${body}</div></div></body>`;
}

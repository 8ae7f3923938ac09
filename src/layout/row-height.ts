/**
 * The row height the timeline aims for: a function of the viewport width (phones get smaller
 * rows, so about three photos fit across a 390 px phone and six to eight across a 1440 px
 * laptop) and of the zoom step the person picks with the size control, Ctrl+wheel or a pinch.
 */

/** Zoom steps: 0 is the default; each step scales the row height by {@link ZOOM_FACTOR}. */
export const MIN_ZOOM_STEP = -2;
export const MAX_ZOOM_STEP = 3;
export const DEFAULT_ZOOM_STEP = 0;
/** 1.25× per step: −2 gives 0.64× (≈ 4–5 across a phone), +3 ≈ 1.95× (≈ 1–2 across it). */
export const ZOOM_FACTOR = 1.25;

/**
 * Default target (CSS px) at a few viewport widths, linear in between and flat beyond the ends.
 * A 4:3 photo is 1.33 × the row height wide (portraits fit more, panoramas fewer): 100 px rows
 * put ~3 across a 390 px phone, 170 px rows ~6 across a 1440 px laptop (~7–8 with the portraits
 * of a real library); big screens grow slowly, so a 4K screen shows bigger photos rather than
 * twenty tiny ones.
 */
const TARGET_AT: readonly (readonly [width: number, target: number])[] = [
  [320, 90],
  [390, 100],
  [768, 130],
  [1440, 170],
  [1920, 200],
  [2560, 230],
  [3840, 280],
];

/** The zoom step clamped to the bounds and made whole (a pinch may hand in fractions). */
export function clampZoomStep(zoomStep: number): number {
  if (!Number.isFinite(zoomStep)) return DEFAULT_ZOOM_STEP;
  return Math.min(MAX_ZOOM_STEP, Math.max(MIN_ZOOM_STEP, Math.round(zoomStep)));
}

/** Target row height in whole CSS px for a viewport width and a zoom step (clamped). */
export function targetRowHeightFor(viewportWidth: number, zoomStep: number): number {
  const width = Number.isFinite(viewportWidth) ? viewportWidth : 0;
  let base = TARGET_AT[0]![1];
  for (let i = 0; i < TARGET_AT.length; i++) {
    const [w, t] = TARGET_AT[i]!;
    if (width <= w) {
      const previous = TARGET_AT[i - 1];
      base = previous ? previous[1] + ((t - previous[1]) * (width - previous[0])) / (w - previous[0]) : t;
      break;
    }
    base = t;
  }
  return Math.round(base * ZOOM_FACTOR ** clampZoomStep(zoomStep));
}

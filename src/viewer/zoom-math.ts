/**
 * The viewer's zoom as pure functions. A view is the photo's scale relative to its fitted size
 * (1 = the whole photo fits the stage) and the offset of the photo's centre from the stage's
 * centre, in CSS pixels. Every function here takes and returns plain numbers, so the hook that
 * wires them to pointer, wheel and key events stays thin.
 */

export interface ZoomView {
  /** Multiple of the fitted size; 1 shows the whole photo. */
  scale: number;
  /** Offset of the photo's centre from the stage's centre, CSS px. */
  x: number;
  y: number;
}

export interface Box {
  width: number;
  height: number;
}

/** A point relative to the stage's centre, CSS px. */
export interface Point {
  x: number;
  y: number;
}

export const FIT_VIEW: ZoomView = { scale: 1, x: 0, y: 0 };

/**
 * How far past the original's own pixels (1 image pixel on 1 device pixel) a person may zoom by
 * insisting: zooming stops at 100 % first, and goes on to this multiple only on further input.
 */
export const INSIST_LIMIT = 4;

/** Each +/− key press or button multiplies or divides the scale by this. */
export const ZOOM_STEP = 1.5;

/**
 * The scale at which one pixel of the original covers one device pixel ("100 %"), given the
 * fitted width in CSS px, the original's width and the screen's device pixel ratio. Below 1
 * when the fitted photo already shows the original larger than its pixels (a tiny image).
 */
export function oneToOneScale(fitWidth: number, originalWidth: number, devicePixelRatio: number): number {
  if (!(fitWidth > 0 && originalWidth > 0 && devicePixelRatio > 0)) return 1;
  return originalWidth / (fitWidth * devicePixelRatio);
}

/** The largest scale allowed: the original's pixels times the insist limit, never below the fit. */
export function maxScale(oneToOne: number): number {
  return Math.max(1, oneToOne * INSIST_LIMIT);
}

/** The scale clamped to [fit, max]. */
export function clampScale(scale: number, oneToOne: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(maxScale(oneToOne), Math.max(1, scale));
}

/**
 * The scale after one zoom input from `from` towards `to`: when the step crosses 100 % it stops
 * there, so 100 % is easy to land on and going past it takes another, deliberate input.
 */
export function snapThroughOneToOne(from: number, to: number, oneToOne: number): number {
  const target = clampScale(to, oneToOne);
  if (oneToOne <= 1) return target;
  const crossesUp = from < oneToOne - 1e-6 && target > oneToOne;
  const crossesDown = from > oneToOne + 1e-6 && target < oneToOne;
  return crossesUp || crossesDown ? oneToOne : target;
}

/**
 * The offset clamped so the photo never leaves the stage: along an axis where the zoomed photo
 * is smaller than the stage it stays centred; where it is larger, its edges may not come inside
 * the stage's edges.
 */
export function clampPan(view: ZoomView, fit: Box, stage: Box): ZoomView {
  const limit = (photo: number, room: number, offset: number) => {
    const slack = Math.max(0, (photo - room) / 2);
    return Math.min(slack, Math.max(-slack, offset));
  };
  return {
    scale: view.scale,
    x: limit(fit.width * view.scale, stage.width, view.x) || 0,
    y: limit(fit.height * view.scale, stage.height, view.y) || 0,
  };
}

/**
 * The view at `scale` that keeps the photo's point under `point` where it is (zooming about the
 * pointer, or about where a pinch started), moved by `shift` (a pinch's fingers travelling
 * together), then clamped to the stage.
 */
export function zoomAbout(
  view: ZoomView,
  scale: number,
  point: Point,
  fit: Box,
  stage: Box,
  shift: Point = { x: 0, y: 0 },
): ZoomView {
  const ratio = scale / view.scale;
  return clampPan(
    {
      scale,
      x: point.x - (point.x - view.x) * ratio + shift.x,
      y: point.y - (point.y - view.y) * ratio + shift.y,
    },
    fit,
    stage,
  );
}

/** The view moved by `dx, dy` CSS px (a drag or an arrow key), clamped to the stage. */
export function panBy(view: ZoomView, dx: number, dy: number, fit: Box, stage: Box): ZoomView {
  return clampPan({ scale: view.scale, x: view.x + dx, y: view.y + dy }, fit, stage);
}

/**
 * The scale factor of one wheel event: trackpad pinches arrive as small ctrl+wheel deltas,
 * mouse wheels as ±100 per notch; both map to a smooth exponential so equal gestures zoom
 * equally at any scale. `deltaMode` 1 (lines) is turned into pixels first.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  const bounded = Math.max(-300, Math.min(300, pixels));
  return Math.exp(-bounded / 200);
}

/**
 * Whether the photo at `scale` needs more pixels than a rendering has: its long edge on the
 * screen, in device px, beyond the rendering's long edge (a rendering is never larger than the
 * original, so an original no larger than it never needs the next one). Asked with the
 * preview's edge it says "load the full size"; with the full size's, "draw the original".
 */
export function needsFullsize(
  scale: number,
  fit: Box,
  devicePixelRatio: number,
  previewLongEdge: number,
  originalLongEdge: number,
): boolean {
  if (originalLongEdge <= previewLongEdge) return false;
  const shown = Math.max(fit.width, fit.height) * scale * Math.max(1, devicePixelRatio);
  return shown > previewLongEdge + 1;
}

/** Types every current browser decodes in an <img>: their original can be drawn as it is. */
const DRAWABLE_ORIGINALS = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']);

/**
 * Beyond this many pixels an original is not drawn: decoded it would take ~4 bytes a pixel
 * (400 MB at 100 MP) of a phone's memory for detail the 4096 px rendering nearly has.
 */
export const MAX_DRAWN_ORIGINAL_PIXELS = 100_000_000;

/**
 * Whether zooming past the full-size rendering may draw the original file itself: a type the
 * browser decodes (HEIC, TIFF and RAW are not, and are never sent to it) of a size it can hold.
 * The browser applies the EXIF orientation of an <img> itself, as the server's renderings do.
 */
export function canDrawOriginal(mimeType: string, width: number, height: number): boolean {
  return (
    DRAWABLE_ORIGINALS.has(mimeType) && width > 0 && height > 0 && width * height <= MAX_DRAWN_ORIGINAL_PIXELS
  );
}

/** The zoom as a person reads it: 100 % when one original pixel covers one device pixel. */
export function zoomPercent(scale: number, oneToOne: number): number {
  return Math.round((scale / oneToOne) * 100);
}

/** The scale a pinch reaches: the start scale times how far the fingers spread. */
export function pinchScale(startScale: number, startDistance: number, distance: number): number {
  if (!(startDistance > 0)) return startScale;
  return startScale * (distance / startDistance);
}

/**
 * Moving what the land canvas shows without painting it again. Tracing the world's outlines
 * costs ~50 ms a frame in software raster (more at city zoom), so while the view moves the canvas
 * drawn for an earlier view is shifted and scaled on the compositor, and painted afresh only once
 * the view rests or the shift would show its edges. The canvas is drawn `MARGIN` of the frame
 * larger on every side, so a pan has room before an edge shows. Pure: tested with plain numbers.
 */
import { project, type MapView, type Point, type Size } from './map-view.ts';

/** Share of the frame's width and height the canvas reaches past each edge. */
export const MARGIN = 0.25;

/** The canvas's place in the frame (CSS pixels): its top-left corner and size. */
export function canvasBox(size: Size): { left: number; top: number; width: number; height: number } {
  const mx = Math.round(size.width * MARGIN);
  const my = Math.round(size.height * MARGIN);
  return { left: -mx, top: -my, width: size.width + 2 * mx, height: size.height + 2 * my };
}

export interface LandShift {
  /** Translation (CSS pixels) applied before `scale`, with the transform's origin at the canvas's top-left. */
  translate: Point;
  scale: number;
}

/**
 * The transform that puts the canvas painted for `drawn` where the world is in `now`: a place
 * at canvas point u is shown at `canvas.left/top + translate + scale × u`.
 */
export function landShift(drawn: MapView, now: MapView, size: Size): LandShift {
  const scale = 2 ** (now.zoom - drawn.zoom);
  const box = canvasBox(size);
  const [dx, dy] = project(drawn.longitude, drawn.latitude, drawn.zoom);
  const [cx, cy] = project(now.longitude, now.latitude, now.zoom);
  // Canvas point u is the frame point u + (left, top) under `drawn`, i.e. world point
  // u + (left, top) − size/2 + d; under `now` that world point (× scale) sits at
  // scale·(…) − c + size/2 in the frame.
  const tx = scale * (box.left - size.width / 2 + dx) - cx + size.width / 2 - box.left;
  const ty = scale * (box.top - size.height / 2 + dy) - cy + size.height / 2 - box.top;
  return { translate: [tx, ty], scale };
}

/** Whether the shifted canvas still covers the whole frame (else it must be painted now). */
export function shiftCovers(shift: LandShift, size: Size): boolean {
  const box = canvasBox(size);
  const left = box.left + shift.translate[0];
  const top = box.top + shift.translate[1];
  const right = left + shift.scale * box.width;
  const bottom = top + shift.scale * box.height;
  return left <= 0 && top <= 0 && right >= size.width && bottom >= size.height;
}

export const shiftCss = (shift: LandShift) =>
  shift.scale === 1 && shift.translate[0] === 0 && shift.translate[1] === 0
    ? ''
    : `translate(${shift.translate[0]}px, ${shift.translate[1]}px) scale(${shift.scale})`;

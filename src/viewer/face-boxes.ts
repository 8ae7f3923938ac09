/**
 * Face box geometry. A face's `bounding_box` is in pixels of the full-size image as displayed
 * (after EXIF rotation); expressing it as percentages of that size lets a box drawn over the
 * image stay on the face at any rendered size, through window resizes and zoom, with no JS.
 */
import type { BoundingBox, Face, Person } from '../../contract/entities.ts';

/** A box in percent of the image's width (left, width) and height (top, height), each 0..100. */
export interface FaceBoxStyle {
  left: number;
  top: number;
  width: number;
  height: number;
}

const clampPercent = (n: number) => Math.min(100, Math.max(0, n));
/** 4 decimals of a percent is far below a pixel on any screen and keeps the CSS readable. */
const tidy = (n: number) => Math.round(n * 1e4) / 1e4;

/**
 * Converts a pixel bounding box to percentages of the full image, clipped to the image: a box that
 * pokes past an edge (detectors do that for faces cut by the frame) keeps only its visible part.
 * Returns null when the image size is unknown or the box is empty after clipping.
 *
 * @example faceBoxStyle({ x: 100, y: 50, w: 200, h: 100 }, 1000, 500)
 *   // { left: 10, top: 10, width: 20, height: 20 }
 */
export function faceBoxStyle(box: BoundingBox, imageWidth: number, imageHeight: number): FaceBoxStyle | null {
  if (!(imageWidth > 0) || !(imageHeight > 0) || !Number.isFinite(imageWidth + imageHeight)) {
    return null;
  }
  if (![box.x, box.y, box.w, box.h].every(Number.isFinite)) return null;
  // Multiply before dividing: 100 * 100 / 1000 is exactly 10, 100 / 1000 * 100 is not.
  const left = clampPercent((box.x * 100) / imageWidth);
  const top = clampPercent((box.y * 100) / imageHeight);
  const right = clampPercent(((box.x + box.w) * 100) / imageWidth);
  const bottom = clampPercent(((box.y + box.h) * 100) / imageHeight);
  if (right <= left || bottom <= top) return null;
  return {
    left: tidy(left),
    top: tidy(top),
    width: tidy(right - left),
    height: tidy(bottom - top),
  };
}

/** The same box as CSS `left/top/width/height` percentages, ready for a `style` prop. */
export function faceBoxCss(style: FaceBoxStyle): {
  left: string;
  top: string;
  width: string;
  height: string;
} {
  return {
    left: `${style.left}%`,
    top: `${style.top}%`,
    width: `${style.width}%`,
    height: `${style.height}%`,
  };
}

/** The name of the person a face belongs to, or null for a face nobody has named. */
export function faceName(face: Face, peopleById: ReadonlyMap<string, Person>): string | null {
  const name = face.person_id ? peopleById.get(face.person_id)?.name?.trim() : undefined;
  return name ? name : null;
}

/** Size of an image scaled to fit a box without cropping (CSS `object-fit: contain`), as a pure function. */

export interface Size {
  width: number;
  height: number;
}

/**
 * How many CSS px one pixel of a small image may cover at the fit: an 8×8 icon is shown at
 * 32×32, not stretched a hundredfold into a blur (zooming can still show its pixels).
 */
export const MAX_FIT_UPSCALE = 4;

/**
 * The largest `imageWidth × imageHeight` box that fits in `boxWidth × boxHeight`, keeping the
 * aspect ratio and scaling up by at most `maxUpscale`; null while anything is unknown. The face
 * overlay sits on a frame of exactly this size, which is why the image is not letterboxed by CSS.
 */
export function fitContain(
  boxWidth: number,
  boxHeight: number,
  imageWidth: number,
  imageHeight: number,
  maxUpscale = Number.POSITIVE_INFINITY,
): Size | null {
  if (!(boxWidth > 0 && boxHeight > 0 && imageWidth > 0 && imageHeight > 0)) return null;
  const scale = Math.min(boxWidth / imageWidth, boxHeight / imageHeight, maxUpscale);
  return {
    width: Math.max(1, Math.floor(imageWidth * scale)),
    height: Math.max(1, Math.floor(imageHeight * scale)),
  };
}

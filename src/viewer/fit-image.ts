/** Size of an image scaled to fit a box without cropping (CSS `object-fit: contain`), as a pure function. */

export interface Size {
  width: number;
  height: number;
}

/**
 * The largest `imageWidth × imageHeight` box that fits in `boxWidth × boxHeight`, keeping the
 * aspect ratio; null while anything is unknown. The face overlay sits on a frame of exactly this
 * size, which is why the image is not letterboxed by CSS instead.
 */
export function fitContain(
  boxWidth: number,
  boxHeight: number,
  imageWidth: number,
  imageHeight: number,
): Size | null {
  if (!(boxWidth > 0 && boxHeight > 0 && imageWidth > 0 && imageHeight > 0)) return null;
  const scale = Math.min(boxWidth / imageWidth, boxHeight / imageHeight);
  return { width: Math.floor(imageWidth * scale), height: Math.floor(imageHeight * scale) };
}

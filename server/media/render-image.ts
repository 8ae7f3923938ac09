/**
 * The images the API serves for an asset: WebP renditions of the original, upright (EXIF
 * orientation applied; a HEIC as its container turns it, image-source.ts), never enlarged, with metadata stripped (sharp's default: no location or
 * camera data leaks into a thumbnail). Also the square-ish crop a face's thumbnail shows.
 */
import type { Sharp } from 'sharp';
import { THUMBNAIL_EDGE, type ImageSize } from '../../contract/constants.ts';
import type { BoundingBox } from '../../contract/entities.ts';
import { displayedSizeOf, openImage } from './image-source.ts';

/** Longest edge of a face crop (no API names it: the face thumbnail URL has no size). */
export const FACE_CROP_EDGE = 256;

const WEBP_QUALITY = 78;

// A pathological file must not hold an indexer worker for ever.
const TIMEOUT = { seconds: 60 };

function describe(source: string | Buffer): string {
  return typeof source === 'string' ? source : 'image buffer';
}

async function render(
  source: string | Buffer,
  what: string,
  build: (image: Sharp) => Sharp,
): Promise<Buffer> {
  try {
    return await build((await openImage(source)).timeout(TIMEOUT))
      .webp({ quality: WEBP_QUALITY })
      .toBuffer();
  } catch (error) {
    throw new Error(`Cannot render ${what} of ${describe(source)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * A WebP rendition whose long edge is at most 360 (`thumbnail`), 720 (`small`), 1440 (`preview`)
 * or 4096 (`fullsize`).
 */
export async function renderThumbnail(source: string | Buffer, size: ImageSize): Promise<Buffer> {
  const edge = THUMBNAIL_EDGE[size];
  return render(source, `${size} thumbnail`, (image) =>
    image.resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true }),
  );
}

/**
 * The square around a face box padded by 30 % of its size on each side, moved (and if need be
 * shrunk) to stay inside the image. Pure, so the geometry is tested without pixels.
 */
export function faceCropRegion(
  box: BoundingBox,
  width: number,
  height: number,
): { left: number; top: number; width: number; height: number } {
  const side = Math.max(box.w, box.h) * 1.6;
  const cropWidth = Math.max(1, Math.min(Math.round(side), width));
  const cropHeight = Math.max(1, Math.min(Math.round(side), height));
  const centreX = box.x + box.w / 2;
  const centreY = box.y + box.h / 2;
  const left = Math.min(Math.max(Math.round(centreX - cropWidth / 2), 0), width - cropWidth);
  const top = Math.min(Math.max(Math.round(centreY - cropHeight / 2), 0), height - cropHeight);
  return { left, top, width: cropWidth, height: cropHeight };
}

/**
 * A WebP crop (at most 256 px) around a face. `box` is in pixels of the displayed original,
 * whose size the index recorded as `displayedWidth`×`displayedHeight`; if the decoded image turns
 * out a different size, the box is scaled to it rather than cropping the wrong place.
 */
export async function renderFaceCrop(
  source: string | Buffer,
  box: BoundingBox,
  displayedWidth: number,
  displayedHeight: number,
): Promise<Buffer> {
  let actual: { width: number; height: number };
  try {
    actual = await displayedSizeOf(source);
  } catch (error) {
    throw new Error(`Cannot render face crop of ${describe(source)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const sx = displayedWidth > 0 ? actual.width / displayedWidth : 1;
  const sy = displayedHeight > 0 ? actual.height / displayedHeight : 1;
  const scaled = { x: box.x * sx, y: box.y * sy, w: box.w * sx, h: box.h * sy };
  const region = faceCropRegion(scaled, actual.width, actual.height);
  return render(source, 'face crop', (image) =>
    image
      .extract(region)
      .resize({ width: FACE_CROP_EDGE, height: FACE_CROP_EDGE, fit: 'inside', withoutEnlargement: true }),
  );
}

/**
 * The ThumbHash of an image (https://evanw.github.io/thumbhash/): a ~25-byte blurred placeholder
 * a client decodes in a millisecond, stored base64 as the 2026 API's `thumbhash` is. Made from
 * the grid thumbnail the indexer already renders, shrunk to the ≤ 100 px the encoder takes.
 */
import sharp from 'sharp';
import { rgbaToThumbHash } from 'thumbhash';

/** The encoder's limit on either side. */
export const THUMBHASH_EDGE = 100;

/** Base64 ThumbHash of an image (any format sharp reads; the thumbnail is already upright). */
export async function thumbhashOf(image: Buffer): Promise<string> {
  const { data, info } = await sharp(image, { failOn: 'none' })
    .resize({ width: THUMBHASH_EDGE, height: THUMBHASH_EDGE, fit: 'inside', withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return Buffer.from(rgbaToThumbHash(info.width, info.height, data)).toString('base64');
}

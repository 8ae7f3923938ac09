/**
 * Which image a timeline tile asks for: the smallest that covers the tile's long edge at the
 * device's pixel ratio (a little stretch allowed), never the 1440 px preview for a small tile.
 * The 2026 `asset_urls` name a 720 px `small` between thumbnail and preview; a 2025 server has
 * only the `size=` of its thumbnail endpoint. Pure.
 */
import { THUMBNAIL_EDGE } from '../../contract/constants.ts';
import type { GalleryAsset } from '../api/asset-model.ts';
import { assetImageUrl } from '../api/image-url.ts';

/** How far past its own pixels an image may be drawn before the next size is worth its bytes. */
const STRETCH = 1.25;

type Rung = {
  variant: 'thumbnail' | 'small' | 'preview';
  video: 'thumbnail_image' | 'small_image' | 'preview_image';
};
const RUNGS: readonly Rung[] = [
  { variant: 'thumbnail', video: 'thumbnail_image' },
  { variant: 'small', video: 'small_image' },
  { variant: 'preview', video: 'preview_image' },
];

/** The `src` for a tile `cssWidth`×`cssHeight` on a screen of `devicePixelRatio`. */
export function tileImageUrl(
  asset: Pick<GalleryAsset, 'id' | 'thumbnail_url' | 'asset_urls'>,
  cssWidth: number,
  cssHeight: number,
  devicePixelRatio: number,
): string {
  const dpr = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  const needed = Math.max(cssWidth, cssHeight) * dpr;
  const fits = RUNGS.filter((rung) => THUMBNAIL_EDGE[rung.variant] * STRETCH >= needed);
  const wanted = fits.length ? fits : RUNGS.slice(-1);
  for (const rung of wanted) {
    const url = asset.asset_urls?.[rung.variant]?.url ?? asset.asset_urls?.[rung.video]?.url;
    if (url) return url;
    // Without variants the thumbnail endpoint serves two of the three rungs.
    if (rung.variant !== 'small') return assetImageUrl(asset, rung.variant);
  }
  return assetImageUrl(asset, 'preview');
}

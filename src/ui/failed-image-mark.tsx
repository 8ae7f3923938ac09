import { BrokenPhotoIcon } from './icons.tsx';

/**
 * What a tile shows when its thumbnail failed: a quiet icon on the tile's grey, instead of the
 * browser's broken-image glyph and its alt text drawn across the tile. The `<img>` and its alt
 * text stay for screen readers (the tile's image is hidden with `.tile__image--failed`).
 */
export function FailedImageMark() {
  return (
    <span className="failed-image" aria-hidden="true">
      <BrokenPhotoIcon />
    </span>
  );
}

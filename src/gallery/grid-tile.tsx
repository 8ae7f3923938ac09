import { memo } from 'react';
import { Link } from 'react-router';
import type { Asset } from '../../contract/entities.ts';
import { tileImageSrc } from '../api/image-url.ts';
import { photoAltText } from './alt-text.ts';

interface GridTileProps {
  asset: Asset;
  index: number;
  href: string;
  size: number;
  devicePixelRatio: number;
  tabbable: boolean;
  onOpen: (index: number) => void;
  onFocusTile: (index: number) => void;
}

/**
 * One square thumbnail: a link (Enter and middle-click work as for any link), focusable only when
 * it is the grid's roving tab stop. The grey background is the placeholder until the image paints.
 */
export const GridTile = memo(function GridTile({
  asset,
  index,
  href,
  size,
  devicePixelRatio,
  tabbable,
  onOpen,
  onFocusTile,
}: GridTileProps) {
  const isVideo = asset.mime_type.startsWith('video/');
  return (
    <Link
      to={href}
      state={{ fromGrid: true }}
      className="tile"
      style={{ width: size, height: size }}
      tabIndex={tabbable ? 0 : -1}
      data-asset-index={index}
      data-asset-id={asset.id}
      onClick={() => onOpen(index)}
      onFocus={() => onFocusTile(index)}
    >
      <img
        className="tile__image"
        src={tileImageSrc(asset, size, devicePixelRatio)}
        alt={photoAltText(asset)}
        decoding="async"
        draggable={false}
      />
      {isVideo ? (
        <span className="tile__badge" aria-hidden="true">
          ▶
        </span>
      ) : null}
    </Link>
  );
});

/** A grey tile holding the place of a photo that is still loading. */
export function PlaceholderTile({ size }: { size: number }) {
  return <div className="tile tile--placeholder" style={{ width: size, height: size }} aria-hidden="true" />;
}

import { memo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Link } from 'react-router';
import type { Asset } from '../../contract/entities.ts';
import { tileImageSrc } from '../api/image-url.ts';
import { wallTimeOf } from '../selection/selection-model.ts';
import { useLongPress } from '../selection/use-long-press.ts';
import type { SelectHow } from '../selection/use-selection.ts';
import { photoAltText } from './alt-text.ts';
import { FailedImageMark } from '../ui/failed-image-mark.tsx';
import { keepImage } from './kept-images.ts';
import { useImageRetry } from './use-image-retry.ts';

interface GridTileProps {
  asset: Asset;
  index: number;
  href: string;
  /** The tile's box in CSS px: square rows give equal sides, justified rows won't. */
  width: number;
  height: number;
  devicePixelRatio: number;
  tabbable: boolean;
  onOpen: (index: number) => void;
  onFocusTile: (index: number) => void;
  selected: boolean;
  /** Something is selected: a click selects instead of opening. */
  selecting: boolean;
  onSelect: (place: { id: string; time: number }, how: SelectHow) => void;
}

/**
 * One thumbnail: a link (Enter and middle-click work as for any link), focusable only when
 * it is the grid's roving tab stop. The grey background is the placeholder until the image paints.
 */
export const GridTile = memo(function GridTile({
  asset,
  index,
  href,
  width,
  height,
  devicePixelRatio,
  tabbable,
  onOpen,
  onFocusTile,
  selected,
  selecting,
  onSelect,
}: GridTileProps) {
  const isVideo = asset.mime_type.startsWith('video/');
  const image = useImageRetry();
  const src = tileImageSrc(asset, Math.max(width, height), devicePixelRatio);
  const [failed, setFailed] = useState(false);
  const place = { id: asset.id, time: wallTimeOf(asset.local_datetime) };
  const press = useLongPress(() => onSelect(place, 'toggle'));
  const onClick = (event: MouseEvent) => {
    if (press.consumeFired()) event.preventDefault();
    else if (selecting || event.shiftKey) {
      event.preventDefault();
      onSelect(place, event.shiftKey ? 'range' : 'toggle');
    } else onOpen(index);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== ' ' || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    onSelect(place, event.shiftKey ? 'range' : 'toggle');
  };
  return (
    <Link
      to={href}
      state={{ fromGrid: true }}
      className={selected ? 'tile tile--selected' : 'tile'}
      style={{ width, height }}
      tabIndex={tabbable ? 0 : -1}
      data-asset-index={index}
      data-asset-id={asset.id}
      aria-selected={selecting ? selected : undefined}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={() => onFocusTile(index)}
      {...press.handlers}
    >
      <img
        key={image.attempt}
        onError={() => {
          setFailed(true);
          image.onError();
        }}
        onLoad={() => {
          setFailed(false);
          keepImage(src);
        }}
        className={failed ? 'tile__image tile__image--failed' : 'tile__image'}
        src={src}
        alt={photoAltText(asset)}
        decoding="async"
        draggable={false}
      />
      {failed ? <FailedImageMark /> : null}
      {isVideo ? (
        <span className="tile__badge" aria-hidden="true">
          ▶
        </span>
      ) : null}
    </Link>
  );
});

/** A grey tile holding the place of a photo that is still loading. */
export function PlaceholderTile({ width, height }: { width: number; height: number }) {
  return <div className="tile tile--placeholder" style={{ width, height }} aria-hidden="true" />;
}

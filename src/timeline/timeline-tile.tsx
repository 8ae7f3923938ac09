import { memo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Link } from 'react-router';
import type { GalleryAsset } from '../api/asset-model.ts';
import { photoAltText } from '../gallery/alt-text.ts';
import { isKept, keepImage } from '../gallery/kept-images.ts';
import { useImageRetry } from '../gallery/use-image-retry.ts';
import { wallTimeOf } from '../selection/selection-model.ts';
import type { SelectHow } from '../selection/use-selection.ts';
import { useLongPress } from '../selection/use-long-press.ts';
import { FailedImageMark } from '../ui/failed-image-mark.tsx';
import { firstPhotoShown } from '../ui/first-photos.ts';
import { tileImageUrl } from './tile-image.ts';
import { useThumbhash } from './use-thumbhash.ts';

interface TimelineTileProps {
  asset: GalleryAsset;
  href: string;
  /** Place in the whole timeline, newest first. */
  assetIndex: number;
  left: number;
  /** Below the row's day labels, if it has any. */
  top: number;
  width: number;
  height: number;
  devicePixelRatio: number;
  tabbable: boolean;
  onOpen: (assetId: string) => void;
  onFocusTile: (assetId: string) => void;
  selected: boolean;
  /** Something is selected: a click selects instead of opening. */
  selecting: boolean;
  onSelect: (place: { id: string; time: number }, how: SelectHow) => void;
}

/** `1:05`, `12:00:07` for a video's duration badge. */
function durationLabel(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const hms = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  const [h, m, sec] = hms as [number, number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
}

/**
 * One photo of the timeline in its own shape: a link (Enter, middle-click), its ThumbHash as the
 * background (its colour at once, its blurred picture a moment later: use-thumbhash.ts), the
 * thumbnail fading in over it when it arrives.
 */
export const TimelineTile = memo(function TimelineTile({
  asset,
  href,
  assetIndex,
  left,
  top,
  width,
  height,
  devicePixelRatio,
  tabbable,
  onOpen,
  onFocusTile,
  selected,
  selecting,
  onSelect,
}: TimelineTileProps) {
  const image = useImageRetry();
  const src = tileImageUrl(asset, width, height, devicePixelRatio);
  // A thumbnail seen lately (scrolled out and back, a row the virtualizer re-mounts) is drawn as
  // it is, not faded in again: a fade is an opacity animation per tile, and a row of them starting
  // and ending re-layerized the whole scroll box; they were most of a steady scroll's long frames.
  const [loaded, setLoaded] = useState(() => isKept(src));
  const [failed, setFailed] = useState(false);
  const placeholder = useThumbhash(asset.thumbhash, !loaded);
  const isVideo = asset.mime_type.startsWith('video/');
  const place = { id: asset.id, time: wallTimeOf(asset.local_datetime) };
  const press = useLongPress(() => onSelect(place, 'toggle'));
  const onClick = (event: MouseEvent) => {
    if (press.consumeFired()) event.preventDefault();
    else if (selecting || event.shiftKey) {
      event.preventDefault();
      onSelect(place, event.shiftKey ? 'range' : 'toggle');
    } else onOpen(asset.id);
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
      className={`tile timeline-tile${selected ? ' timeline-tile--selected' : ''}`}
      style={{
        left,
        top,
        width,
        height,
        backgroundColor: placeholder.colour && !loaded ? placeholder.colour : undefined,
        backgroundImage: placeholder.picture && !loaded ? `url("${placeholder.picture}")` : undefined,
      }}
      tabIndex={tabbable ? 0 : -1}
      data-asset-id={asset.id}
      data-asset-index={assetIndex}
      aria-selected={selecting ? selected : undefined}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={() => onFocusTile(asset.id)}
      {...press.handlers}
    >
      <img
        key={image.attempt}
        onError={() => {
          firstPhotoShown();
          setFailed(true);
          image.onError();
        }}
        onLoad={() => {
          firstPhotoShown();
          keepImage(src);
          setLoaded(true);
          setFailed(false);
        }}
        className={`tile__image${loaded ? ' tile__image--loaded' : ''}${failed ? ' tile__image--failed' : ''}`}
        src={src}
        alt={photoAltText(asset)}
        decoding="async"
        draggable={false}
      />
      {failed ? <FailedImageMark /> : null}
      {isVideo ? (
        <span className="tile__badge" aria-hidden="true">
          {asset.duration ? `▶ ${durationLabel(asset.duration)}` : '▶'}
        </span>
      ) : asset.stack_id ? (
        <span
          className="tile__badge"
          role="img"
          aria-label="Several files of this shot"
          title="Several files of this shot (for example RAW and JPEG)"
        >
          ❐
        </span>
      ) : null}
    </Link>
  );
});

import { memo, useState } from 'react';
import { Link } from 'react-router';
import type { GalleryAsset } from '../api/asset-model.ts';
import { photoAltText } from '../gallery/alt-text.ts';
import { useImageRetry } from '../gallery/use-image-retry.ts';
import { thumbhashUrl } from './thumbhash-url.ts';
import { tileImageUrl } from './tile-image.ts';

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
 * One photo of the timeline in its own shape: a link (Enter, middle-click), its ThumbHash painted
 * at once as the background, the thumbnail fading in over it when it arrives.
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
}: TimelineTileProps) {
  const image = useImageRetry();
  const [loaded, setLoaded] = useState(false);
  const placeholder = thumbhashUrl(asset.thumbhash);
  const isVideo = asset.mime_type.startsWith('video/');
  return (
    <Link
      to={href}
      state={{ fromGrid: true }}
      className="tile timeline-tile"
      style={{
        left,
        top,
        width,
        height,
        backgroundImage: placeholder && !loaded ? `url("${placeholder}")` : undefined,
      }}
      tabIndex={tabbable ? 0 : -1}
      data-asset-id={asset.id}
      data-asset-index={assetIndex}
      onClick={() => onOpen(asset.id)}
      onFocus={() => onFocusTile(asset.id)}
    >
      <img
        key={image.attempt}
        onError={image.onError}
        onLoad={() => setLoaded(true)}
        className={`tile__image${loaded ? ' tile__image--loaded' : ''}`}
        src={tileImageUrl(asset, width, height, devicePixelRatio)}
        alt={photoAltText(asset)}
        decoding="async"
        draggable={false}
      />
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

import { memo, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Asset } from '../../contract/entities.ts';
import { useConnectivity } from '../api/connectivity.ts';
import { tileImageSrc } from '../api/image-url.ts';
import { photoAltText } from './alt-text.ts';

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
}: GridTileProps) {
  const isVideo = asset.mime_type.startsWith('video/');
  const image = useImageRetry();
  return (
    <Link
      to={href}
      state={{ fromGrid: true }}
      className="tile"
      style={{ width, height }}
      tabIndex={tabbable ? 0 : -1}
      data-asset-index={index}
      data-asset-id={asset.id}
      onClick={() => onOpen(index)}
      onFocus={() => onFocusTile(index)}
    >
      <img
        key={image.attempt}
        onError={image.onError}
        className="tile__image"
        src={tileImageSrc(asset, Math.max(width, height), devicePixelRatio)}
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
export function PlaceholderTile({ width, height }: { width: number; height: number }) {
  return <div className="tile tile--placeholder" style={{ width, height }} aria-hidden="true" />;
}

/** Slow retries for an image whose server never comes back through the API. */
const RETRY_EVERY_MS = 10_000;
const MAX_TIMED_RETRIES = 6;

/**
 * Load a failed image again: at once when the server is reachable again (any API answer), or
 * every few seconds for a while. Remounting the `<img>` (a new key) makes the browser ask again.
 */
function useImageRetry(): { attempt: number; onError: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  const connectivity = useConnectivity();
  useEffect(() => {
    if (!failed) return undefined;
    const retry = () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    };
    const unsubscribe = connectivity.onReachableAgain(retry);
    const timer = attempt < MAX_TIMED_RETRIES ? window.setTimeout(retry, RETRY_EVERY_MS) : undefined;
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [failed, attempt, connectivity]);
  return {
    attempt,
    onError: () => {
      connectivity.reportUnreachable();
      setFailed(true);
    },
  };
}

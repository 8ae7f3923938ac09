import type { GalleryAsset } from '../api/asset-model.ts';
import { assetDownloadUrl } from '../api/image-url.ts';
import { CloseIcon, DownloadIcon, FaceIcon, InfoIcon } from '../ui/icons.tsx';
import { StackDownloads } from './stack-downloads.tsx';
import type { ViewerNavigation } from './viewer-navigation.ts';
import { SlideshowIcon } from './viewer-icons.tsx';

interface ViewerToolbarProps {
  asset: GalleryAsset | undefined;
  nav: Pick<ViewerNavigation, 'position' | 'total' | 'totalIsExact'>;
  showAllFaces: boolean;
  infoOpen: boolean;
  onClose: () => void;
  onToggleFaces: () => void;
  onToggleInfo: () => void;
  onSlideshow: () => void;
}

/**
 * "2 of 1,234" in the reader's own digits; "2 of 100+" only while the list's end is unknown
 * (a server without counts, before its last page).
 */
export function positionText(position: number, total: number, exact: boolean, locale?: string): string {
  return `${position.toLocaleString(locale)} of ${total.toLocaleString(locale)}${exact ? '' : '+'}`;
}

/** Close, the photo's name and place in the list, then faces (when it has any), info, slideshow, download. */
export function ViewerToolbar({
  asset,
  nav,
  showAllFaces,
  infoOpen,
  onClose,
  onToggleFaces,
  onToggleInfo,
  onSlideshow,
}: ViewerToolbarProps) {
  const hasFaces = (asset?.faces?.length ?? 0) > 0;
  return (
    <div className="viewer__toolbar">
      <button
        type="button"
        className="icon-button"
        onClick={onClose}
        aria-label="Close viewer"
        title="Close (Esc)"
      >
        <CloseIcon />
      </button>
      <span className="viewer__title">
        {asset?.original_file_name}
        {nav.position ? (
          <span className="viewer__position">
            {' '}
            · {positionText(nav.position, nav.total, nav.totalIsExact)}
          </span>
        ) : null}
      </span>
      {hasFaces ? (
        <button
          type="button"
          className="icon-button"
          aria-pressed={showAllFaces}
          aria-label="Show all faces"
          title="Show all faces (f)"
          onClick={onToggleFaces}
        >
          <FaceIcon />
        </button>
      ) : null}
      {asset ? (
        <>
          <button
            type="button"
            className="icon-button"
            aria-pressed={infoOpen}
            aria-label="Info panel"
            title="Info (i)"
            onClick={onToggleInfo}
          >
            <InfoIcon />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Slideshow"
            title="Slideshow"
            onClick={onSlideshow}
          >
            <SlideshowIcon />
          </button>
          <a
            className="icon-button"
            href={assetDownloadUrl(asset)}
            download={asset.original_file_name}
            aria-label="Download original"
            title="Download original"
          >
            <DownloadIcon />
          </a>
          {asset.stack_id ? <StackDownloads asset={asset} /> : null}
        </>
      ) : null}
    </div>
  );
}

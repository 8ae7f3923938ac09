import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useEffectEvent, useRef, useState, type PointerEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { assetDownloadUrl } from '../api/image-url.ts';
import { assetQueries, findListedAsset } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { ErrorState } from '../ui/error-state.tsx';
import {
  ChevronLeftIcon,
  ChevronRightIcon,
  CloseIcon,
  DownloadIcon,
  FaceIcon,
  InfoIcon,
} from '../ui/icons.tsx';
import { isTypingOrChord } from '../ui/keyboard.ts';
import { AssetInfoPanel } from './asset-info-panel.tsx';
import { StackDownloads } from './stack-downloads.tsx';
import { useViewerNavigation } from './viewer-navigation.ts';
import { ViewerStage } from './viewer-stage.tsx';
import './asset-viewer.css';

/** How far a finger must travel sideways before a swipe counts. */
const SWIPE_MIN_PX = 50;

interface AssetViewerProps {
  assetId: string;
  filter: AssetFilter;
}

/** Whether the grid opened this viewer (then Back is the way out, keeping history tidy). */
function openedFromGrid(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { fromGrid?: unknown }).fromGrid === true;
}

/**
 * One photo over the grid: the preview large, faces on it, the info panel beside it. ←/→ step
 * through the current filter's list, Esc or Back return to the grid with that photo in view,
 * `f` shows every face, `i` hides the panel.
 */
export function AssetViewer({ assetId, filter }: AssetViewerProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const fromGrid = openedFromGrid(location.state);
  const detail = useQuery({
    ...assetQueries.detail(assetId),
    // Show the grid's copy at once; the full record replaces it when it arrives.
    placeholderData: () => findListedAsset(queryClient, assetId),
  });
  const [showAllFaces, setShowAllFaces] = useState(false);
  const [infoOpen, setInfoOpen] = useState(() => typeof window === 'undefined' || window.innerWidth >= 720);
  const [highlight, setHighlight] = useState<{ assetId: string; faceId: string | null }>({
    assetId,
    faceId: null,
  });
  const highlightedFaceId = highlight.assetId === assetId ? highlight.faceId : null;
  const onHighlightFace = useCallback(
    (faceId: string | null) => setHighlight({ assetId, faceId }),
    [assetId],
  );

  // Stepping replaces the entry, so Back from any photo returns straight to the grid.
  const go = useCallback(
    (id: string) =>
      void navigate(paths.asset(id, filter), { replace: true, state: location.state as unknown }),
    [navigate, filter, location.state],
  );
  const close = useCallback(() => {
    if (fromGrid) void navigate(-1);
    else void navigate(paths.grid(filter), { replace: true });
  }, [fromGrid, navigate, filter]);
  const nav = useViewerNavigation(assetId, filter, go);

  // An effect event: always sees the current neighbours, yet the listener is attached once.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isTypingOrChord(event)) return;
    const actions: Record<string, () => void> = {
      ArrowLeft: nav.goPrevious,
      ArrowRight: () => void nav.goNext(),
      Escape: close,
      f: () => setShowAllFaces((v) => !v),
      i: () => setInfoOpen((v) => !v),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // Touch screens: a horizontal swipe steps like ←/→ (a vertical one is left to scrolling).
  const swipeFrom = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (event: PointerEvent) => {
    swipeFrom.current = event.pointerType === 'touch' ? { x: event.clientX, y: event.clientY } : null;
  };
  const onPointerUp = (event: PointerEvent) => {
    const from = swipeFrom.current;
    swipeFrom.current = null;
    if (!from) return;
    const dx = event.clientX - from.x;
    if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < Math.abs(event.clientY - from.y)) return;
    if (dx < 0) void nav.goNext();
    else nav.goPrevious();
  };

  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => dialogRef.current?.focus({ preventScroll: true }), []);

  const asset = detail.data;
  return (
    <div
      ref={dialogRef}
      className={asset && infoOpen ? 'viewer viewer--with-panel' : 'viewer'}
      role="dialog"
      aria-modal="true"
      aria-label="Photo viewer"
      tabIndex={-1}
    >
      <div className="viewer__main" onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
        <div className="viewer__toolbar">
          <button
            type="button"
            className="icon-button"
            onClick={close}
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
                · {nav.position.toLocaleString('en')} of {nav.total.toLocaleString('en')}
                {nav.totalIsExact ? '' : '+'}
              </span>
            ) : null}
          </span>
          <button
            type="button"
            className="icon-button"
            aria-pressed={showAllFaces}
            aria-label="Show all faces"
            title="Show all faces (f)"
            onClick={() => setShowAllFaces((v) => !v)}
          >
            <FaceIcon />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-pressed={infoOpen}
            aria-label="Info panel"
            title="Info (i)"
            onClick={() => setInfoOpen((v) => !v)}
          >
            <InfoIcon />
          </button>
          {asset ? (
            <a
              className="icon-button"
              href={assetDownloadUrl(asset)}
              download={asset.original_file_name}
              aria-label="Download original"
              title="Download original"
            >
              <DownloadIcon />
            </a>
          ) : null}
          {asset?.stack_id ? <StackDownloads asset={asset} /> : null}
        </div>

        {asset ? (
          <ViewerStage
            key={asset.id}
            asset={asset}
            showAllFaces={showAllFaces}
            highlightedFaceId={highlightedFaceId}
            onHighlightFace={onHighlightFace}
          />
        ) : detail.isError ? (
          <div className="viewer__stage">
            <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
            <Link className="button button--quiet" to={paths.grid(filter)}>
              Back to the photos
            </Link>
          </div>
        ) : (
          <div className="viewer__stage" role="status" aria-label="Loading photo">
            <div className="viewer__spinner" />
          </div>
        )}

        <button
          type="button"
          className="viewer__nav viewer__nav--previous"
          aria-label="Previous photo"
          disabled={!nav.hasPrevious}
          onClick={nav.goPrevious}
        >
          <ChevronLeftIcon />
        </button>
        <button
          type="button"
          className="viewer__nav viewer__nav--next"
          aria-label="Next photo"
          disabled={!nav.hasNext}
          onClick={() => void nav.goNext()}
        >
          <ChevronRightIcon />
        </button>
      </div>
      {asset && infoOpen ? (
        <div className="viewer__panel">
          <AssetInfoPanel
            asset={asset}
            highlightedFaceId={highlightedFaceId}
            onHighlightFace={onHighlightFace}
            personHref={(personId) => paths.person(personId, filter)}
          />
        </div>
      ) : null}
    </div>
  );
}

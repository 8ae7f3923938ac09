import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { assetQueries, findListedAsset } from '../api/queries.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { ChevronLeftIcon, ChevronRightIcon, CloseIcon } from '../ui/icons.tsx';
import { isTypingOrChord } from '../ui/keyboard.ts';
import { AssetNotFound, isNotFound } from '../ui/not-found-state.tsx';
import { AssetInfoPanel } from './asset-info-panel.tsx';
import { readSlideshowRequest, withoutSlideshow, type SlideshowRequest } from './slideshow-start.ts';
import { useViewerNavigation } from './viewer-navigation.ts';
import { ViewerStage } from './viewer-stage.tsx';
import { ViewerToolbar } from './viewer-toolbar.tsx';
import './asset-viewer.css';

// The slideshow is its own chunk: most visits never start one.
const Slideshow = lazy(() => import('./slideshow.tsx').then((module) => ({ default: module.Slideshow })));

const APP_NAME = 'Contact Sheet';

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
  // A tap on a phone hides the toolbar and arrows for an unobstructed photo; another brings them back.
  const [controlsHidden, setControlsHidden] = useState(false);
  const [slideshow, setSlideshow] = useState<SlideshowRequest | null>(() =>
    readSlideshowRequest(location.search, location.state),
  );
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
  const endSlideshow = useCallback(() => {
    setSlideshow(null);
    // Ends on the photo shown last, without the request (a reload must not restart the show).
    void navigate(paths.asset(assetId, filter), { replace: true, state: withoutSlideshow(location.state) });
  }, [navigate, assetId, filter, location.state]);

  const asset = detail.data;
  useEffect(() => {
    if (!asset) return undefined;
    const before = document.title;
    document.title = `${asset.original_file_name} — ${APP_NAME}`;
    return () => {
      document.title = before;
    };
  }, [asset]);

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

  // Touch screens, at the fit: a sideways swipe steps like ←/→, a swipe down closes, a tap
  // toggles the controls (the stage tells a tap from a double tap, which zooms).
  const { goNext, goPrevious } = nav;
  const gestures = useMemo(
    () => ({
      onSwipe: (direction: -1 | 1) => (direction === 1 ? void goNext() : goPrevious()),
      onSwipeDown: close,
      onTap: () => setControlsHidden((hidden) => !hidden),
    }),
    [goNext, goPrevious, close],
  );

  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => dialogRef.current?.focus({ preventScroll: true }), []);
  // Back from the slideshow, keys go to the viewer again.
  useEffect(() => {
    if (slideshow === null) dialogRef.current?.focus({ preventScroll: true });
  }, [slideshow]);

  if (!asset && detail.isError && isNotFound(detail.error))
    return <AssetNotFound backTo={paths.grid(filter)} />;
  const classes = [
    'viewer',
    asset && infoOpen ? 'viewer--with-panel' : '',
    controlsHidden ? 'viewer--bare' : '',
  ];
  return (
    <div
      ref={dialogRef}
      className={classes.filter(Boolean).join(' ')}
      role="dialog"
      aria-modal="true"
      aria-label="Photo viewer"
      tabIndex={-1}
    >
      <div className="viewer__main">
        <ViewerToolbar
          asset={asset}
          nav={nav}
          showAllFaces={showAllFaces}
          infoOpen={infoOpen}
          onClose={close}
          onToggleFaces={() => setShowAllFaces((v) => !v)}
          onToggleInfo={() => setInfoOpen((v) => !v)}
          onSlideshow={() => setSlideshow({})}
        />
        {asset ? (
          <ViewerStage
            key={asset.id}
            asset={asset}
            showAllFaces={showAllFaces}
            highlightedFaceId={highlightedFaceId}
            onHighlightFace={onHighlightFace}
            gestures={gestures}
            active={slideshow === null}
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
          {/* On a phone the panel is a sheet over the photo: its own Close stays in reach. */}
          <div className="viewer__sheet-bar">
            <span className="viewer__sheet-title">Details</span>
            <button
              type="button"
              className="icon-button"
              aria-label="Close details"
              onClick={() => setInfoOpen(false)}
            >
              <CloseIcon />
            </button>
          </div>
          <AssetInfoPanel
            asset={asset}
            highlightedFaceId={highlightedFaceId}
            onHighlightFace={onHighlightFace}
            personHref={(personId) => paths.person(personId, filter)}
          />
        </div>
      ) : null}
      {slideshow !== null ? (
        <Suspense fallback={null}>
          <Slideshow asset={asset} request={slideshow} nav={nav} go={go} onEnd={endSlideshow} />
        </Suspense>
      ) : null}
    </div>
  );
}

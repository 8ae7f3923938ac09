import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Asset } from '../../contract/entities.ts';
import { assetImageUrl } from '../api/image-url.ts';
import { findListedAsset } from '../api/queries.ts';
import { photoAltText } from '../gallery/alt-text.ts';
import { ChevronLeftIcon, ChevronRightIcon, CloseIcon } from '../ui/icons.tsx';
import {
  SLIDESHOW_INTERVALS_S,
  stepInList,
  type SlideshowInterval,
  type SlideshowRequest,
} from './slideshow-start.ts';
import { advanceDelayMs, type SlideProgress } from './slideshow-advance.ts';
import { SlideshowVideo } from './slideshow-video.tsx';
import type { ViewerNavigation } from './viewer-navigation.ts';
import { PauseIcon, PlayIcon } from './viewer-icons.tsx';
import './slideshow.css';

export interface SlideshowProps {
  /** The photo the viewer is on: the slideshow moves the viewer, so Esc ends on the last shown. */
  asset: Asset | undefined;
  request: SlideshowRequest;
  /** The viewer's own ←/→ through the current filter, for a slideshow without a list. */
  nav: ViewerNavigation;
  go: (assetId: string) => void;
  onEnd: () => void;
}

/** The controls hide after this long without the pointer moving. */
const CONTROLS_IDLE_MS = 2500;

/**
 * Photos one after another, full screen where the browser allows it: over the selection's ids
 * when given, else through the current filter with the viewer's navigation (which also warms the
 * next preview). The interval starts once a photo has loaded, so a slow photo still gets its
 * full time. Space pauses, ←/→ step, Esc (or leaving full screen) ends on the photo shown last.
 * A video plays through (muted if the browser refuses sound) and the show moves on when it ends,
 * pausing with the show; one that cannot play shows its still for the interval, and one whose
 * playable copy is still being made is skipped after a while.
 */
export function Slideshow({ asset, request, nav, go, onEnd }: SlideshowProps) {
  const queryClient = useQueryClient();
  const rootRef = useRef<HTMLDivElement>(null);
  const [playing, setPlaying] = useState(true);
  const [intervalS, setIntervalS] = useState<SlideshowInterval>(5);
  const [slide, setSlide] = useState<{ id: string; progress: SlideProgress } | null>(null);
  const [controls, setControls] = useState(true);
  const [finished, setFinished] = useState(false);
  const assetId = asset?.id ?? '';
  const ids = request.assetIds;

  const step = (delta: 1 | -1) => {
    if (ids) {
      const target = stepInList(ids, assetId, delta);
      if (target) go(target);
      return target !== null;
    }
    if (delta === 1 ? !nav.hasNext : !nav.hasPrevious) return false;
    if (delta === 1) void nav.goNext();
    else nav.goPrevious();
    return true;
  };

  const advance = useEffectEvent(() => {
    if (!step(1)) {
      setPlaying(false);
      setFinished(true);
    }
  });
  useEffect(() => {
    if (!playing || slide?.id !== assetId || assetId === '') return undefined;
    const delay = advanceDelayMs(slide.progress, intervalS);
    if (delay === null) return undefined;
    const timer = window.setTimeout(() => advance(), delay);
    return () => window.clearTimeout(timer);
  }, [playing, slide, assetId, intervalS]);
  const progressOf = (id: string) => (progress: SlideProgress) => setSlide({ id, progress });

  // A selection's next photo is not the viewer's neighbour: warm its preview here.
  const nextInList = ids ? stepInList(ids, assetId, 1) : null;
  useEffect(() => {
    if (!nextInList) return;
    const image = new Image();
    image.decoding = 'async';
    image.src = assetImageUrl(
      { id: nextInList, thumbnail_url: findListedAsset(queryClient, nextInList)?.thumbnail_url },
      'preview',
    );
  }, [nextInList, queryClient]);

  // Full screen needs the click that started the show; without it the show fills the window.
  const entered = useRef(false);
  const end = useEffectEvent(onEnd);
  useEffect(() => {
    const root = rootRef.current;
    const onChange = () => {
      if (document.fullscreenElement === root) entered.current = true;
      else if (entered.current) end(); // Esc in full screen is the browser's: it ends the show too
    };
    document.addEventListener('fullscreenchange', onChange);
    root?.requestFullscreen?.().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === root) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const idle = useRef<number | undefined>(undefined);
  const wake = () => {
    setControls(true);
    window.clearTimeout(idle.current);
    idle.current = window.setTimeout(() => setControls(false), CONTROLS_IDLE_MS);
  };
  useEffect(() => {
    idle.current = window.setTimeout(() => setControls(false), CONTROLS_IDLE_MS);
    return () => window.clearTimeout(idle.current);
  }, []);

  const togglePlaying = () => {
    setFinished(false);
    setPlaying((value) => !value);
  };
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      ' ': togglePlaying,
      ArrowLeft: () => step(-1),
      ArrowRight: () => step(1),
      Escape: onEnd,
    };
    // The interval menu keeps its own keys (the viewer's shortcuts skip form fields too).
    if ((event.target as HTMLElement | null)?.closest?.('select')) return;
    const action = actions[event.key];
    // Everything else stays with the slideshow too: the viewer under it must not zoom or step.
    event.stopPropagation();
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    wake();
    action();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, []);
  useEffect(() => rootRef.current?.focus({ preventScroll: true }), []);

  return (
    <div
      ref={rootRef}
      className={controls ? 'slideshow' : 'slideshow slideshow--idle'}
      role="dialog"
      aria-modal="true"
      aria-label="Slideshow"
      tabIndex={-1}
      onPointerMove={(event) => event.pointerType === 'mouse' && wake()}
      onClick={(event) => {
        const tag = (event.target as HTMLElement).tagName;
        if (event.target === event.currentTarget || tag === 'IMG' || tag === 'VIDEO') {
          if (controls) setControls(false);
          else wake();
        }
      }}
    >
      {asset?.mime_type.startsWith('video/') ? (
        <SlideshowVideo key={asset.id} asset={asset} playing={playing} onProgress={progressOf(asset.id)} />
      ) : asset ? (
        <img
          key={asset.id}
          className="slideshow__image"
          src={assetImageUrl(asset, 'preview')}
          alt={photoAltText(asset)}
          data-asset-id={asset.id}
          onLoad={() => setSlide({ id: asset.id, progress: 'shown' })}
          onError={() => setSlide({ id: asset.id, progress: 'shown' })}
        />
      ) : null}
      <div className="slideshow__controls">
        <button
          type="button"
          className="slideshow__button"
          onClick={() => step(-1)}
          aria-label="Previous photo"
        >
          <ChevronLeftIcon />
        </button>
        <button
          type="button"
          className="slideshow__button"
          onClick={togglePlaying}
          aria-label={playing ? 'Pause' : 'Play'}
          title={playing ? 'Pause (Space)' : 'Play (Space)'}
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
        </button>
        <button type="button" className="slideshow__button" onClick={() => step(1)} aria-label="Next photo">
          <ChevronRightIcon />
        </button>
        <label className="slideshow__interval">
          <span>Every</span>
          <select
            value={intervalS}
            onChange={(event) => setIntervalS(Number(event.target.value) as SlideshowInterval)}
          >
            {SLIDESHOW_INTERVALS_S.map((seconds) => (
              <option key={seconds} value={seconds}>
                {seconds} seconds
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="slideshow__button"
          onClick={onEnd}
          aria-label="End slideshow"
          title="End (Esc)"
        >
          <CloseIcon />
        </button>
      </div>
      <p className="slideshow__status" role="status">
        {finished ? 'End of the slideshow' : playing ? '' : 'Paused'}
      </p>
    </div>
  );
}

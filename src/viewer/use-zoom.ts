import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import { isTypingOrChord } from '../ui/keyboard.ts';
import {
  clampPan,
  clampScale,
  FIT_VIEW,
  maxScale,
  oneToOneScale,
  panBy,
  snapThroughOneToOne,
  wheelZoomFactor,
  ZOOM_STEP,
  zoomAbout,
  zoomPercent,
  type Box,
  type Point,
  type ZoomView,
} from './zoom-math.ts';

/** After zooming lands on 100 %, further wheel input is held this long: a pinch rests there. */
const REST_AT_ONE_TO_ONE_MS = 350;
/** An arrow key pans by this share of the stage. */
const ARROW_PAN_SHARE = 0.2;

export interface Zoom {
  view: ZoomView;
  zoomed: boolean;
  /** The zoom as a person reads it (100 % = one original pixel per screen pixel). */
  percent: number;
  canZoom: boolean;
  /** A point in viewport (client) coordinates, relative to the stage's centre. */
  toStagePoint: (clientX: number, clientY: number) => Point;
  zoomTo: (scale: number, about: Point) => void;
  /** Double-click or double-tap: the fit ↔ 100 % (or as far as the photo allows). */
  toggle: (about: Point) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
  pan: (dx: number, dy: number) => void;
  /** A pinch: `from` zoomed to `scale` about `about`, then moved by `shift` (the fingers' travel). */
  pinchTo: (from: ZoomView, scale: number, about: Point, shift: Point) => void;
}

/**
 * The photo's zoom and pan over one stage: the wheel (Ctrl+wheel and trackpad pinches always,
 * a plain wheel while zoomed), +/−/0 and the arrows while zoomed, Esc back to the fit. Keys are
 * taken in the capture phase so the viewer's own ←/→/Esc see them only when zoom did not use
 * them. `fit` is the photo's fitted size in CSS px, `originalWidth` the original's pixels.
 */
export function useZoom(
  stageRef: RefObject<HTMLElement | null>,
  stage: Box,
  fit: Box | null,
  originalWidth: number,
  enabled: boolean,
): Zoom {
  const [view, setRawView] = useState<ZoomView>(FIT_VIEW);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const oneToOne = fit ? oneToOneScale(fit.width, originalWidth, dpr) : 1;
  const canZoom = fit !== null && maxScale(oneToOne) > 1;
  const restUntil = useRef(0);

  // A resize re-clamps the view (the stage may have shrunk under a panned photo).
  const shown = fit ? clampPan({ ...view, scale: clampScale(view.scale, oneToOne) }, fit, stage) : FIT_VIEW;

  const zoomTo = (scale: number, about: Point) => {
    if (!fit) return;
    setRawView((old) => zoomAbout(old, clampScale(scale, oneToOne), about, fit, stage));
  };
  const stepTo = (target: number, about: Point) => {
    if (!fit) return;
    setRawView((old) => zoomAbout(old, snapThroughOneToOne(old.scale, target, oneToOne), about, fit, stage));
  };
  const toStagePoint = (clientX: number, clientY: number): Point => {
    const rect = stageRef.current?.getBoundingClientRect();
    if (!rect) return { x: 0, y: 0 };
    return { x: clientX - rect.left - rect.width / 2, y: clientY - rect.top - rect.height / 2 };
  };
  const centre = { x: 0, y: 0 };
  const zoomed = shown.scale > 1.001;

  const zoom: Zoom = {
    view: shown,
    zoomed,
    percent: zoomPercent(shown.scale, oneToOne),
    canZoom,
    toStagePoint,
    zoomTo,
    toggle: (about) => {
      if (zoomed) setRawView(FIT_VIEW);
      else stepTo(oneToOne > 1.05 ? oneToOne : maxScale(oneToOne), about);
    },
    zoomIn: () => stepTo(shown.scale * ZOOM_STEP, centre),
    zoomOut: () => stepTo(shown.scale / ZOOM_STEP, centre),
    reset: () => setRawView(FIT_VIEW),
    pan: (dx, dy) => fit && setRawView((old) => panBy(old, dx, dy, fit, stage)),
    pinchTo: (from, scale, about, shift) => {
      if (!fit) return;
      setRawView(zoomAbout(from, clampScale(scale, oneToOne), about, fit, stage, shift));
    },
  };

  const onWheel = useEffectEvent((event: WheelEvent) => {
    if (!enabled || !fit || !canZoom) return;
    // Ctrl+wheel is also how Chromium and Safari report a trackpad pinch.
    if (!event.ctrlKey && !zoomed) return;
    event.preventDefault();
    const now = performance.now();
    if (now < restUntil.current) return;
    const about = toStagePoint(event.clientX, event.clientY);
    const target = snapThroughOneToOne(
      shown.scale,
      shown.scale * wheelZoomFactor(event.deltaY, event.deltaMode),
      oneToOne,
    );
    if (target === oneToOne && shown.scale !== oneToOne) restUntil.current = now + REST_AT_ONE_TO_ONE_MS;
    setRawView(zoomAbout(shown, target, about, fit, stage));
  });
  useEffect(() => {
    const element = stageRef.current;
    if (!element) return undefined;
    // Not passive: the page must not scroll or zoom while the photo does.
    const listener = (event: WheelEvent) => onWheel(event);
    element.addEventListener('wheel', listener, { passive: false });
    return () => element.removeEventListener('wheel', listener);
  }, [stageRef]);

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!enabled || event.defaultPrevented || isTypingOrChord(event)) return;
    const panX = stage.width * ARROW_PAN_SHARE;
    const panY = stage.height * ARROW_PAN_SHARE;
    const always: Record<string, () => void> = {
      '+': zoom.zoomIn,
      '=': zoom.zoomIn,
      '-': zoom.zoomOut,
      '0': zoom.reset,
    };
    // While zoomed the arrows look around the photo instead of stepping to the next one.
    const whileZoomed: Record<string, () => void> = {
      Escape: zoom.reset,
      ArrowLeft: () => zoom.pan(panX, 0),
      ArrowRight: () => zoom.pan(-panX, 0),
      ArrowUp: () => zoom.pan(0, panY),
      ArrowDown: () => zoom.pan(0, -panY),
    };
    const action = always[event.key] ?? (zoomed ? whileZoomed[event.key] : undefined);
    if (!action || (!canZoom && event.key !== '0')) return;
    event.preventDefault();
    action();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, []);

  return zoom;
}

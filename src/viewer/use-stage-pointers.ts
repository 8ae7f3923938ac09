import { useEffect, useRef, type PointerEvent } from 'react';
import { pinchScale, type Point, type ZoomView } from './zoom-math.ts';
import type { Zoom } from './use-zoom.ts';

/** How far a finger must travel before a touch is a swipe or a drag, not a tap. */
const TAP_SLOP_PX = 10;
/** Sideways travel for a swipe to the neighbour, and downward travel to close. */
const SWIPE_MIN_PX = 50;
const SWIPE_DOWN_MIN_PX = 90;
/** Two taps this close in time (and place) are a double tap. */
const DOUBLE_TAP_MS = 300;
const DOUBLE_TAP_SLOP_PX = 30;

export interface StageGestures {
  /** A horizontal swipe at the fit: −1 for the previous photo, +1 for the next. */
  onSwipe: (direction: -1 | 1) => void;
  /** A downward swipe at the fit. */
  onSwipeDown: () => void;
  /** One tap on a touch screen (after the double-tap window has passed). */
  onTap: () => void;
}

interface Pinch {
  distance: number;
  mid: Point;
  view: ZoomView;
}

const distanceOf = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const midOf = (a: Point, b: Point) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/**
 * Pointer events on the stage: a drag pans a zoomed photo (mouse, pen or one finger), two
 * fingers pinch about their midpoint, a double tap toggles the zoom like a double click; at the
 * fit a touch swipe steps or closes and a tap toggles the controls. The stage has
 * `touch-action: none`, so the page itself never pinches or scrolls under the photo.
 */
export function useStagePointers(zoom: Zoom, gestures: StageGestures) {
  const pointers = useRef(new Map<number, Point>());
  const start = useRef<{ point: Point; time: number; type: string; moved: boolean } | null>(null);
  const pinch = useRef<Pinch | null>(null);
  const lastTap = useRef<{ point: Point; time: number } | null>(null);
  const tapTimer = useRef<number | undefined>(undefined);
  const lastType = useRef('mouse');
  useEffect(() => () => window.clearTimeout(tapTimer.current), []);

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    // Clicks on face boxes and buttons inside the stage stay theirs.
    if ((event.target as HTMLElement).closest('button, a')) return;
    lastType.current = event.pointerType;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const point = { x: event.clientX, y: event.clientY };
    pointers.current.set(event.pointerId, point);
    if (pointers.current.size === 1) {
      start.current = { point, time: performance.now(), type: event.pointerType, moved: false };
    } else if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()] as [Point, Point];
      pinch.current = { distance: distanceOf(a, b), mid: midOf(a, b), view: zoom.view };
      if (start.current) start.current.moved = true;
    }
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const previous = pointers.current.get(event.pointerId);
    if (!previous) return;
    const point = { x: event.clientX, y: event.clientY };
    pointers.current.set(event.pointerId, point);
    const from = start.current;
    if (from && distanceOf(from.point, point) > TAP_SLOP_PX) from.moved = true;
    const p = pinch.current;
    if (p && pointers.current.size >= 2) {
      const [a, b] = [...pointers.current.values()] as [Point, Point];
      const mid = midOf(a, b);
      const scale = pinchScale(p.view.scale, p.distance, distanceOf(a, b));
      // Zoom about where the fingers started, then follow the midpoint as they move together.
      zoom.pinchTo(p.view, scale, zoom.toStagePoint(p.mid.x, p.mid.y), {
        x: mid.x - p.mid.x,
        y: mid.y - p.mid.y,
      });
      return;
    }
    if (zoom.zoomed && pointers.current.size === 1) zoom.pan(point.x - previous.x, point.y - previous.y);
  };

  const endPointer = (event: PointerEvent<HTMLElement>, cancelled: boolean) => {
    if (!pointers.current.delete(event.pointerId)) return;
    if (pointers.current.size < 2) pinch.current = null;
    const from = start.current;
    if (pointers.current.size > 0 || !from) return;
    start.current = null;
    if (cancelled || from.type !== 'touch') return;
    const dx = event.clientX - from.point.x;
    const dy = event.clientY - from.point.y;
    if (from.moved) {
      lastTap.current = null;
      if (zoom.zoomed) return;
      if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) > Math.abs(dy)) gestures.onSwipe(dx < 0 ? 1 : -1);
      else if (dy >= SWIPE_DOWN_MIN_PX && dy > Math.abs(dx)) gestures.onSwipeDown();
      return;
    }
    const now = performance.now();
    const tap = { point: { x: event.clientX, y: event.clientY }, time: now };
    const before = lastTap.current;
    if (
      before &&
      now - before.time < DOUBLE_TAP_MS &&
      distanceOf(before.point, tap.point) < DOUBLE_TAP_SLOP_PX
    ) {
      window.clearTimeout(tapTimer.current);
      lastTap.current = null;
      zoom.toggle(zoom.toStagePoint(tap.point.x, tap.point.y));
      return;
    }
    lastTap.current = tap;
    window.clearTimeout(tapTimer.current);
    tapTimer.current = window.setTimeout(gestures.onTap, DOUBLE_TAP_MS);
  };

  return {
    onPointerDown,
    onPointerMove,
    onPointerUp: (event: PointerEvent<HTMLElement>) => endPointer(event, false),
    onPointerCancel: (event: PointerEvent<HTMLElement>) => endPointer(event, true),
    // Mice and trackpads double-click; touch double taps are handled above (Chromium also sends
    // a dblclick after them, which would toggle straight back).
    onDoubleClick: (event: { clientX: number; clientY: number }) => {
      if (lastType.current !== 'touch') zoom.toggle(zoom.toStagePoint(event.clientX, event.clientY));
    },
  };
}

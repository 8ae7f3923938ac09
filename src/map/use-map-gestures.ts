/**
 * Pan and zoom as people expect from a map: drag (mouse, pen or one finger), pinch with two
 * fingers, the wheel zooming about the pointer, arrows and +/− from the keyboard, and a Shift-drag
 * that draws a box (handed to `onBox` in screen points). Pointer events cover mouse and touch alike.
 */
import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import { panBy, zoomAbout, type MapView, type Point, type Size } from './map-view.ts';

/** How far a press may move before it is a drag rather than a click (a cluster's). */
const CLICK_SLOP_PX = 5;
/** One arrow press pans this share of the map. */
const ARROW_SHARE = 0.2;
/** Wheel pixels per doubling: a notch (100 px) zooms about a third of a level. */
const WHEEL_PX_PER_LEVEL = 300;

export interface Box {
  from: Point;
  to: Point;
}

type Update = (change: (view: MapView) => MapView) => void;

export function useMapGestures(
  ref: RefObject<HTMLElement | null>,
  size: Size,
  update: Update,
  onBox: (box: Box) => void,
) {
  const [box, setBox] = useState<Box | null>(null);
  // Whether the last press moved: a click after a drag is not a click on what is under it.
  const dragged = useRef(false);
  const pointers = useRef(new Map<number, Point>());
  const boxFrom = useRef<Point | null>(null);

  const local = (event: { clientX: number; clientY: number }): Point => {
    const rect = ref.current?.getBoundingClientRect();
    return [event.clientX - (rect?.left ?? 0), event.clientY - (rect?.top ?? 0)];
  };

  const onDown = useEffectEvent((event: PointerEvent) => {
    if (event.button !== 0) return;
    dragged.current = false;
    pointers.current.set(event.pointerId, local(event));
    if (event.shiftKey && pointers.current.size === 1) boxFrom.current = local(event);
  });

  const onMove = useEffectEvent((event: PointerEvent) => {
    const last = pointers.current.get(event.pointerId);
    if (!last) return;
    const now = local(event);
    const element = ref.current;
    if (!dragged.current && Math.hypot(now[0] - last[0], now[1] - last[1]) < CLICK_SLOP_PX) return;
    if (!dragged.current) {
      dragged.current = true;
      element?.setPointerCapture(event.pointerId);
    }
    if (boxFrom.current) {
      setBox({ from: boxFrom.current, to: now });
      return;
    }
    const others = [...pointers.current].filter(([id]) => id !== event.pointerId);
    pointers.current.set(event.pointerId, now);
    const other = others[0]?.[1];
    if (others.length === 1 && other) {
      // Pinch: the midpoint pans, the spread zooms about it.
      const before: Point = [(last[0] + other[0]) / 2, (last[1] + other[1]) / 2];
      const after: Point = [(now[0] + other[0]) / 2, (now[1] + other[1]) / 2];
      const spread = Math.hypot(now[0] - other[0], now[1] - other[1]);
      const spreadBefore = Math.hypot(last[0] - other[0], last[1] - other[1]);
      update((view) => {
        const moved = panBy(view, size, after[0] - before[0], after[1] - before[1]);
        return spreadBefore > 0 ? zoomAbout(moved, size, after, spread / spreadBefore) : moved;
      });
    } else if (others.length === 0) {
      update((view) => panBy(view, size, now[0] - last[0], now[1] - last[1]));
    }
  });

  const onUp = useEffectEvent((event: PointerEvent) => {
    pointers.current.delete(event.pointerId);
    if (boxFrom.current) {
      const from = boxFrom.current;
      boxFrom.current = null;
      setBox(null);
      const to = local(event);
      if (dragged.current && Math.abs(to[0] - from[0]) > 4 && Math.abs(to[1] - from[1]) > 4) {
        onBox({ from, to });
      }
    }
  });

  const onWheel = useEffectEvent((event: WheelEvent) => {
    event.preventDefault();
    const pixels = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
    const point = local(event);
    update((view) => zoomAbout(view, size, point, 2 ** (-pixels / WHEEL_PX_PER_LEVEL)));
  });

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const middle: Point = [size.width / 2, size.height / 2];
    const step = Math.min(size.width, size.height) * ARROW_SHARE;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = moves[event.key];
    if (move) update((view) => panBy(view, size, move[0], move[1]));
    else if (event.key === '+' || event.key === '=') update((view) => zoomAbout(view, size, middle, 2));
    else if (event.key === '-' || event.key === '_') update((view) => zoomAbout(view, size, middle, 0.5));
    else return;
    event.preventDefault();
  });

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const listeners: [string, (event: never) => void, AddEventListenerOptions?][] = [
      ['pointerdown', (event: PointerEvent) => onDown(event)],
      ['pointermove', (event: PointerEvent) => onMove(event)],
      ['pointerup', (event: PointerEvent) => onUp(event)],
      ['pointercancel', (event: PointerEvent) => onUp(event)],
      // Not passive: the wheel zooms the map, not the page.
      ['wheel', (event: WheelEvent) => onWheel(event), { passive: false }],
      ['keydown', (event: KeyboardEvent) => onKey(event)],
    ];
    for (const [type, listener, options] of listeners)
      element.addEventListener(type, listener as EventListener, options);
    return () => {
      for (const [type, listener] of listeners) element.removeEventListener(type, listener as EventListener);
    };
  }, [ref]);

  return { box, dragged };
}

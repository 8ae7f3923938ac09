import { useCallback, useEffect, useRef, type PointerEvent } from 'react';

/** How long a finger rests on a photo before it counts as "start selecting" (as in Google Photos). */
export const LONG_PRESS_MS = 450;
/** A finger that moves farther than this is scrolling, not pressing. */
const SLOP_PX = 10;

/**
 * A touch long-press on a tile: calls `onLongPress` once the finger has rested, and swallows the
 * click (and the context menu) that follows so the photo doesn't open as well.
 */
export function useLongPress(onLongPress: () => void) {
  const timer = useRef<number | null>(null);
  const start = useRef<{ x: number; y: number } | null>(null);
  const fired = useRef(false);
  const cancel = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    start.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);

  return {
    /** True once after a long-press: the click it ends in must do nothing else. */
    consumeFired: () => {
      const was = fired.current;
      fired.current = false;
      return was;
    },
    handlers: {
      onPointerDown: (event: PointerEvent) => {
        fired.current = false;
        if (event.pointerType !== 'touch') return;
        start.current = { x: event.clientX, y: event.clientY };
        timer.current = window.setTimeout(() => {
          timer.current = null;
          fired.current = true;
          onLongPress();
        }, LONG_PRESS_MS);
      },
      onPointerMove: (event: PointerEvent) => {
        const from = start.current;
        if (from && Math.hypot(event.clientX - from.x, event.clientY - from.y) > SLOP_PX) cancel();
      },
      onPointerUp: cancel,
      onPointerCancel: cancel,
      onContextMenu: (event: React.MouseEvent) => {
        if (fired.current || timer.current !== null) event.preventDefault();
      },
    },
  };
}

import { useCallback, useEffect, useState, type RefObject } from 'react';
import { MAX_ZOOM_STEP, MIN_ZOOM_STEP } from '../layout/row-height.ts';

const STORAGE_KEY = 'contact-sheet:row-size';

function storedStep(): number {
  try {
    const value = Number(window.localStorage.getItem(STORAGE_KEY));
    return Number.isInteger(value) ? Math.min(MAX_ZOOM_STEP, Math.max(MIN_ZOOM_STEP, value)) : 0;
  } catch {
    return 0;
  }
}

/**
 * The person's row size (an integer step around 0), kept across visits, changed by the size
 * control and by Ctrl+wheel (what a trackpad pinch sends) over the timeline, as in Google Photos.
 */
export function useZoomStep(scrollRef: RefObject<HTMLElement | null>) {
  const [step, setStep] = useState(storedStep);
  const change = useCallback((delta: number) => {
    setStep((old) => {
      const next = Math.min(MAX_ZOOM_STEP, Math.max(MIN_ZOOM_STEP, old + delta));
      try {
        window.localStorage.setItem(STORAGE_KEY, String(next));
      } catch {
        // Private mode: the size lasts for this visit.
      }
      return next;
    });
  }, []);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return undefined;
    let last = 0;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      // Not the browser's page zoom: the photos grow instead. One step per gesture burst.
      event.preventDefault();
      if (event.timeStamp - last < 250 || Math.abs(event.deltaY) < 1) return;
      last = event.timeStamp;
      change(event.deltaY < 0 ? 1 : -1);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [scrollRef, change]);

  return {
    step,
    bigger: () => change(1),
    smaller: () => change(-1),
    canGrow: step < MAX_ZOOM_STEP,
    canShrink: step > MIN_ZOOM_STEP,
  };
}

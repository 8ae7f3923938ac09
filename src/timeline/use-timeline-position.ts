import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/** The URL parameter holding the month in view: `?at=2019-07`. */
export const AT_PARAM = 'at';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Let the position settle before writing it: a scrub passes dozens of months a second. */
const WRITE_AFTER_MS = 400;

/**
 * The month in view, in the URL so reload, Back and a shared link land in the same place. Read
 * once when the timeline mounts (the month to start at), written (replacing the history entry,
 * never pushing one per month) when the month in view settles; `null` (the top of the timeline)
 * takes it out again, so the plain URL stays plain. `undefined`: not known yet.
 */
export function useTimelinePosition(currentMonth: string | null | undefined, writable: boolean) {
  const [params, setParams] = useSearchParams();
  const [initialMonth] = useState(() => {
    const at = params.get(AT_PARAM);
    return at && MONTH.test(at) ? at : null;
  });
  const { pathname } = useLocation();
  const written = useRef(initialMonth);
  const write = useCallback(
    (month: string | null) => {
      if (written.current === month) return;
      // Not once a click has left this page (a tile opening the viewer): the timeline stays
      // mounted, still writable, while the viewer's chunk loads, and this replace of the old
      // location took the person back to the grid (timeline.spec, ~1 run in 3 under a trace).
      if (window.location.pathname !== pathname) return;
      written.current = month;
      setParams(
        (old) => {
          const next = new URLSearchParams(old);
          if (month) next.set(AT_PARAM, month);
          else next.delete(AT_PARAM);
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setParams, pathname],
  );
  useEffect(() => {
    // Not while the viewer is open over the timeline: its URL is the photo's.
    if (currentMonth === undefined || !writable) return undefined;
    const timer = window.setTimeout(() => write(currentMonth), WRITE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [currentMonth, writable, write]);
  return { initialMonth };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

/** The URL parameter holding the month in view: `?at=2019-07`. */
export const AT_PARAM = 'at';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Let the position settle before writing it: a scrub passes dozens of months a second. */
const WRITE_AFTER_MS = 400;

/**
 * The month in view, in the URL so reload, Back and a shared link land in the same place. Read
 * once when the timeline mounts (the month to start at), written (replacing the history entry,
 * never pushing one per month) when the month in view settles.
 */
export function useTimelinePosition(currentMonth: string | null, writable: boolean) {
  const [params, setParams] = useSearchParams();
  const [initialMonth] = useState(() => {
    const at = params.get(AT_PARAM);
    return at && MONTH.test(at) ? at : null;
  });
  const written = useRef(initialMonth);
  const write = useCallback(
    (month: string) => {
      if (written.current === month) return;
      written.current = month;
      setParams(
        (old) => {
          const next = new URLSearchParams(old);
          next.set(AT_PARAM, month);
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setParams],
  );
  useEffect(() => {
    // Not while the viewer is open over the timeline: its URL is the photo's.
    if (!currentMonth || !writable) return undefined;
    const timer = window.setTimeout(() => write(currentMonth), WRITE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [currentMonth, writable, write]);
  return { initialMonth };
}

import { useEffect, useState } from 'react';
import { useConnectivity } from '../api/connectivity.ts';

/** Slow retries for an image whose server never comes back through the API. */
const RETRY_EVERY_MS = 10_000;
const MAX_TIMED_RETRIES = 6;

/**
 * Load a failed image again: at once when the server is reachable again (any API answer), or
 * every few seconds for a while. Remounting the `<img>` (a new key) makes the browser ask again.
 */
export function useImageRetry(): { attempt: number; onError: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  const connectivity = useConnectivity();
  useEffect(() => {
    if (!failed) return undefined;
    const retry = () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    };
    const unsubscribe = connectivity.onReachableAgain(retry);
    const timer = attempt < MAX_TIMED_RETRIES ? window.setTimeout(retry, RETRY_EVERY_MS) : undefined;
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [failed, attempt, connectivity]);
  return {
    attempt,
    onError: () => {
      connectivity.reportUnreachable();
      setFailed(true);
    },
  };
}

/** Longest wait for an idle moment before running anyway (a page that is never idle). */
const IDLE_TIMEOUT_MS = 1500;

/**
 * Run `task` when the main thread is next idle, or after {@link IDLE_TIMEOUT_MS}; returns a
 * cancel. Safari has no requestIdleCallback: a timeout stands in for it.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}

/**
 * Whether the photo server was unreachable, and a signal for when it answers again. Images load
 * through plain `<img>` elements that nothing retries: a tile whose image failed during an outage
 * listens here and loads it again once any request gets through.
 */
const listeners = new Set<() => void>();
let unreachable = false;

/** A request (or an image) failed in a way a working server would not cause. */
export function reportUnreachable(): void {
  unreachable = true;
}

/** A response arrived: if the server was unreachable, tell everyone waiting. */
export function reportReachable(): void {
  if (!unreachable) return;
  unreachable = false;
  for (const listener of [...listeners]) listener();
}

/** Call `listener` the next times the server is reachable again; returns the unsubscribe. */
export function onReachableAgain(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

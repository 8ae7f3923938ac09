/**
 * Whether the photo server was unreachable, and a signal for when it answers again. Images load
 * through plain `<img>` elements that nothing retries: a tile whose image failed during an outage
 * listens here and loads it again once any request gets through. One instance per app, shared by
 * the API client (which reports) and the tiles (which listen); tests make their own.
 */
import { createContext, use } from 'react';

export interface Connectivity {
  /** A request (or an image) failed in a way a working server would not cause. */
  reportUnreachable(): void;
  /** A response arrived: if the server was unreachable, tell everyone waiting. */
  reportReachable(): void;
  /** Call `listener` the next times the server is reachable again; returns the unsubscribe. */
  onReachableAgain(listener: () => void): () => void;
}

export function createConnectivity(): Connectivity {
  const listeners = new Set<() => void>();
  let unreachable = false;
  return {
    reportUnreachable() {
      unreachable = true;
    },
    reportReachable() {
      if (!unreachable) return;
      unreachable = false;
      for (const listener of [...listeners]) listener();
    },
    onReachableAgain(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export const ConnectivityContext = createContext<Connectivity | null>(null);

/** The app's connectivity, from `AppProviders`. */
export function useConnectivity(): Connectivity {
  const connectivity = use(ConnectivityContext);
  if (!connectivity) throw new Error('No Connectivity provided: render inside AppProviders');
  return connectivity;
}

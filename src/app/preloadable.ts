/**
 * A chunk that can be fetched ahead of need (when idle, on intent) and then shows at once.
 *
 * Why not React.lazy alone: lazy calls its loader only when it first renders, and a component
 * that suspends inside a Suspense boundary that is new on screen keeps its fallback up for React
 * 19's reveal throttle (300 ms), even when the chunk was fetched long before: measured on the map,
 * the chunk was in by 70 ms after the click and the page appeared at 360–410 ms. Here the loader
 * runs on `preload()`, and `usePreloaded` renders the module the moment it is in (at once when it
 * already is), with no Suspense boundary and so no throttle.
 */
import { useEffect, useState } from 'react';

export interface Preloadable<M> {
  /** Fetch the module now; repeat calls share one import (a failed one is tried again). */
  preload: () => Promise<M>;
  /** The module if it has arrived. */
  loaded: () => M | null;
}

export function preloadable<M>(load: () => Promise<M>): Preloadable<M> {
  let module: M | null = null;
  let pending: Promise<M> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (m) => (module = m),
      (error: unknown) => {
        pending = null; // A network blip or a redeploy: the next attempt imports again.
        throw error;
      },
    ));
  return { preload, loaded: () => module };
}

/**
 * The module once it is in (at once if it already is), loading it if need be; a failed import is
 * thrown during render, for the route's error boundary to show.
 */
export function usePreloaded<M>(source: Preloadable<M>): M | null {
  const [state, setState] = useState<{ module: M | null; error: Error | null }>(() => ({
    module: source.loaded(),
    error: null,
  }));
  useEffect(() => {
    if (state.module) return undefined;
    let live = true;
    source.preload().then(
      (module) => live && setState({ module, error: null }),
      (error: unknown) =>
        live && setState({ module: null, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [source, state.module]);
  if (state.error) throw state.error;
  return state.module;
}

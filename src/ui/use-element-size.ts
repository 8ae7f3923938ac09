import { startTransition, useLayoutEffect, useState, type RefObject } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

/**
 * The element's content-box size, kept current with a ResizeObserver (0×0 before layout).
 * `deferFirst`: the first measurement renders as a transition instead of at once, so what waits
 * on a size (the timeline's tiles) renders in slices after the frame without it, rather than in
 * one long task inside the first commit.
 */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  { deferFirst = false }: { deferFirst?: boolean } = {},
): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    // The last size asked for, so the observer's first report (the same size) asks nothing:
    // a deferred first size still pending would otherwise be overtaken by an urgent one.
    let last: ElementSize | null = null;
    const update = (width: number, height: number, urgent: boolean) => {
      if (last && last.width === width && last.height === height) return;
      last = { width, height };
      const set = () =>
        setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
      if (urgent) set();
      else startTransition(set);
    };
    update(element.clientWidth, element.clientHeight, !deferFirst);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => update(element.clientWidth, element.clientHeight, true));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, deferFirst]);
  return size;
}

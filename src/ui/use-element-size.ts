import { useLayoutEffect, useState, type RefObject } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

/**
 * The element's content-box size, kept current with a ResizeObserver (0×0 before layout).
 * `deferFirst`: the first measurement renders after the frame that shows the first commit, in a
 * render of its own, so what waits on a size (the timeline's tiles) is not inside that commit's
 * task and the page's frame paints first.
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
      // After the frame that shows the first commit, in one render: a transition's slices gave
      // way to everything else queued and put the first screen's tiles ~200 ms after that commit.
      else requestAnimationFrame(() => setTimeout(set, 0));
    };
    update(element.clientWidth, element.clientHeight, !deferFirst);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => update(element.clientWidth, element.clientHeight, true));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, deferFirst]);
  return size;
}

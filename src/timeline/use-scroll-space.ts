import {
  observeElementRect as observeRect,
  type Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import {
  contentRangeOf,
  fitsBox,
  followScroll,
  isConsistent,
  rebase,
  scrollBoxCapFor,
  scrollSpaceOf,
  seekContent,
  type ScrollPosition,
  type ScrollSpace,
} from './scroll-space.ts';

type Options = VirtualizerOptions<HTMLElement, Element>;

/** What the timeline passes to `useVirtualizer` and draws with. Offsets are content offsets. */
export interface ScrollSpaceBinding {
  /** Height to give the canvas inside the scroll element. */
  boxHeight: number;
  /** content − physical: draw an item at `start − drift` inside the canvas. Changes only on a jump or rebase. */
  drift: number;
  observeElementOffset: Options['observeElementOffset'];
  /** Offsets are CONTENT offsets (a jump lands on the curve; a small move or an adjustment stays 1:1). */
  scrollToFn: Options['scrollToFn'];
  /** The current content offset (for the scrubber, anchoring, the URL). */
  contentOffset: () => number;
  /**
   * The scroll element as the virtualizer must see it: `scrollTop` and `scrollHeight` in content
   * px. Without it the virtualizer clamps every scroll command and adjustment to the capped box
   * (`getMaxScrollOffset` reads `scrollHeight − clientHeight`) and takes deep offsets for overscroll.
   */
  getScrollElement: Options['getScrollElement'];
  /** The default rect observer, given the real element (a ResizeObserver refuses the content view). */
  observeElementRect: Options['observeElementRect'];
  /** The heights in use. */
  space: ScrollSpace;
}

interface View {
  drift: number;
  /**
   * The box offset the drift was set for; non-null means the box is written once this drift is
   * on screen (so rows and scrollTop change in one frame), at the position current by then.
   */
  pending: number | null;
}

/**
 * Plugs the scroll-space mapping (scroll-space.ts) into react-virtual: the virtualizer works in
 * content px over a scroll box that never passes the browsers' cap, the box is rebased when
 * scrolling goes idle, and the drift is React state that changes only on a jump or a rebase.
 */
export function useScrollSpace(options: {
  scrollRef: RefObject<HTMLElement | null>;
  contentHeight: number;
}): ScrollSpaceBinding {
  const { scrollRef, contentHeight } = options;
  const [metrics, setMetrics] = useState({ viewport: 0, cap: scrollBoxCapFor(1) });
  const space = useMemo(
    () => scrollSpaceOf(contentHeight, metrics.viewport, metrics.cap),
    [contentHeight, metrics.viewport, metrics.cap],
  );
  const [view, setView] = useState<View>({ drift: 0, pending: null });

  const spaceRef = useRef(space);
  const position = useRef<ScrollPosition>({ physical: 0, content: 0 });
  const driftRef = useRef(0);
  const writing = useRef(false); // a box offset waits for its drift to render: ignore scroll events
  const reported = useRef(0); // the last content offset the virtualizer heard
  const report = useRef<((offset: number, isScrolling: boolean) => void) | null>(null);

  /** Make `next` the position; a new drift renders first, then the box moves (layout effect). */
  const commit = useCallback(
    (next: ScrollPosition, flush: boolean) => {
      const el = scrollRef.current;
      position.current = next;
      const drift = next.content - next.physical;
      if (drift === driftRef.current) {
        // While a new drift waits to render, its layout effect writes the box, at the latest
        // position: a write now would show the old drift over the new offset for a frame.
        if (!writing.current && el && el.scrollTop !== next.physical) writeBox(el, next, position);
        return;
      }
      driftRef.current = drift;
      writing.current = true;
      const update = () => setView({ drift, pending: next.physical });
      if (flush) flushSync(update);
      else update();
    },
    [scrollRef],
  );

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (view.pending === null || !el) return;
    writing.current = false;
    // The position now, not the one this drift was set for: adjustments that came while it
    // rendered (same drift) moved it on, and writing the older offset undid them (the next
    // scroll event carried the content back: at 1M, photos in view jumped by the lost px).
    writeBox(el, position.current, position);
    // Drift follows what the box took (a sub-px rounding); it renders on the next change.
    driftRef.current = position.current.content - position.current.physical;
  }, [view, scrollRef]);

  // The viewport height and the cap (devicePixelRatio includes zoom, which fires resize).
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const win = el?.ownerDocument.defaultView;
    if (!el || !win) return;
    const measure = () => {
      const next = { viewport: el.clientHeight, cap: scrollBoxCapFor(win.devicePixelRatio) };
      setMetrics((now) => (now.viewport === next.viewport && now.cap === next.cap ? now : next));
    };
    measure();
    const observer = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(measure) : null;
    observer?.observe(el);
    win.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      win.removeEventListener('resize', measure);
    };
  }, [scrollRef]);

  // A new space (real heights replace estimates, a resize): keep the content offset; keep the
  // box offset too when it is still consistent, so a scroll in progress is not disturbed.
  useLayoutEffect(() => {
    spaceRef.current = space;
    const el = scrollRef.current;
    if (!el) return;
    const content = Math.min(position.current.content, contentRangeOf(space));
    // (While a drift waits to render, the box is not yet where the position says.)
    const kept = { physical: writing.current ? position.current.physical : el.scrollTop, content };
    const keep = isConsistent(kept, space) && (!fitsBox(space) || kept.physical === content);
    commit(keep ? kept : rebase(kept, space), false);
    if (content !== reported.current) {
      reported.current = content;
      report.current?.(content, false);
    }
  }, [space, scrollRef, commit]);

  const observeElementOffset = useCallback<Options['observeElementOffset']>(
    (instance, cb) => {
      const el = scrollRef.current;
      const win = el?.ownerDocument.defaultView;
      if (!el || !win) return;
      report.current = cb;
      const useScrollend = instance.options.useScrollendEvent && 'onscrollend' in win;
      let timer: number | undefined;
      let touching = false;
      const tell = (isScrolling: boolean) => {
        reported.current = position.current.content;
        cb(position.current.content, isScrolling);
      };
      const settle = () => {
        timer = undefined;
        if (touching || writing.current) return;
        commit(rebase(position.current, spaceRef.current), true);
        tell(false);
      };
      const arm = () => {
        if (timer !== undefined) win.clearTimeout(timer);
        timer = win.setTimeout(settle, instance.options.isScrollingResetDelay);
      };
      const onScroll = () => {
        if (writing.current) return;
        const previous = position.current;
        const physical = el.scrollTop;
        if (physical !== previous.physical) commit(followScroll(previous, physical, spaceRef.current), true);
        // Nothing new for the virtualizer: the echo of a rebase.
        if (position.current.content === reported.current) return;
        if (!useScrollend) arm();
        tell(true);
      };
      const onTouch = (event: TouchEvent) => {
        touching = event.touches.length > 0;
        if (!touching && !useScrollend) arm();
      };
      const passive = { passive: true };
      el.addEventListener('scroll', onScroll, passive);
      if (useScrollend) el.addEventListener('scrollend', settle, passive);
      for (const type of ['touchstart', 'touchend', 'touchcancel'] as const)
        el.addEventListener(type, onTouch, passive);
      return () => {
        el.removeEventListener('scroll', onScroll);
        el.removeEventListener('scrollend', settle);
        for (const type of ['touchstart', 'touchend', 'touchcancel'] as const)
          el.removeEventListener(type, onTouch);
        if (timer !== undefined) win.clearTimeout(timer);
        if (report.current === cb) report.current = null;
      };
    },
    [scrollRef, commit],
  );

  const scrollToFn = useCallback<Options['scrollToFn']>(
    (offset, { adjustments = 0, behavior }) => {
      const el = scrollRef.current;
      if (!el) return;
      const previous = position.current;
      // An adjustment (items above changed size) stays 1:1 however large, so nothing moves on screen.
      const reach = adjustments !== 0 ? Infinity : undefined;
      const next = seekContent(previous, offset + adjustments, spaceRef.current, reach);
      const sameDrift = next.content - next.physical === driftRef.current;
      if (behavior === 'smooth' && sameDrift) {
        // The animation's frames are small moves: followScroll carries the content 1:1 to the target.
        el.scrollTo({ top: next.physical, behavior: 'smooth' });
        return;
      }
      // May run inside React's commit (a measured item): no flushSync here.
      commit(next, false);
      // Same box offset (only the drift changed, or nothing): no scroll event will tell the virtualizer.
      if (el.scrollTop === previous.physical) {
        queueMicrotask(() => {
          if (position.current.content === reported.current) return;
          reported.current = position.current.content;
          report.current?.(position.current.content, false);
        });
      }
    },
    [scrollRef, commit],
  );

  const views = useRef(new WeakMap<HTMLElement, HTMLElement>());
  const getScrollElement = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return null;
    let contentView = views.current.get(el);
    if (!contentView) {
      contentView = contentViewOf(el, position, spaceRef);
      views.current.set(el, contentView);
    }
    return contentView;
  }, [scrollRef]);

  const observeElementRect = useCallback<Options['observeElementRect']>(
    (instance, cb) => {
      const el = scrollRef.current;
      if (!el) return;
      // The default observer, over the real element: everything else comes from the instance.
      const real = Object.create(instance, { scrollElement: { value: el } }) as Virtualizer<
        HTMLElement,
        Element
      >;
      return observeRect(real, cb);
    },
    [scrollRef],
  );

  const contentOffset = useCallback(() => position.current.content, []);

  return {
    boxHeight: space.box,
    drift: view.drift,
    observeElementOffset,
    scrollToFn,
    contentOffset,
    getScrollElement,
    observeElementRect,
    space,
  };
}

/** Write the box offset and keep what it read back: the box rounds and clamps. */
function writeBox(el: HTMLElement, next: ScrollPosition, position: RefObject<ScrollPosition>): void {
  el.scrollTop = next.physical;
  const actual = el.scrollTop;
  if (actual !== next.physical) position.current = { physical: actual, content: next.content };
}

/**
 * The element with `scrollTop` and `scrollHeight` in content px; everything else is the element's
 * own (methods bound to it, so listeners and styles land on the real node).
 */
function contentViewOf(
  el: HTMLElement,
  position: RefObject<ScrollPosition>,
  space: RefObject<ScrollSpace>,
): HTMLElement {
  return new Proxy(el, {
    get(target, key) {
      if (key === 'scrollTop') return position.current.content;
      if (key === 'scrollHeight') return Math.max(space.current.content, target.clientHeight);
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set(target, key, value) {
      return Reflect.set(target, key, value, target);
    },
  });
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useScrollSpace } from '../../src/timeline/use-scroll-space.ts';

/**
 * A page for tests/scroll-space.spec.ts: `?rows=N&row=H` fixed-height rows (the default is
 * 50 M px: 1M assets), virtualized through useScrollSpace, with a handle on `window.scrollSpace`
 * for the test to read offsets and issue commands as the timeline would.
 */
const params = new URLSearchParams(location.search);
const ROW = Number(params.get('row') ?? 250);
const ROWS = Number(params.get('rows') ?? 200_000);

export interface Handle {
  row: number;
  rows: number;
  contentOffset: () => number;
  drift: () => number;
  boxHeight: () => number;
  /** Every drift change seen while scrolling, to tell jumps and rebases from 1:1 scrolling. */
  drifts: number[];
  scrollToIndex: (index: number) => void;
  scrollToOffset: (offset: number) => void;
  /** Grow one row (an estimate replaced by a real height) without the view moving. */
  resizeRow: (index: number, height: number) => void;
}

declare global {
  interface Window {
    scrollSpace: Handle;
  }
}

function Harness() {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const [sizes, setSizes] = useState<ReadonlyMap<number, number>>(new Map());
  const sizeOf = (index: number) => sizes.get(index) ?? ROW;
  let extra = 0;
  for (const size of sizes.values()) extra += size - ROW;
  const scrollSpace = useScrollSpace({ scrollRef, contentHeight: ROWS * ROW + extra });
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    count: ROWS,
    estimateSize: sizeOf,
    overscan: 2,
    getScrollElement: scrollSpace.getScrollElement,
    observeElementRect: scrollSpace.observeElementRect,
    observeElementOffset: scrollSpace.observeElementOffset,
    scrollToFn: scrollSpace.scrollToFn,
  });
  const handle = useRef<Handle | null>(null);
  handle.current ??= {
    row: ROW,
    rows: ROWS,
    contentOffset: () => 0,
    drift: () => 0,
    boxHeight: () => 0,
    drifts: [],
    scrollToIndex: () => undefined,
    scrollToOffset: () => undefined,
    resizeRow: () => undefined,
  };
  Object.assign(handle.current, {
    contentOffset: scrollSpace.contentOffset,
    drift: () => scrollSpace.drift,
    boxHeight: () => scrollSpace.boxHeight,
    scrollToIndex: (index: number) => virtualizer.scrollToIndex(index, { align: 'start' }),
    scrollToOffset: (offset: number) => virtualizer.scrollToOffset(offset),
    resizeRow: (index: number, height: number) => {
      setSizes((now) => new Map(now).set(index, height));
      virtualizer.resizeItem(index, height);
    },
  });
  const drifts = handle.current.drifts;
  if (drifts[drifts.length - 1] !== scrollSpace.drift) drifts.push(scrollSpace.drift);
  window.scrollSpace = handle.current;

  return (
    <div id="scroller" ref={scrollRef} tabIndex={0}>
      <div style={{ height: scrollSpace.boxHeight, position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            className="row"
            data-index={item.index}
            style={{ top: item.start - scrollSpace.drift, height: item.size }}
          >
            row {item.index}
          </div>
        ))}
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Harness />);

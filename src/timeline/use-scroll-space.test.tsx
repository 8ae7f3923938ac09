import { useVirtualizer } from '@tanstack/react-virtual';
import { act, render, waitFor } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { contentOf, scrollSpaceOf } from './scroll-space.ts';
import { useScrollSpace, type ScrollSpaceBinding } from './use-scroll-space.ts';

const ROW = 250;
const VIEWPORT = 768; // the test setup's element height

let binding: ScrollSpaceBinding | null = null;

function Rows({ rows }: { rows: number }) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const scrollSpace = useScrollSpace({ scrollRef, contentHeight: rows * ROW });
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    count: rows,
    estimateSize: () => ROW,
    getScrollElement: scrollSpace.getScrollElement,
    observeElementRect: scrollSpace.observeElementRect,
    observeElementOffset: scrollSpace.observeElementOffset,
    scrollToFn: scrollSpace.scrollToFn,
  });
  binding = scrollSpace;
  return (
    <div ref={scrollRef} data-testid="scroller">
      <div style={{ height: scrollSpace.boxHeight }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            style={{ top: item.start - scrollSpace.drift, height: ROW }}
          />
        ))}
      </div>
    </div>
  );
}

/** Scroll the box as a browser would: move scrollTop, then fire `scroll`. */
async function scrollBox(el: HTMLElement, top: number) {
  await act(async () => {
    el.scrollTop = top;
    el.dispatchEvent(new Event('scroll'));
    await Promise.resolve();
  });
}

const firstRowTop = (el: HTMLElement) => {
  const row = el.querySelector<HTMLElement>('[data-index]')!;
  return [Number(row.dataset.index), Number.parseFloat(row.style.top)] as const;
};

describe('useScrollSpace', () => {
  it('gives a 50 M px content an 8 M px box, scrolls it 1:1, jumps onto the curve and rebases at idle', async () => {
    const { getByTestId } = render(<Rows rows={200_000} />);
    const el = getByTestId('scroller');
    expect(binding!.boxHeight).toBe(8_000_000);
    expect((el.firstElementChild as HTMLElement).style.height).toBe('8000000px');

    await scrollBox(el, 500);
    expect(binding!.contentOffset()).toBe(500);
    expect(binding!.drift).toBe(0);

    // A scrollbar jump to the middle of the box.
    await scrollBox(el, 4_000_000);
    const space = scrollSpaceOf(200_000 * ROW, VIEWPORT);
    const landed = Math.round(contentOf(4_000_000, space));
    expect(binding!.contentOffset()).toBe(landed);
    expect(binding!.drift).toBe(landed - 4_000_000);
    // The rows drawn are the ones at that content offset, inside the box.
    await waitFor(() => expect(firstRowTop(el)[0]).toBeGreaterThan(landed / ROW - 20));
    const [index, top] = firstRowTop(el);
    expect(top).toBe(index * ROW - binding!.drift);

    // 1:1 from there; then at idle the box moves back onto the curve and the content stays.
    await scrollBox(el, 4_001_000);
    expect(binding!.contentOffset()).toBe(landed + 1000);
    expect(binding!.drift).toBe(landed - 4_000_000);
    await waitFor(() => expect(el.scrollTop).not.toBe(4_001_000), { timeout: 2000 });
    expect(binding!.contentOffset()).toBe(landed + 1000);
    expect(el.scrollTop + binding!.drift).toBe(landed + 1000);
  });

  it('keeps the content offset when the content height changes, and identity when it fits', async () => {
    const { getByTestId, rerender } = render(<Rows rows={200_000} />);
    const el = getByTestId('scroller');
    await scrollBox(el, 6_000_000);
    const offset = binding!.contentOffset();
    rerender(<Rows rows={240_000} />);
    expect(binding!.contentOffset()).toBe(offset);
    expect(el.scrollTop + binding!.drift).toBe(offset);

    rerender(<Rows rows={1000} />);
    expect(binding!.boxHeight).toBe(1000 * ROW);
    expect(binding!.drift).toBe(0);
    expect(binding!.contentOffset()).toBe(1000 * ROW - VIEWPORT);
    expect(el.scrollTop).toBe(1000 * ROW - VIEWPORT);
  });

  it('keeps an adjustment that comes while a jump’s new drift is still rendering', async () => {
    const { getByTestId } = render(<Rows rows={200_000} />);
    const el = getByTestId('scroller');
    await scrollBox(el, 500);
    const target = 30_000_000;
    const scrollTo = binding!.scrollToFn as (offset: number, options: { adjustments?: number }) => void;
    act(() => {
      // A jump (a new drift, drawn on the next render), then a month above growing by 120 px
      // before that render: both must hold once it is drawn.
      scrollTo(target, { adjustments: 0 });
      scrollTo(target, { adjustments: 120 });
    });
    expect(binding!.contentOffset()).toBe(target + 120);
    expect(el.scrollTop + binding!.drift).toBe(target + 120);
    await scrollBox(el, el.scrollTop);
    expect(binding!.contentOffset()).toBe(target + 120);
  });
});

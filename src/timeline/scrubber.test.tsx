import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TEST_HEIGHT } from '../testing/setup.ts';
import { Scrubber, type ScrubberProps } from './scrubber.tsx';
import { MIN_LABEL_GAP, scrubberMarks, type ScrubberMonth } from './scrubber-marks.ts';

/** 2019-07 back to 2017-01, newest first, sections of equal height. */
function months(): ScrubberMonth[] {
  const list: string[] = [];
  for (let year = 2019; year >= 2017; year--) {
    for (let month = year === 2019 ? 7 : 12; month >= 1; month--) {
      list.push(`${year}-${String(month).padStart(2, '0')}`);
    }
  }
  return list.map((month, index) => ({ month, count: 10, start: index / list.length }));
}

function renderScrubber(props: Partial<ScrubberProps> = {}) {
  const onScrub = vi.fn();
  const onJump = vi.fn();
  const all = props.months ?? months();
  const result = render(
    <Scrubber
      months={all}
      position={0}
      currentMonth={all[0]?.month ?? null}
      onScrub={onScrub}
      onJump={onJump}
      {...props}
    />,
  );
  const slider = screen.getByRole('slider', { name: 'Timeline' });
  return { ...result, slider, onScrub, onJump, user: userEvent.setup(), all };
}

describe('Scrubber', () => {
  it('is a slider over the month index, its value the month in view in words', () => {
    const { slider } = renderScrubber({ currentMonth: '2018-12' });
    expect(slider).toHaveAttribute('aria-valuemin', '0');
    expect(slider).toHaveAttribute('aria-valuemax', '30');
    expect(slider).toHaveAttribute('aria-valuenow', '7');
    expect(slider).toHaveAttribute('aria-valuetext', 'December 2018');
    expect(slider).toHaveAttribute('tabindex', '0');
  });

  it('takes the month from the position when the month in view is not known', () => {
    const { slider } = renderScrubber({ currentMonth: null, position: 0.5 });
    expect(slider).toHaveAttribute('aria-valuenow', '15');
  });

  it('steps by month with the arrows (Down is older), by year with the Page keys, to the ends with Home/End', async () => {
    const { slider, onJump, user } = renderScrubber({ currentMonth: '2019-03' });
    slider.focus();
    const steps: [string, string, string][] = [
      ['{ArrowDown}', '2019-02', 'February 2019'],
      ['{ArrowDown}', '2019-01', 'January 2019'],
      ['{ArrowUp}', '2019-02', 'February 2019'],
      ['{PageDown}', '2018-12', 'December 2018'],
      ['{PageDown}', '2017-12', 'December 2017'],
      ['{ArrowDown}', '2017-11', 'November 2017'],
      ['{PageUp}', '2017-12', 'December 2017'],
      ['{PageUp}', '2018-12', 'December 2018'],
      ['{End}', '2017-01', 'January 2017'],
      ['{ArrowDown}', '2017-01', 'January 2017'],
      ['{Home}', '2019-07', 'July 2019'],
      ['{ArrowUp}', '2019-07', 'July 2019'],
    ];
    for (const [key, month, words] of steps) {
      onJump.mockClear();
      await user.keyboard(key);
      expect(onJump).toHaveBeenCalledExactlyOnceWith(month, 0);
      expect(slider).toHaveAttribute('aria-valuetext', words);
    }
  });

  it('follows the month the timeline reports after a key', async () => {
    const { slider, rerender, onJump, onScrub, user, all } = renderScrubber({ currentMonth: '2019-03' });
    slider.focus();
    await user.keyboard('{ArrowDown}');
    rerender(
      <Scrubber months={all} position={0.5} currentMonth="2018-01" onScrub={onScrub} onJump={onJump} />,
    );
    expect(slider).toHaveAttribute('aria-valuetext', 'January 2018');
  });

  it('jumps to the month under a click, with how far into it', async () => {
    const { onJump, onScrub, user } = renderScrubber();
    const rail = screen.getByTestId('scrubber-rail');
    // 31 months over the rail: y at 10.5 months' height is in the 11th (2018-09), half way.
    const y = (10.5 / 31) * TEST_HEIGHT;
    await user.pointer({ keys: '[MouseLeft]', target: rail, coords: { clientY: y } });
    expect(onJump).toHaveBeenCalledOnce();
    const [month, within] = onJump.mock.calls[0]!;
    expect(month).toBe('2018-09');
    expect(within).toBeCloseTo(0.5, 5);
    expect(onScrub).not.toHaveBeenCalled();
  });

  it('travels while dragging, one scrub a frame, and jumps where it is let go', () => {
    const { onJump, onScrub } = renderScrubber();
    const rail = screen.getByTestId('scrubber-rail');
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    const monthY = TEST_HEIGHT / 31;
    fireEvent.pointerDown(rail, { button: 0, pointerId: 1, clientY: monthY * 0.5 });
    fireEvent.pointerMove(rail, { pointerId: 1, clientY: monthY * 2.5 });
    fireEvent.pointerMove(rail, { pointerId: 1, clientY: monthY * 3.5 });
    expect(frames).toHaveLength(1);
    expect(onScrub).not.toHaveBeenCalled();
    // The floating label shows the month under the pointer.
    expect(screen.getByText('April 2019')).toBeInTheDocument();
    act(() => frames[0]!(0));
    expect(onScrub).toHaveBeenCalledOnce();
    const [month, within, fraction] = onScrub.mock.calls[0]!;
    expect([month, within]).toEqual(['2019-04', expect.closeTo(0.5, 5)]);
    expect(fraction).toBeCloseTo(3.5 / 31, 5);
    fireEvent.pointerUp(rail, { pointerId: 1, clientY: monthY * 20.25 });
    expect(onJump).toHaveBeenCalledExactlyOnceWith('2017-11', expect.closeTo(0.25, 5));
    raf.mockRestore();
  });

  it('shows the month under a hovering pointer without jumping', () => {
    const { onJump } = renderScrubber();
    const rail = screen.getByTestId('scrubber-rail');
    fireEvent.pointerMove(rail, { clientY: (7.5 / 31) * TEST_HEIGHT });
    expect(screen.getByText('December 2018')).toBeInTheDocument();
    fireEvent.pointerLeave(rail);
    expect(screen.queryByText('December 2018')).not.toBeInTheDocument();
    expect(onJump).not.toHaveBeenCalled();
  });

  it('draws the year labels the pure module keeps, never closer than the gap, and the thumb at the position', () => {
    const all = months();
    const { container } = renderScrubber({ position: 0.25 });
    const labels = [...container.querySelectorAll<HTMLElement>('.scrubber-year')];
    const expected = scrubberMarks(all, TEST_HEIGHT).years;
    expect(labels.map((label) => label.textContent)).toEqual(['2019', '2018', '2017']);
    expect(labels.map((label) => Number.parseFloat(label.style.top))).toEqual(expected.map((mark) => mark.y));
    const tops = labels.map((label) => Number.parseFloat(label.style.top));
    for (let i = 1; i < tops.length; i++)
      expect(tops[i]! - tops[i - 1]!).toBeGreaterThanOrEqual(MIN_LABEL_GAP);
    expect(container.querySelectorAll('.scrubber-tick')).toHaveLength(31);
    const thumb = container.querySelector<HTMLElement>('.scrubber-thumb')!;
    expect(Number.parseFloat(thumb.style.top)).toBeCloseTo(TEST_HEIGHT * 0.25);
  });

  it('says when jumping is unavailable, and still spans what is loaded', () => {
    const { slider } = renderScrubber({
      unavailable: 'Jumping needs a newer server',
      months: months().slice(0, 5),
    });
    expect(slider).toHaveAccessibleDescription('Jumping needs a newer server');
    expect(slider).toHaveAttribute('aria-valuemax', '4');
  });

  it('shows the touch handle while scrolling and for a moment after', () => {
    vi.useFakeTimers();
    try {
      const { container, rerender, onJump, onScrub, all } = renderScrubber();
      expect(container.querySelector('.scrubber-handle')).toBeNull();
      const props = { months: all, position: 0, currentMonth: all[0]!.month, onJump, onScrub };
      rerender(<Scrubber {...props} scrolling />);
      expect(container.querySelector('.scrubber-handle')).not.toBeNull();
      rerender(<Scrubber {...props} scrolling={false} />);
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(container.querySelector('.scrubber-handle')).not.toBeNull();
      act(() => {
        vi.advanceTimersByTime(600);
      });
      expect(container.querySelector('.scrubber-handle')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('hides on a rail too short to say anything', () => {
    const spy = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(80);
    try {
      render(
        <Scrubber months={months()} position={0} currentMonth={null} onScrub={vi.fn()} onJump={vi.fn()} />,
      );
      expect(screen.queryByRole('slider')).not.toBeInTheDocument();
    } finally {
      spy.mockRestore();
    }
  });
});

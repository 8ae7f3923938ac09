import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { JumpToDate, lastDayOf } from './jump-to-date.tsx';
import { Scrubber } from './scrubber.tsx';
import type { ScrubberMonth } from './scrubber-marks.ts';

const months: ScrubberMonth[] = [
  { month: '2025-02', count: 10, start: 0 },
  { month: '2025-01', count: 10, start: 0.25 },
  { month: '2024-12', count: 10, start: 0.5 },
  { month: '2024-06', count: 10, start: 0.75 },
];

function renderScrubber(currentMonth: string, extra: { unavailable?: string } = {}) {
  const onJump = vi.fn();
  const onScrub = vi.fn();
  render(
    <Scrubber
      months={months}
      position={0}
      currentMonth={currentMonth}
      onJump={onJump}
      onScrub={onScrub}
      {...extra}
    />,
  );
  return { onJump, onScrub, slider: screen.getByRole('slider', { name: 'Timeline' }) };
}

describe('the scrubber', () => {
  it('is a slider over the months, saying the month in view', () => {
    const { slider } = renderScrubber('2025-01');
    expect(slider).toHaveAttribute('aria-valuenow', '1');
    expect(slider).toHaveAttribute('aria-valuemax', '3');
    expect(slider).toHaveAttribute('aria-valuetext', 'January 2025');
  });

  it.each([
    ['{ArrowDown}', '2024-12'],
    ['{ArrowUp}', '2025-02'],
    ['{Home}', '2025-02'],
    ['{End}', '2024-06'],
    ['{PageDown}', '2024-12'],
    ['{PageUp}', '2025-02'],
  ])('%s from January 2025 jumps to %s', async (key, month) => {
    const { onJump, slider } = renderScrubber('2025-01');
    slider.focus();
    await userEvent.keyboard(key);
    expect(onJump).toHaveBeenCalledWith(month, 0);
  });

  it('PageUp from June 2024 goes to the newest month of the year above', async () => {
    const { onJump, slider } = renderScrubber('2024-06');
    slider.focus();
    await userEvent.keyboard('{PageUp}');
    expect(onJump).toHaveBeenCalledWith('2025-02', 0);
  });

  it('a press and release on the rail jumps to the month under the pointer', () => {
    const { onJump, onScrub, slider } = renderScrubber('2025-02');
    // jsdom's rect is 0×0 here: give the rail a height.
    slider.getBoundingClientRect = () => ({ top: 0, height: 400, left: 0, width: 56 }) as DOMRect;
    slider.setPointerCapture = () => {};
    fireEvent.pointerDown(slider, { button: 0, clientY: 220, pointerId: 1 });
    expect(onScrub).toHaveBeenCalledWith('2024-12', expect.closeTo(0.2, 2), expect.closeTo(0.55, 2));
    fireEvent.pointerUp(slider, { clientY: 220, pointerId: 1 });
    expect(onJump).toHaveBeenCalledWith('2024-12', expect.closeTo(0.2, 2));
  });

  it('says why it cannot jump, and does not', async () => {
    const { onJump, slider } = renderScrubber('2025-02', { unavailable: 'Jumping needs a newer server' });
    expect(slider).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Jumping needs a newer server')).toBeInTheDocument();
    slider.focus();
    await userEvent.keyboard('{End}');
    expect(onJump).not.toHaveBeenCalled();
  });
});

describe('jump to date', () => {
  it('offers the years and months with photos, and jumps to the end of the month chosen', async () => {
    const onJump = vi.fn();
    const user = userEvent.setup();
    render(<JumpToDate months={months} onJump={onJump} />);
    await user.click(screen.getByRole('button', { name: 'Jump to date' }));
    await user.selectOptions(screen.getByLabelText('Year'), '2024');
    expect(screen.getAllByRole('option', { name: /June|December/ })).toHaveLength(2);
    await user.selectOptions(screen.getByLabelText('Month'), 'December');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(onJump).toHaveBeenCalledWith('2024-12-31');
    expect(screen.getByRole('button', { name: 'Jump to date' })).toHaveFocus();
  });

  it('takes a typed date, and Esc closes it', async () => {
    const onJump = vi.fn();
    const user = userEvent.setup();
    render(<JumpToDate months={months} onJump={onJump} />);
    await user.click(screen.getByRole('button', { name: 'Jump to date' }));
    fireEvent.change(screen.getByLabelText('or a date'), { target: { value: '2024-07-04' } });
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(onJump).toHaveBeenCalledWith('2024-07-04');
    await user.click(screen.getByRole('button', { name: 'Jump to date' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it.each([
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2024-12', '2024-12-31'],
  ])('the last day of %s is %s', (month, day) => expect(lastDayOf(month)).toBe(day));
});

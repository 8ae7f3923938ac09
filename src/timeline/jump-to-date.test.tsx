import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { JumpToDate } from './jump-to-date.tsx';
import { lastDayOf } from './jump-to-date-form.tsx';
import type { ScrubberMonth } from './scrubber-marks.ts';

const months: ScrubberMonth[] = [
  { month: '2024-02', count: 3, start: 0 },
  { month: '2023-11', count: 9, start: 0.1 },
  { month: '2023-06', count: 5, start: 0.4 },
  { month: '2019-07', count: 1, start: 0.7 },
  { month: 'unknown', count: 2, start: 0.9 },
];

function setup() {
  const onJump = vi.fn();
  render(<JumpToDate months={months} onJump={onJump} />);
  const user = userEvent.setup();
  const button = screen.getByRole('button', { name: 'Jump to date' });
  // The form is its own chunk: it shows once that has arrived.
  const open = async () => {
    await user.click(button);
    await screen.findByRole('dialog', { name: 'Jump to date' });
  };
  return { onJump, user, button, open };
}

describe('lastDayOf', () => {
  it.each([
    [2024, 2, '2024-02-29'],
    [2023, 2, '2023-02-28'],
    [1900, 2, '1900-02-28'],
    [2019, 7, '2019-07-31'],
    [2023, 11, '2023-11-30'],
  ])('%s-%s ends on %s', (year, month, day) => {
    expect(lastDayOf(year, month)).toBe(day);
  });
});

describe('JumpToDate', () => {
  it('opens a form focused on the year, offering only the years and months that exist', async () => {
    const { user, button, open } = setup();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await open();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const dialog = screen.getByRole('dialog', { name: 'Jump to date' });
    const year = screen.getByRole('combobox', { name: 'Year' });
    expect(year).toHaveFocus();
    expect(dialog).toContainElement(year);
    const options = (name: string) =>
      screen.getAllByRole('option').filter((o) => o.closest('label')?.textContent?.startsWith(name));
    expect(options('Year').map((o) => o.textContent)).toEqual(['2024', '2023', '2019']);
    expect(options('Month').map((o) => o.textContent)).toEqual(['February']);
    await user.selectOptions(year, '2023');
    expect(options('Month').map((o) => o.textContent)).toEqual(['November', 'June']);
  });

  it('jumps to the last day of the chosen month with Go, then closes and gives focus back', async () => {
    const { onJump, user, button, open } = setup();
    await open();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2023');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Month' }), 'June');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(onJump).toHaveBeenCalledExactlyOnceWith('2023-06-30');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('takes the newest month of a year picked after a month it lacks; Enter on a picker jumps', async () => {
    const { onJump, user, open } = setup();
    await open();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2023');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Month' }), 'June');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2019');
    expect(screen.getByRole('combobox', { name: 'Month' })).toHaveDisplayValue('July');
    await user.keyboard('{Enter}');
    expect(onJump).toHaveBeenCalledExactlyOnceWith('2019-07-31');
  });

  it('jumps to a typed date with Enter', async () => {
    const { onJump, user, open } = setup();
    await open();
    const input = screen.getByLabelText('Or a date');
    await user.type(input, '2021-05-17');
    await user.keyboard('{Enter}');
    expect(onJump).toHaveBeenCalledExactlyOnceWith('2021-05-17');
  });

  it('closes on Esc without jumping and returns focus to the button', async () => {
    const { onJump, user, button, open } = setup();
    await open();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(onJump).not.toHaveBeenCalled();
  });

  it('closes on a click outside', async () => {
    const { user, open } = setup();
    await open();
    await user.click(document.body);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('is disabled while no month has a date', () => {
    render(<JumpToDate months={[{ month: 'unknown', count: 1, start: 0 }]} onJump={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Jump to date' })).toBeDisabled();
  });
});

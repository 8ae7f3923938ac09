import { describe, expect, it } from 'vitest';
import { newPhotosLabel, planLiveMonths } from './live-months.ts';
import type { TimelineMonth } from './use-months.ts';

/** `'2024-06:3'` → June 2024 with 3 photos. */
const months = (...specs: string[]): TimelineMonth[] =>
  specs.map((spec) => {
    const [month, count] = spec.split(':');
    return { month: month!, count: Number(count), aspectRatioSum: Number(count) * 1.5 };
  });
const names = (list: readonly TimelineMonth[]) => list.map((m) => `${m.month}:${m.count}`);

describe('planLiveMonths: what a change of the counts does, given where the person is', () => {
  const shown = months('2024-06:3', '2024-05:10', '2024-03:4', '2023-12:8');
  const cases: {
    name: string;
    next: string[];
    top: string | null;
    months: string[];
    newAbove: number;
  }[] = [
    {
      name: 'at the top, a new month simply appears',
      next: ['2024-07:2', '2024-06:3', '2024-05:10', '2024-03:4', '2023-12:8'],
      top: null,
      months: ['2024-07:2', '2024-06:3', '2024-05:10', '2024-03:4', '2023-12:8'],
      newAbove: 0,
    },
    {
      name: 'scrolled down, a new month above waits and is counted',
      next: ['2024-07:2', '2024-06:3', '2024-05:10', '2024-03:4', '2023-12:8'],
      top: '2024-03',
      months: ['2024-06:3', '2024-05:10', '2024-03:4', '2023-12:8'],
      newAbove: 2,
    },
    {
      name: 'scrolled down, photos added to a month above wait and are counted',
      next: ['2024-06:5', '2024-05:11', '2024-03:4', '2023-12:8'],
      top: '2024-03',
      months: ['2024-06:3', '2024-05:10', '2024-03:4', '2023-12:8'],
      newAbove: 3,
    },
    {
      name: 'scrolled down, a change in the month in view and below shows at once, no pill',
      next: ['2024-06:3', '2024-05:10', '2024-03:6', '2023-11:1'],
      top: '2024-03',
      months: ['2024-06:3', '2024-05:10', '2024-03:6', '2023-11:1'],
      newAbove: 0,
    },
    {
      name: 'scrolled down, photos removed above are no news: the months above wait, no pill',
      next: ['2024-05:9', '2024-03:4', '2023-12:8'],
      top: '2024-03',
      months: ['2024-06:3', '2024-05:10', '2024-03:4', '2023-12:8'],
      newAbove: 0,
    },
    {
      name: 'scrolled down, added and removed above: only the added are counted',
      next: ['2024-07:4', '2024-05:9', '2024-03:4', '2023-12:8'],
      top: '2024-03',
      months: ['2024-06:3', '2024-05:10', '2024-03:4', '2023-12:8'],
      newAbove: 4,
    },
    {
      name: 'the whole month in view removed: the months below close up, above waits',
      next: ['2024-07:1', '2024-06:3', '2024-05:10', '2023-12:8'],
      top: '2024-03',
      months: ['2024-06:3', '2024-05:10', '2023-12:8'],
      newAbove: 1,
    },
  ];
  it.each(cases)('$name', ({ next, top, months: want, newAbove }) => {
    const plan = planLiveMonths(shown, months(...next), top);
    expect(names(plan.months)).toEqual(want);
    expect(plan.newAbove).toBe(newAbove);
  });

  it('keeps counting against what is shown as more changes come', () => {
    const first = planLiveMonths(
      shown,
      months('2024-07:1', '2024-06:3', '2024-05:10', '2024-03:4'),
      '2024-05',
    );
    const second = planLiveMonths(
      first.months,
      months('2024-07:3', '2024-06:4', '2024-05:10', '2024-03:4'),
      '2024-05',
    );
    expect(second.newAbove).toBe(4);
    expect(names(second.months)).toEqual(['2024-06:3', '2024-05:10', '2024-03:4']);
  });

  it('shows everything when the person reaches the top', () => {
    const waiting = planLiveMonths(shown, months('2024-07:2', ...names(shown)), '2024-05');
    const atTop = planLiveMonths(waiting.months, months('2024-07:2', ...names(shown)), null);
    expect(names(atTop.months)).toEqual(['2024-07:2', ...names(shown)]);
    expect(atTop.newAbove).toBe(0);
  });

  it('takes every month on a first load, even one that starts deep in the timeline', () => {
    const plan = planLiveMonths([], shown, '2024-03');
    expect(names(plan.months)).toEqual(names(shown));
  });
});

describe('newPhotosLabel', () => {
  it.each([
    [1, '1 new photo'],
    [3, '3 new photos'],
    [1200, '1,200 new photos'],
  ])('%i → %s', (count, label) => {
    expect(newPhotosLabel(count, (n) => n.toLocaleString('en'))).toBe(label);
  });
});

import { describe, expect, it } from 'vitest';
import { monthAtY, scrubberMarks, type ScrubberMonth } from './scrubber-marks.ts';

/** Months newest first, `sizes` giving each its share of the timeline. */
function monthsOf(keys: string[], sizes: number[] = keys.map(() => 1)): ScrubberMonth[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  let at = 0;
  return keys.map((month, i) => {
    const start = at / total;
    at += sizes[i] ?? 0;
    return { month, count: sizes[i] ?? 0, start };
  });
}

/** 20 years of months, newest first. */
const twentyYears = Array.from({ length: 240 }, (_, i) => {
  const year = 2025 - Math.floor(i / 12);
  return `${year}-${String(12 - (i % 12)).padStart(2, '0')}`;
});

describe('scrubberMarks', () => {
  it('labels every year when the rail has room, at the top of its newest month', () => {
    const { years } = scrubberMarks(monthsOf(twentyYears), 800);
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: 20 }, (_, i) => String(2025 - i)));
    expect(years[1]?.y).toBeCloseTo(40, 5);
  });

  it('never puts two labels closer than the gap on a short rail', () => {
    const { years } = scrubberMarks(monthsOf(twentyYears), 200, { minLabelGap: 18 });
    expect(years.length).toBeGreaterThan(5);
    expect(years.length).toBeLessThan(20);
    for (let i = 1; i < years.length; i++) expect(years[i]!.y - years[i - 1]!.y).toBeGreaterThanOrEqual(18);
    expect(years[0]?.year).toBe('2025');
  });

  it('a year of one photo beside a year of 100k: the tiny one is left out, not overlapped', () => {
    const months = monthsOf(['2025-06', '2024-03', '2023-01'], [100_000, 1, 100_000]);
    const { years } = scrubberMarks(months, 600);
    expect(years.map((y) => y.year)).toEqual(['2025', '2023']);
  });

  it('thins month ticks and keeps them off the labels', () => {
    const { ticks, years } = scrubberMarks(monthsOf(twentyYears), 300, { minTickGap: 4 });
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.y - ticks[i - 1]!.y).toBeGreaterThanOrEqual(4);
    for (const tick of ticks) expect(tick.month.endsWith('-12')).toBe(false);
    expect(years.length).toBeGreaterThan(0);
  });

  it('one month, and a rail of no height', () => {
    expect(scrubberMarks(monthsOf(['2024-05']), 500).years).toEqual([{ year: '2024', y: 0 }]);
    expect(scrubberMarks(monthsOf(['2024-05']), 0)).toEqual({ years: [], ticks: [] });
  });
});

describe('monthAtY', () => {
  const months = monthsOf(['2024-06', '2024-05', '2024-04', '2024-03'], [1, 2, 1, 0]);
  it.each([
    [0, 0, 0],
    [50, 0, 0.5],
    [100, 1, 0],
    [200, 1, 0.5],
    [399, 2, 0.99],
    [400, 3, 0],
    [1000, 3, 0],
    [-5, 0, 0],
  ])('y=%i on a 400 px rail is month %i, %f in', (y, index, within) => {
    const at = monthAtY(months, y, 400);
    expect(at.index).toBe(index);
    expect(at.within).toBeCloseTo(within, 2);
  });

  it('no months', () => expect(monthAtY([], 10, 100).index).toBe(-1));
});

import { describe, expect, it } from 'vitest';
import {
  MIN_LABEL_GAP,
  MIN_TICK_GAP,
  aimAtY,
  MIN_AIMABLE_SPAN,
  monthAtY,
  scrubberMarks,
  type ScrubberMonth,
  type YearMark,
} from './scrubber-marks.ts';

/** Months newest first from `counts`, each section as tall as its count (a linear row model). */
function monthsOf(counts: readonly (readonly [string, number])[]): ScrubberMonth[] {
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  let before = 0;
  return counts.map(([month, count]) => {
    const start = before / total;
    before += count;
    return { month, count, start };
  });
}

/** Every month from `newest` back `n` months, `count` photos each. */
function span(newestYear: number, n: number, count = 100): [string, number][] {
  const list: [string, number][] = [];
  for (let i = 0; i < n; i++) {
    const year = newestYear - Math.floor(i / 12);
    const month = 12 - (i % 12);
    list.push([`${year}-${String(month).padStart(2, '0')}`, count]);
  }
  return list;
}

function gaps(marks: readonly { y: number }[]): number[] {
  return marks.slice(1).map((mark, i) => mark.y - marks[i]!.y);
}

describe('scrubberMarks', () => {
  const twentyYears = monthsOf(span(2025, 240));
  const oneMonth = monthsOf([['2019-07', 3]]);
  const lopsided = monthsOf([
    ['2021-03', 1],
    ['2020-12', 50_000],
    ['2020-01', 50_000],
    ['2019-06', 40],
  ]);

  it.each([
    // name, months, rail height, expected years (top to bottom), expected tick count
    ['20 years on a tall rail: every year', twentyYears, 800, 20, 120],
    ['20 years on a short rail: every other year', twentyYears, 200, 10, 48],
    ['one month', oneMonth, 600, 1, 1],
    ['tiny rail: one label fits', twentyYears, 20, 1, 5],
    ['no rail', twentyYears, 0, 0, 0],
  ] as const)('%s', (_name, months, height, yearCount, tickCount) => {
    const { years, ticks } = scrubberMarks(months, height);
    expect(years).toHaveLength(yearCount);
    expect(ticks).toHaveLength(tickCount);
    for (const gap of gaps(years)) expect(gap).toBeGreaterThanOrEqual(MIN_LABEL_GAP - 1e-6);
    for (const gap of gaps(ticks)) expect(gap).toBeGreaterThanOrEqual(MIN_TICK_GAP - 1e-6);
    for (const mark of years) {
      expect(mark.y).toBeGreaterThanOrEqual(0);
      expect(mark.y).toBeLessThanOrEqual(Math.max(0, height - MIN_LABEL_GAP));
    }
  });

  it('puts each year label at the top of its newest month, linearly', () => {
    const { years } = scrubberMarks(twentyYears, 800);
    expect(years[0]).toEqual({ year: '2025', y: 0 });
    expect(years[1]).toEqual({ year: '2024', y: 40 });
    expect(years[19]!.year).toBe('2006');
    expect(years[19]!.y).toBeCloseTo(760);
  });

  it('keeps the label of a year of 100k photos beside a year of one photo', () => {
    const { years } = scrubberMarks(lopsided, 400);
    // 2021 (one photo) sits a hair above 2020 (100k): the big year keeps its label.
    expect(years.map((mark: YearMark) => mark.year)).toEqual(['2020', '2019']);
    expect(years[0]!.y).toBeCloseTo(400 / 100_041, 6);
  });

  it('lifts a label at the very bottom onto the rail, dropping it if that would collide', () => {
    const months = monthsOf([
      ['2020-05', 1000],
      ['2019-05', 1],
    ]);
    expect(scrubberMarks(months, 300).years).toEqual([
      { year: '2020', y: 0 },
      { year: '2019', y: 300 - MIN_LABEL_GAP },
    ]);
    expect(scrubberMarks(months, 20).years).toEqual([{ year: '2020', y: 0 }]);
  });

  it('honours a custom label gap and skips keys without a date', () => {
    const months = monthsOf([...span(2025, 24), ['unknown', 100]]);
    const { years, ticks } = scrubberMarks(months, 500, { minLabelGap: 300 });
    expect(years.map((mark) => mark.year)).toEqual(['2025']);
    expect(ticks.at(-1)!.month).toBe('unknown');
  });

  it('100 years of months on a 1000 px rail: labels never closer than the gap', () => {
    // (Speed is the bench's business; this is the shape of the answer at that size.)
    const { years } = scrubberMarks(monthsOf(span(2025, 1200)), 1000);
    expect(years.length).toBeGreaterThan(10);
    for (let i = 1; i < years.length; i++) expect(years[i]!.y - years[i - 1]!.y).toBeGreaterThanOrEqual(16);
  });
});

describe('monthAtY', () => {
  const months = monthsOf([
    ['2020-03', 50],
    ['2020-02', 25],
    ['2019-12', 25],
  ]);

  it.each([
    [0, 0, 0],
    [25, 0, 0.5],
    [50, 1, 0],
    [62.5, 1, 0.5],
    [99.99, 2, 0.9996],
    [100, 2, 1],
    [-10, 0, 0],
    [150, 2, 1],
  ])('y=%s on a 100 px rail is month %s, %s into it', (y, index, within) => {
    const at = monthAtY(months, y, 100);
    expect(at.index).toBe(index);
    expect(at.within).toBeCloseTo(within, 3);
  });

  it('has no month on an empty timeline and the first on a rail of no height', () => {
    expect(monthAtY([], 10, 100)).toEqual({ index: -1, within: 0 });
    expect(monthAtY(months, 10, 0)).toEqual({ index: 0, within: 0 });
  });

  it('finds the month of every y of 20 years in order', () => {
    const twenty = monthsOf(span(2025, 240));
    let previous = 0;
    for (let y = 0; y <= 960; y += 0.5) {
      const { index } = monthAtY(twenty, y, 960);
      expect(index).toBeGreaterThanOrEqual(previous);
      previous = index;
    }
    expect(previous).toBe(239);
  });
});

describe('aimAtY', () => {
  const months = monthsOf([
    ['2020-03', 50],
    ['2020-02', 25],
    ['2019-12', 25],
  ]);

  it('keeps the fraction into a month tall enough on the rail to aim into', () => {
    // 2020-03 spans 50 px of a 100 px rail.
    expect(aimAtY(months, 25, 100)).toEqual(monthAtY(months, 25, 100));
    expect(aimAtY(months, 25, 100).within).toBeCloseTo(0.5, 3);
  });

  it('lands on the start of a month too thin to aim into (the place its label names)', () => {
    // 2020-02 spans 25 % of the rail: below the aimable span on a rail of 80 px, above on 200.
    const rail = (MIN_AIMABLE_SPAN - 1) / 0.25;
    expect(aimAtY(months, rail * 0.6, rail)).toEqual({ index: 1, within: 0 });
    const tall = (MIN_AIMABLE_SPAN + 1) / 0.25;
    expect(aimAtY(months, tall * 0.625, tall).within).toBeCloseTo(0.5, 3);
  });

  it('a decade of equal months on an 800 px rail: every press lands on a month start', () => {
    const decade = monthsOf(span(2024, 120));
    for (let y = 0; y < 800; y += 7) expect(aimAtY(decade, y, 800).within).toBe(0);
  });

  it('has no month on an empty timeline', () => {
    expect(aimAtY([], 10, 100)).toEqual({ index: -1, within: 0 });
  });
});

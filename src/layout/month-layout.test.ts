import { describe, expect, it } from 'vitest';
import { clampAspectRatio, NEARLY_FULL } from './justified-rows.ts';
import {
  estimateDays,
  estimateMonthHeight,
  layoutMonth,
  MIN_DAY_LABEL_WIDTH,
  rowsInView,
  type MonthItem,
  type MonthLayout,
  type MonthLayoutOptions,
} from './month-layout.ts';
import { randomMonth, seededRandom } from './testing/random-months.ts';

const OPTIONS: MonthLayoutOptions = {
  width: 1000,
  gap: 4,
  targetRowHeight: 200,
  headerHeight: 50,
  dayLabelHeight: 30,
};

/** Items from a compact spec: `{ '2024-05-03': [1.5], '2024-05-02': [0.75, 1] }`, newest first. */
const month = (days: Record<string, number[]>): MonthItem[] =>
  Object.entries(days).flatMap(([day, aspects]) => aspects.map((aspectRatio) => ({ aspectRatio, day })));

const shape = (layout: MonthLayout) =>
  layout.rows.map(
    (row) => `${row.start}+${row.count} ${row.labels.map((label) => label.day.slice(8)).join(',')}`,
  );

const rowWidth = (row: { widths: readonly number[]; count: number }, gap: number) =>
  row.widths.reduce((a, b) => a + b, 0) + (row.count - 1) * gap;

/** Everything the timeline relies on, checked on any layout. */
function expectWellFormed(items: readonly MonthItem[], layout: MonthLayout, options: MonthLayoutOptions) {
  const { gap, width, targetRowHeight, headerHeight, dayLabelHeight } = options;
  const labelRoom = Math.min(width, options.minDayLabelWidth ?? MIN_DAY_LABEL_WIDTH);
  const lastOfDay = new Map(items.map((item, index) => [item.day, index]));
  let next = 0;
  let top = headerHeight;
  const labelled: string[] = [];
  layout.rows.forEach((row, r) => {
    expect(row.start).toBe(next);
    expect(row.top).toBe(top);
    expect(row.tileTop).toBe(top + (row.labels.length ? dayLabelHeight : 0));
    for (let k = 0; k < row.count; k++) expect(layout.rowOfItem[row.start + k]).toBe(r);
    // Filled to the pixel, or (ended early, not nearly full) left at the target height.
    const used = rowWidth(row, gap);
    if (used !== width) {
      expect(row.height).toBe(targetRowHeight);
      expect(used).toBeLessThan(NEARLY_FULL * width + 1);
    }
    let previousEnd = -gap;
    for (const label of row.labels) {
      const first = items.findIndex((item) => item.day === label.day);
      expect(first).toBeGreaterThanOrEqual(row.start); // labels only where a day starts
      expect(row.lefts[first - row.start]).toBe(label.x);
      expect(label.x).toBeGreaterThanOrEqual(previousEnd + gap); // never overlaps the previous label
      previousEnd = label.x + label.width;
      expect(previousEnd).toBeLessThanOrEqual(width);
      // Room to be read, unless the whole day is narrower (it ends in this row).
      if (label.width < labelRoom - 1) expect(lastOfDay.get(label.day)!).toBeLessThan(row.start + row.count);
      labelled.push(label.day);
    }
    next += row.count;
    top = row.tileTop + row.height + gap;
  });
  expect(next).toBe(items.length);
  expect(layout.height).toBe(top);
  expect(labelled).toEqual([...new Set(items.map((item) => item.day))]);
}

describe('layoutMonth', () => {
  it.each([
    [
      'small days share a row, each with its label',
      { '03': [1.5], '02': [0.75, 1], '01': [1] },
      OPTIONS,
      ['0+4 03,02,01'],
    ],
    [
      "a day whose first tiles don't fit starts the next row",
      { '02': [1.5, 1.5, 1], '01': [1.5] },
      OPTIONS,
      ['0+3 02', '3+1 01'],
    ],
    ['the same photos on one day share a row', { '01': [1.5, 1.5, 1, 1.5] }, OPTIONS, ['0+4 01']],
    [
      'a day joins only if the tiles under its label fit (default room: 96 px)',
      { '02': [1.5, 1.5, 1], '01': [0.5, 0.5] },
      OPTIONS,
      ['0+5 02,01'],
    ],
    [
      'a day joins only if the tiles under its label fit (150 px asked)',
      { '02': [1.5, 1.5, 1], '01': [0.5, 0.5] },
      { ...OPTIONS, minDayLabelWidth: 150 },
      ['0+3 02', '3+2 01'],
    ],
    [
      'a big day flows on; only the row where it starts has a label',
      { '01': new Array<number>(12).fill(1) },
      OPTIONS,
      ['0+5 01', '5+5 ', '10+2 '],
    ],
  ] as const)('%s', (_name, spec, options, expected) => {
    const items = month(Object.fromEntries(Object.entries(spec).map(([d, a]) => [`2024-05-${d}`, [...a]])));
    const layout = layoutMonth(items, options);
    expect(shape(layout)).toEqual(expected);
    expectWellFormed(items, layout, options);
  });

  it('places the header band, the label band and the tiles', () => {
    const layout = layoutMonth(month({ '2024-05-03': [0.75] }), OPTIONS);
    expect(layout.rows).toEqual([
      {
        start: 0,
        count: 1,
        top: 50,
        tileTop: 80,
        height: 200,
        lefts: [0],
        widths: [150],
        // The row's last label reaches the row's end: a lone portrait's date is not cut to 150 px.
        labels: [{ day: '2024-05-03', x: 0, width: 1000 }],
      },
    ]);
    expect(layout.height).toBe(50 + 30 + 200 + 4);
    expect([...layout.rowOfItem]).toEqual([0]);
  });

  it("gives a one-tile day its tile's span, even when its label is wider", () => {
    const items = month({ '2024-05-03': [0.5], '2024-05-02': [1.5, 1.5, 1.5, 1.5] });
    const [row] = layoutMonth(items, { ...OPTIONS, targetRowHeight: 150 }).rows;
    expect(row!.labels).toEqual([
      { day: '2024-05-03', x: 0, width: row!.widths[0] },
      { day: '2024-05-02', x: row!.lefts[1], width: 1000 - row!.lefts[1]! },
    ]);
    expect(row!.labels[0]!.width).toBeLessThan(MIN_DAY_LABEL_WIDTH);
  });

  it('an empty month is its header', () => {
    const layout = layoutMonth([], OPTIONS);
    expect(layout).toEqual({ rows: [], height: 50, rowOfItem: new Int32Array(0) });
  });

  it('width 0 gives zero-size rows, never NaN', () => {
    const items = month({ '2024-05-03': [1.5, 1], '2024-05-02': [0.75] });
    const layout = layoutMonth(items, { ...OPTIONS, width: 0 });
    expect(layout.rows.map((row) => [row.height, row.widths, row.labels.map((l) => l.width)])).toEqual([
      [0, [0], [0]],
      [0, [0], []],
      [0, [0], [0]],
    ]);
    expect(layout.height).toBe(50 + 3 * 4 + 2 * 30);
  });

  it('keeps its promises on random months at phone, laptop and 4K widths', () => {
    const random = seededRandom(3);
    for (const [width, targetRowHeight, gap] of [
      [382, 100, 2],
      [1392, 170, 4],
      [3800, 280, 6],
    ] as const) {
      const options = { ...OPTIONS, width, targetRowHeight, gap };
      for (const count of [1, 2, 5, 17, 60, 400, 1500]) {
        const items = randomMonth(random, count);
        expectWellFormed(items, layoutMonth(items, options), options);
      }
    }
  });

  it('lays out 20,000- and 100,000-asset months in one pass', () => {
    const random = seededRandom(5);
    for (const count of [20_000, 100_000]) {
      const layout = layoutMonth(randomMonth(random, count), OPTIONS);
      expect(layout.rows.reduce((sum, row) => sum + row.count, 0)).toBe(count);
      expect(layout.rowOfItem[count - 1]).toBe(layout.rows.length - 1);
    }
  });
});

describe('rowsInView', () => {
  const layout = layoutMonth(
    month({ '2024-05-02': new Array<number>(12).fill(1), '2024-05-01': [1] }),
    OPTIONS,
  );
  // Rows: 0+5 at 50 (label band 30 + 197 + gap 4), 5+5 at 281 (197 + 4), then the day's last two
  // with the next day's one tile at 482 (label band 30 + 200 + 4): the section ends at 716.
  it.each([
    ['the header only', 0, 50, 0, -1],
    ['the first row', 0, 51, 0, 0],
    ['the first row’s last pixel and the second', 280, 282, 0, 1],
    ['exactly the second row', 281, 482, 1, 1],
    ['all of it', -100, 10_000, 0, 2],
    ['below the section', 716, 900, 3, 2],
  ])('%s (%d..%d) → rows %d..%d', (_name, top, bottom, first, last) => {
    expect(layout.rows.map((row) => row.top)).toEqual([50, 281, 482]);
    expect(layout.height).toBe(716);
    expect(rowsInView(layout, top, bottom)).toEqual({ first, last });
  });

  it('agrees with a scan on random windows', () => {
    const random = seededRandom(9);
    const big = layoutMonth(randomMonth(random, 3000), OPTIONS);
    const end = (r: number) => big.rows[r + 1]?.top ?? big.height;
    for (let i = 0; i < 200; i++) {
      const top = random() * big.height * 1.1 - 100;
      const bottom = top + random() * 2000;
      const hits = big.rows
        .map((row, r) => (row.top < bottom && end(r) > top ? r : -1))
        .filter((r) => r >= 0);
      const { first, last } = rowsInView(big, top, bottom);
      expect(hits.length ? [first, last] : [last < first]).toEqual(
        hits.length ? [hits[0], hits.at(-1)] : [true],
      );
    }
  });
});

describe('estimateMonthHeight', () => {
  /** Relative errors of the estimate against the real layout, sorted by size. */
  const relativeErrors = (counts: (random: () => number) => number, clampSum: boolean) => {
    const random = seededRandom(21);
    const errors: number[] = [];
    for (const [width, targetRowHeight, gap] of [
      [382, 100, 2],
      [1392, 170, 4],
    ] as const) {
      const options = { ...OPTIONS, width, targetRowHeight, gap };
      for (let i = 0; i < 150; i++) {
        const items = randomMonth(random, counts(random));
        const sum = items.reduce(
          (a, item) => a + (clampSum ? clampAspectRatio : Number)(item.aspectRatio),
          0,
        );
        const real = layoutMonth(items, options).height;
        errors.push((estimateMonthHeight(items.length, sum, options) - real) / real);
      }
    }
    return errors.sort((a, b) => Math.abs(a) - Math.abs(b));
  };
  const at = (sorted: number[], p: number) => Math.abs(sorted[Math.floor(p * (sorted.length - 1))]!);
  const big = (random: () => number) => 1000 + Math.floor(random() * 19_000);

  it('is within 4 % for every month of 1,000+ assets, from the sum of clamped shapes', () => {
    expect(at(relativeErrors(big, true), 1)).toBeLessThan(0.04);
  });

  it('is within 7 % from raw shapes, whose panoramas wider than 3:1 the layout crops', () => {
    expect(at(relativeErrors(big, false), 1)).toBeLessThan(0.07);
  });

  it('is within 4 % at the median and 35 % at the 95th percentile over months of 1 to 5,000', () => {
    const errors = relativeErrors((random) => Math.max(1, Math.round(5000 ** random())), true);
    expect(at(errors, 0.5)).toBeLessThan(0.04);
    expect(at(errors, 0.95)).toBeLessThan(0.35);
  });

  it('assumes the typical mix of shapes when the server gives no sum', () => {
    const random = seededRandom(4);
    for (const count of [2000, 20_000]) {
      const items = randomMonth(random, count);
      const real = layoutMonth(items, OPTIONS).height;
      expect(Math.abs(estimateMonthHeight(count, null, OPTIONS) / real - 1)).toBeLessThan(0.05);
    }
  });

  it.each([
    ['no assets', 0, null, OPTIONS, 50],
    ['width 0', 3, 3, { ...OPTIONS, width: 0 }, 50 + 3 * 4 + 30 * estimateDays(3)],
    ['one asset', 1, 0.75, OPTIONS, 50 + 30 + 204],
  ] as const)('%s', (_name, count, sum, options, expected) => {
    expect(estimateMonthHeight(count, sum, options)).toBeCloseTo(expected, 0);
  });
});

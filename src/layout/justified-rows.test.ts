import { describe, expect, it } from 'vitest';
import {
  clampAspectRatio,
  justifiedRows,
  MAX_ASPECT_RATIO,
  MAX_ROW_SCALE,
  MIN_ASPECT_RATIO,
  NEARLY_FULL,
} from './justified-rows.ts';
import type { LaidOutRow, RowLayoutOptions } from './row-layout.ts';
import { randomAspectRatio, seededRandom } from './testing/random-months.ts';

const shapes = (...aspects: number[]) => aspects.map((aspectRatio) => ({ aspectRatio }));
const room = (width: number, targetRowHeight = 200, gap = 4, maxPerRow?: number): RowLayoutOptions => ({
  width,
  gap,
  targetRowHeight,
  maxPerRow,
});
const rowWidth = (row: LaidOutRow, gap: number) =>
  row.widths.reduce((a, b) => a + b, 0) + (row.count - 1) * gap;

/** What every row layout owes its caller, whatever the input. */
function expectWellFormed(rows: LaidOutRow[], count: number, options: RowLayoutOptions) {
  let next = 0;
  for (const row of rows) {
    expect(row.start).toBe(next);
    expect(row.count).toBeGreaterThan(0);
    if (options.maxPerRow) expect(row.count).toBeLessThanOrEqual(options.maxPerRow);
    expect(row.widths).toHaveLength(row.count);
    const lefts = row.lefts ?? [];
    expect(lefts).toHaveLength(row.count);
    expect(Number.isInteger(row.height)).toBe(true);
    row.widths.forEach((width, k) => {
      expect(Number.isInteger(width)).toBe(true);
      expect(width).toBeGreaterThanOrEqual(0);
      // Tiles sit one after another, exactly a gap apart: no seam, no overlap.
      const previous = k === 0 ? -options.gap : lefts[k - 1]! + row.widths[k - 1]!;
      expect(lefts[k]).toBe(previous + options.gap);
    });
    expect(rowWidth(row, options.gap)).toBeLessThanOrEqual(
      Math.max(options.width, (row.count - 1) * options.gap),
    );
    next += row.count;
  }
  expect(next).toBe(count);
}

describe('justifiedRows', () => {
  it.each([
    // name, shapes, width, target, rows as start+count, heights, widths
    ['empty', [], 1000, 200, [], [], []],
    [
      'one photo: the last row keeps the target height, left-aligned',
      [1.5],
      1000,
      200,
      ['0+1'],
      [200],
      [[300]],
    ],
    [
      'a full row is scaled to fill the width exactly',
      [1.5, 1.5, 1.5, 1.5],
      1000,
      200,
      ['0+3', '3+1'],
      [220, 200],
      [[331, 330, 331], [300]],
    ],
    [
      'the item that overshoots goes in when that is closer to the target',
      [1, 1, 1, 1, 1, 1],
      1000,
      200,
      ['0+5', '5+1'],
      [197, 200],
      [[197, 197, 196, 197, 197], [200]],
    ],
    [
      'a panorama alone makes a row lower than the target, never taller',
      [3, 1],
      500,
      200,
      ['0+1', '1+1'],
      [167, 200],
      [[500], [200]],
    ],
  ] as const)('%s', (_name, aspects, width, target, expected, heights, widths) => {
    const rows = justifiedRows(shapes(...aspects), room(width, target));
    expect(rows.map((row) => `${row.start}+${row.count}`)).toEqual(expected);
    expect(rows.map((row) => row.height)).toEqual(heights);
    expect(rows.map((row) => row.widths)).toEqual(widths);
    expectWellFormed(rows, aspects.length, room(width, target));
  });

  it('stretches a last row that covers the NEARLY_FULL share of the width, and not one just below', () => {
    // 4 squares at 200 px + 3 gaps of 4 = 812 of 1000 (≥ 80 %): stretched, and its tiles grow.
    const [nearly] = justifiedRows(shapes(1, 1, 1, 1), room(1000));
    expect(rowWidth(nearly!, 4)).toBe(1000);
    expect(nearly!.height).toBeGreaterThan(200);
    expect(nearly!.height).toBeLessThanOrEqual(200 / NEARLY_FULL);
    // 3 squares: 608 of 1000, left at the target height.
    const [short] = justifiedRows(shapes(1, 1, 1), room(1000));
    expect(short).toMatchObject({ height: 200, widths: [200, 200, 200], lefts: [0, 204, 408] });
  });

  it('clamps shapes to 1:2 … 3:1 and lays unknown ones out square', () => {
    expect([0.01, 0.5, 1, 3, 100, 0, -2, Number.NaN, Infinity].map(clampAspectRatio)).toEqual([
      MIN_ASPECT_RATIO,
      0.5,
      1,
      MAX_ASPECT_RATIO,
      MAX_ASPECT_RATIO,
      1,
      1,
      1,
      1,
    ]);
    const alone = (aspectRatio: number) => justifiedRows(shapes(aspectRatio), room(1000))[0]!.widths;
    expect(alone(0.05)).toEqual([100]); // 1:2 at 200 px, not a 10-px sliver
    expect(alone(40)).toEqual([600]); // 3:1 at 200 px, not 8,000 px
    expect(alone(0)).toEqual([200]);
    // A full row of one panorama: the width ÷ 3, not ÷ 40.
    expect(justifiedRows(shapes(40, 1), room(500))[0]).toMatchObject({ height: 167, widths: [500] });
  });

  it('keeps every full row within the width to the pixel, and no taller than MAX_ROW_SCALE × target', () => {
    const random = seededRandom(7);
    for (const [width, target, gap] of [
      [390, 100, 2],
      [1024, 150, 4],
      [1441, 170, 3],
      [3840, 280, 8],
    ] as const) {
      const items = Array.from({ length: 3000 }, () => ({ aspectRatio: randomAspectRatio(random) }));
      const options = room(width, target, gap);
      const rows = justifiedRows(items, options);
      expectWellFormed(rows, items.length, options);
      for (const row of rows.slice(0, -1)) {
        expect(rowWidth(row, gap)).toBe(width);
        expect(row.height).toBeLessThanOrEqual(Math.ceil(target * MAX_ROW_SCALE));
        expect(row.height).toBeGreaterThan(target / 3); // only a lone 3:1 panorama goes this low
      }
      const heights = rows.slice(0, -1).map((row) => row.height);
      const mean = heights.reduce((a, b) => a + b, 0) / heights.length;
      expect(mean / target).toBeGreaterThan(0.95);
      expect(mean / target).toBeLessThan(1.05);
    }
  });

  it('honours maxPerRow: a huge screen gets bigger tiles, never more of them', () => {
    const rows = justifiedRows(shapes(...new Array<number>(30).fill(1)), room(10_000, 100, 0, 12));
    expect(rows.map((row) => row.count)).toEqual([12, 12, 6]);
    expect(rows[0]!.widths.reduce((a, b) => a + b)).toBe(10_000);
    expect(justifiedRows(shapes(1, 1, 3), room(1000, 200, 4, 1)).map((row) => row.count)).toEqual([1, 1, 1]);
  });

  it.each([
    ['0', 0],
    ['negative', -20],
    ['NaN', Number.NaN],
  ])('width %s gives zero-size rows, never NaN', (_name, width) => {
    const rows = justifiedRows(shapes(1.5, 0.75, 1), room(width));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.height).toBe(0);
      expect(row.widths).toEqual([0]);
      expect(row.lefts).toEqual([0]);
    }
  });

  it('uses whole pixels of a fractional width and survives gaps wider than the row', () => {
    const rows = justifiedRows(shapes(1, 1, 1, 1, 1, 1), room(1000.7));
    expect(rowWidth(rows[0]!, 4)).toBe(1000);
    expectWellFormed(justifiedRows(shapes(1, 1, 1), room(10, 200, 30)), 3, room(10, 200, 30));
  });

  it('lays out 100,000 items (one pass) with every item in exactly one row', () => {
    const random = seededRandom(11);
    const items = Array.from({ length: 100_000 }, () => ({ aspectRatio: randomAspectRatio(random) }));
    const rows = justifiedRows(items, room(1400, 170));
    expectWellFormed(
      rows.slice(0, 50),
      rows.slice(0, 50).reduce((a, r) => a + r.count, 0),
      room(1400, 170),
    );
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(100_000);
    expect(rows.at(-1)!.start + rows.at(-1)!.count).toBe(100_000);
  });
});

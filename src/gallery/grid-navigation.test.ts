import { describe, expect, it } from 'vitest';
import { buildGridRows } from '../testing/square-grid-rows.ts';
import { moveFocus, type GridKey } from './grid-navigation.ts';

// Columns of 3. Day A: assets 0-4 (rows 0+3, 3+2); day B: 5 (row 5+1); day C: 6-9 (rows 6+3, 9+1).
const dates = [
  ...Array(5).fill('2024-05-03T10:00:00'),
  '2024-05-02T10:00:00',
  ...Array(4).fill('2024-05-01T10:00:00'),
] as string[];
const { rows, rowOfAsset } = buildGridRows(dates, { columns: 3, granularity: 'day', placeholderTiles: 3 });
const move = (index: number, key: GridKey) => moveFocus(rows, rowOfAsset, index, key, dates.length);

describe('moveFocus', () => {
  it.each([
    [0, 'ArrowRight', 1],
    [2, 'ArrowRight', 3], // wraps into the next row, reading order
    [9, 'ArrowRight', 9], // last loaded asset stays
    [0, 'ArrowLeft', 0],
    [3, 'ArrowLeft', 2],
    [1, 'ArrowDown', 4],
    [2, 'ArrowDown', 4], // next row is shorter: clamp to its last tile
    [4, 'ArrowDown', 5], // across the date header, into a one-photo row
    [5, 'ArrowDown', 6],
    [8, 'ArrowDown', 9],
    [9, 'ArrowDown', 9], // bottom edge; placeholder rows are not focusable
    [6, 'ArrowUp', 5],
    [5, 'ArrowUp', 3],
    [1, 'ArrowUp', 1], // top edge
    [7, 'Home', 0],
    [2, 'End', 9],
    [0, 'PageDown', 9], // four photo rows down: 3, 5, 6, 9
    [1, 'PageUp', 0],
    [9, 'PageUp', 0],
    [8, 'PageDown', 9],
  ] as const)('from %d, %s → %d', (from, key, expected) => {
    expect(move(from, key)).toBe(expected);
  });

  it('survives an empty grid and an out-of-range index', () => {
    expect(moveFocus([], [], 3, 'ArrowDown', 0)).toBe(0);
    expect(move(99, 'ArrowLeft')).toBe(8);
  });
});

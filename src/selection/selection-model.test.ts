import { describe, expect, it } from 'vitest';
import {
  countSelected,
  dateState,
  emptySelection,
  isEmpty,
  isSelected,
  selectAll,
  selectRange,
  setSpan,
  spanOfDate,
  spanState,
  subtractSpan,
  toggleAsset,
  unionSpans,
  UNDATED_TIME,
  wallTimeOf,
  type AssetPlace,
  type Selection,
  type TimeSpan,
} from './selection-model.ts';

const at = (text: string) => Date.parse(`${text}Z`);
const place = (id: string, text: string): AssetPlace => ({ id, time: at(text) });
/** Five photos over three days of June 2024, newest first as the timeline draws them. */
const P = {
  a: place('a', '2024-06-03T18:00:00'),
  b: place('b', '2024-06-03T09:00:00'),
  c: place('c', '2024-06-02T12:00:00'),
  d: place('d', '2024-06-01T20:00:00'),
  e: place('e', '2024-06-01T08:00:00'),
};
const all = Object.values(P);
const selectedIds = (s: Selection) =>
  all
    .filter((p) => isSelected(s, p))
    .map((p) => p.id)
    .join('');
/** Counts in a span as the server would give them for the five photos. */
const countIn = (span: TimeSpan) => all.filter((p) => p.time >= span.from && p.time <= span.to).length;

type Step = (s: Selection) => Selection;
const toggle =
  (p: AssetPlace): Step =>
  (s) =>
    toggleAsset(s, p);
const range =
  (p: AssetPlace): Step =>
  (s) =>
    selectRange(s, p);
const day =
  (d: string, on = true): Step =>
  (s) =>
    setSpan(s, spanOfDate(d), on);

describe('selection steps', () => {
  it.each<[string, Step[], string, number]>([
    ['nothing', [], '', 0],
    ['one click', [toggle(P.b)], 'b', 1],
    ['two clicks, one undone', [toggle(P.b), toggle(P.d), toggle(P.b)], 'd', 1],
    ['Shift range down from the anchor', [toggle(P.b), range(P.d)], 'bcd', 3],
    ['Shift range up from the anchor', [toggle(P.d), range(P.a)], 'abcd', 4],
    ['Shift with no anchor selects one', [range(P.c)], 'c', 1],
    ['a photo taken out of a range', [toggle(P.a), range(P.e), toggle(P.c)], 'abde', 4],
    ['a day', [day('2024-06-01')], 'de', 2],
    ['a day, then one of its photos off', [day('2024-06-01'), toggle(P.e)], 'd', 1],
    ['a day off inside a range', [toggle(P.a), range(P.e), day('2024-06-02', false)], 'abde', 4],
    ['a month', [day('2024-06')], 'abcde', 5],
    ['all', [() => selectAll()], 'abcde', 5],
    ['all less one', [() => selectAll(), toggle(P.c)], 'abde', 4],
    ['all less a day', [() => selectAll(), day('2024-06-03', false)], 'cde', 3],
    [
      'all less a day, a photo of it back',
      [() => selectAll(), day('2024-06-03', false), toggle(P.b)],
      'bcde',
      4,
    ],
    ['a day re-selected clears its overrides', [day('2024-06-01'), toggle(P.e), day('2024-06-01')], 'de', 2],
    ['overlapping ranges merge', [toggle(P.a), range(P.c), toggle(P.e), range(P.b)], 'abcde', 5],
  ])('%s → %s (%d)', (_name, steps, expected, count) => {
    const s = steps.reduce((acc, step) => step(acc), emptySelection);
    expect(selectedIds(s)).toBe(expected);
    expect(countSelected(s, all.length, countIn)).toBe(count);
    expect(isEmpty(s)).toBe(count === 0);
  });

  it('keeps no override that says what the spans say', () => {
    const s = [toggle(P.c), day('2024-06-02')].reduce((acc, step) => step(acc), emptySelection);
    expect(s.overrides.size).toBe(0);
    expect(toggleAsset(toggleAsset(selectAll(), P.a), P.a).overrides.size).toBe(0);
  });
});

describe('spanState', () => {
  const june2 = spanOfDate('2024-06-02');
  it.each<[string, Selection, string]>([
    ['nothing', emptySelection, 'none'],
    ['the day itself', setSpan(emptySelection, june2, true), 'all'],
    ['the month around it', setSpan(emptySelection, spanOfDate('2024-06'), true), 'all'],
    ['a range ending inside it', selectRange(toggleAsset(emptySelection, P.a), P.c), 'some'],
    ['one of its photos', toggleAsset(emptySelection, P.c), 'some'],
    ['a photo of another day', toggleAsset(emptySelection, P.d), 'none'],
    ['all', selectAll(), 'all'],
    ['all less one of its photos', toggleAsset(selectAll(), P.c), 'some'],
    ['all less the day', setSpan(selectAll(), june2, false), 'none'],
  ])('%s → %s', (_name, s, expected) => {
    expect(spanState(s, june2)).toBe(expected);
  });
});

describe('span arithmetic', () => {
  it.each<[TimeSpan[], TimeSpan, TimeSpan[]]>([
    [[], { from: 5, to: 9 }, [{ from: 5, to: 9 }]],
    [
      [{ from: 0, to: 3 }],
      { from: 5, to: 9 },
      [
        { from: 0, to: 3 },
        { from: 5, to: 9 },
      ],
    ],
    [[{ from: 0, to: 4 }], { from: 5, to: 9 }, [{ from: 0, to: 9 }]],
    [
      [
        { from: 0, to: 2 },
        { from: 8, to: 12 },
      ],
      { from: 2, to: 8 },
      [{ from: 0, to: 12 }],
    ],
    [
      [{ from: 20, to: 30 }],
      { from: 0, to: 1 },
      [
        { from: 0, to: 1 },
        { from: 20, to: 30 },
      ],
    ],
  ])('%j ∪ %j = %j', (spans, span, expected) => {
    expect(unionSpans(spans, span)).toEqual(expected);
  });

  it.each<[TimeSpan[], TimeSpan, TimeSpan[]]>([
    [
      [{ from: 0, to: 9 }],
      { from: 3, to: 5 },
      [
        { from: 0, to: 2 },
        { from: 6, to: 9 },
      ],
    ],
    [[{ from: 0, to: 9 }], { from: 0, to: 9 }, []],
    [[{ from: 0, to: 9 }], { from: -5, to: 4 }, [{ from: 5, to: 9 }]],
    [
      [
        { from: 0, to: 3 },
        { from: 6, to: 9 },
      ],
      { from: 2, to: 7 },
      [
        { from: 0, to: 1 },
        { from: 8, to: 9 },
      ],
    ],
    [[{ from: 0, to: 3 }], { from: 5, to: 7 }, [{ from: 0, to: 3 }]],
  ])('%j − %j = %j', (spans, span, expected) => {
    expect(subtractSpan(spans, span)).toEqual(expected);
  });
});

describe('wall-clock time', () => {
  it.each([
    ['2024-06-01T14:30:05.123+09:00', at('2024-06-01T14:30:05.123')],
    ['2024-06-01T14:30:05-07:00', at('2024-06-01T14:30:05')],
    ['2024-06-01 14:30', at('2024-06-01T14:30:00')],
    ['2024-06-01T14:30:05.123456Z', at('2024-06-01T14:30:05.123')],
    ['0000-00-00T00:00:00', UNDATED_TIME],
    ['not a date', UNDATED_TIME],
  ])('%s', (text, expected) => {
    expect(wallTimeOf(text)).toBe(expected);
  });

  it.each([
    ['2024-06-01', at('2024-06-01T00:00:00'), at('2024-06-01T23:59:59.999')],
    ['2024-02', at('2024-02-01T00:00:00'), at('2024-02-29T23:59:59.999')],
    ['2024-12', at('2024-12-01T00:00:00'), at('2024-12-31T23:59:59.999')],
    ['2024-12-31', at('2024-12-31T00:00:00'), at('2024-12-31T23:59:59.999')],
  ])('spanOfDate(%s)', (date, from, to) => {
    expect(spanOfDate(date)).toEqual({ from, to });
  });
});

describe('dateState', () => {
  const june3 = spanOfDate('2024-06-03');
  const places = [P.a, P.b];
  it.each<[string, Selection, readonly AssetPlace[] | null, string]>([
    ['a range over all its loaded photos', selectRange(toggleAsset(emptySelection, P.a), P.b), places, 'all'],
    [
      'the same range, photos not all loaded',
      selectRange(toggleAsset(emptySelection, P.a), P.b),
      null,
      'some',
    ],
    ['one of them', toggleAsset(emptySelection, P.b), places, 'some'],
    ['none', toggleAsset(emptySelection, P.c), places, 'none'],
    ['the day itself, nothing loaded', setSpan(emptySelection, june3, true), [], 'all'],
  ])('%s → %s', (_name, s, loaded, expected) => {
    expect(dateState(s, june3, loaded)).toBe(expected);
  });
});

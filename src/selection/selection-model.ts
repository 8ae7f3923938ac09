/**
 * What is selected in the timeline, without listing it: a base ("nothing" or "everything under
 * the filter"), spans of capture time that flip the base (a Shift range, a day, a month), and
 * single assets that override both. A selection of a whole library or a ten-year range is a few
 * numbers, never a million ids. Pure: the timeline asks it about the tiles it draws, the count
 * comes from the server's counts of the spans, and a download is planned from it.
 *
 * Time is each asset's wall-clock `local_datetime` as milliseconds (the server's `sort_key`
 * order); spans are inclusive at both ends, so assets taken in the same millisecond as an end
 * are inside the range.
 */

/** An asset's place in the timeline: its id and its wall-clock capture time in ms. */
export interface AssetPlace {
  id: string;
  time: number;
}

/** Every asset taken from `from` to `to` (wall-clock ms, inclusive; `from` ≤ `to`). */
export interface TimeSpan {
  from: number;
  to: number;
}

export interface Selection {
  /** True: everything under the filter, less `spans`; false: nothing, plus `spans`. */
  base: boolean;
  /** Disjoint spans that flip the base, oldest first. */
  spans: readonly TimeSpan[];
  /** Assets whose state differs from what base and spans say (never the same as them). */
  overrides: ReadonlyMap<string, { time: number; selected: boolean }>;
  /** The last asset toggled: the other end of a Shift+click. */
  anchor: AssetPlace | null;
}

export type SpanState = 'all' | 'some' | 'none';

/** Before every dated asset: where undated ones (`0000-00-00`) sort. */
export const UNDATED_TIME = Date.UTC(0, 0, 1) - 1;

export const emptySelection: Selection = { base: false, spans: [], overrides: new Map(), anchor: null };

const WALL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?/;

/** The wall-clock ms of `local_datetime` text, its offset ignored (as the server sorts). */
export function wallTimeOf(localDatetime: string): number {
  const m = WALL.exec(localDatetime);
  if (!m) return UNDATED_TIME;
  const time = m[2]!.length === 5 ? `${m[2]}:00` : m[2]!;
  const ms = Date.parse(`${m[1]}T${time}.${(m[3] ?? '').padEnd(3, '0').slice(0, 3)}Z`);
  return Number.isNaN(ms) ? UNDATED_TIME : ms;
}

/** The span of one day (`2024-06-01`) or month (`2024-06`) of wall-clock time. */
export function spanOfDate(date: string): TimeSpan {
  const [year = 1970, month = 1, day] = date.split('-').map(Number);
  const from = Date.UTC(year, month - 1, day ?? 1);
  const to = day === undefined ? Date.UTC(year, month, 1) : Date.UTC(year, month - 1, day + 1);
  return { from, to: to - 1 };
}

/** The span between two assets, whichever comes first. */
export function spanBetween(a: AssetPlace, b: AssetPlace): TimeSpan {
  return { from: Math.min(a.time, b.time), to: Math.max(a.time, b.time) };
}

const inSpans = (spans: readonly TimeSpan[], time: number) =>
  spans.some((span) => span.from <= time && time <= span.to);

/** What base and spans say of a time, before any override. */
const spanLevel = (selection: Selection, time: number) => selection.base !== inSpans(selection.spans, time);

export function isSelected(selection: Selection, place: AssetPlace): boolean {
  return selection.overrides.get(place.id)?.selected ?? spanLevel(selection, place.time);
}

/** Nothing selected at all (the bar and the checkboxes go away). */
export function isEmpty(selection: Selection): boolean {
  if (selection.base) return false;
  if (selection.spans.length > 0) return false;
  for (const value of selection.overrides.values()) if (value.selected) return false;
  return true;
}

/** One asset flipped; it becomes the anchor of the next Shift+click. */
export function toggleAsset(selection: Selection, place: AssetPlace): Selection {
  return setAsset(selection, place, !isSelected(selection, place));
}

/** One asset set to `selected`, kept only as an override when base and spans say otherwise. */
export function setAsset(selection: Selection, place: AssetPlace, selected: boolean): Selection {
  const overrides = new Map(selection.overrides);
  if (spanLevel(selection, place.time) === selected) overrides.delete(place.id);
  else overrides.set(place.id, { time: place.time, selected });
  return { ...selection, overrides, anchor: place };
}

/** `spans` with `span` added (merged with what it overlaps or touches), oldest first. */
export function unionSpans(spans: readonly TimeSpan[], span: TimeSpan): TimeSpan[] {
  const out: TimeSpan[] = [];
  let merged = { ...span };
  for (const s of spans) {
    if (s.to + 1 < merged.from || s.from > merged.to + 1) out.push(s);
    else merged = { from: Math.min(s.from, merged.from), to: Math.max(s.to, merged.to) };
  }
  out.push(merged);
  return out.sort((x, y) => x.from - y.from);
}

/** `spans` with `span` cut out of them, oldest first. */
export function subtractSpan(spans: readonly TimeSpan[], span: TimeSpan): TimeSpan[] {
  const out: TimeSpan[] = [];
  for (const s of spans) {
    if (s.to < span.from || s.from > span.to) {
      out.push(s);
      continue;
    }
    if (s.from < span.from) out.push({ from: s.from, to: span.from - 1 });
    if (s.to > span.to) out.push({ from: span.to + 1, to: s.to });
  }
  return out;
}

/** Every asset of `span` set to `selected` (a range, a day, a month); overrides inside it go. */
export function setSpan(selection: Selection, span: TimeSpan, selected: boolean): Selection {
  // Spans flip the base: selecting on an "everything" base cuts a hole closed, and so on.
  const spans =
    selected !== selection.base ? unionSpans(selection.spans, span) : subtractSpan(selection.spans, span);
  const overrides = new Map(selection.overrides);
  for (const [id, value] of overrides)
    if (value.time >= span.from && value.time <= span.to) overrides.delete(id);
  return { ...selection, spans, overrides };
}

/** Shift+click: everything from the anchor to `place` selected (just `place` without an anchor). */
export function selectRange(selection: Selection, place: AssetPlace): Selection {
  const anchor = selection.anchor;
  if (!anchor) return setAsset(selection, place, true);
  return { ...setSpan(selection, spanBetween(anchor, place), true), anchor: place };
}

/** Ctrl/Cmd+A: everything under the filter. */
export function selectAll(): Selection {
  return { base: true, spans: [], overrides: new Map(), anchor: null };
}

/**
 * Whether all, some or none of `span` is selected, for a day's or a month's check. Overrides are
 * known; assets of the span not yet loaded follow base and spans.
 */
export function spanState(selection: Selection, span: TimeSpan): SpanState {
  const overlapping = selection.spans.filter((s) => s.to >= span.from && s.from <= span.to);
  const covered = overlapping.some((s) => s.from <= span.from && s.to >= span.to);
  const levelAll = selection.base ? overlapping.length === 0 : covered;
  const levelNone = selection.base ? covered : overlapping.length === 0;
  if (!levelAll && !levelNone) return 'some';
  for (const value of selection.overrides.values())
    if (value.time >= span.from && value.time <= span.to) return 'some';
  return levelAll ? 'all' : 'none';
}

/**
 * How many assets are selected, given the count of assets under the filter in a span and in
 * total. Overrides always differ from what base and spans say, so each adds or takes one.
 */
export function countSelected(
  selection: Selection,
  total: number,
  countIn: (span: TimeSpan) => number,
): number {
  let count = 0;
  for (const span of selection.spans) count += countIn(span);
  if (selection.base) count = total - count;
  for (const value of selection.overrides.values()) count += value.selected ? 1 : -1;
  return Math.max(0, count);
}

/**
 * A day's or month's check from what is known: from its photos when all of them are loaded
 * (`places`), else from the spans alone (see {@link spanState}).
 */
export function dateState(
  selection: Selection,
  span: TimeSpan,
  places: readonly AssetPlace[] | null,
): SpanState {
  if (!places?.length) return spanState(selection, span);
  const on = places.filter((place) => isSelected(selection, place)).length;
  return on === 0 ? 'none' : on === places.length ? 'all' : 'some';
}

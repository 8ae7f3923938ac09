/**
 * The mapping between the timeline's content (any height: ~5 G px at 100M assets) and the DOM
 * scroll box that holds it, whose height browsers cap. Pure numbers, no DOM: the hook
 * (use-scroll-space.ts) wires it to the scroll element and the virtualizer.
 *
 * Design. `physicalOf` (the "curve") is identity within an edge zone of ¼ of the box's scroll
 * range at the top and at the bottom, and linear between. A linear middle keeps the native
 * scrollbar's thumb proportional to the place in the library, like the scrubber. Scrolling moves
 * the content 1:1 with the box (wheel, touch, keys, momentum: the drift `content − physical`
 * stays put, so rows need no re-render per frame); a move larger than {@link JUMP_VIEWPORTS}
 * viewports in one event is a jump of the scrollbar and lands on the curve. When scrolling goes
 * idle, `rebase` puts the box back on the curve without moving the content, so there is again at
 * least an edge zone (~2 M px) of 1:1 room either way, and the thumb says where you are.
 *
 * Invariant (kept by every function here): 0 ≤ drift ≤ content range − box range. Then a 1:1
 * move can never pin the content while the box still moves: the box always meets its edge first
 * (or together), and at the box's edge one rebase gives room again.
 */

/**
 * The tallest scroll box we build, in CSS px. Chromium lays out in LayoutUnit (int32 of 1/64 px
 * of the device) so a box stops at 2^25 = 33,554,432 device px: 33.5 M CSS px at DPR 1, 16.7 M
 * at DPR 2, 11.2 M at DPR 3. Firefox collapses past ~17.9 M CSS px (2^30 app units of 1/60 px).
 * 8 M fits both with room for DPR 4 (DPR 2 at 200 % zoom, DPR 3 at 133 %); past that
 * {@link scrollBoxCapFor} lowers it. A smaller box costs nothing but a steeper middle.
 */
export const MAX_SCROLL_BOX = 8_000_000;

/** Chromium's layout limit in device px (LayoutUnit: int32 in 1/64 px). */
export const LAYOUT_LIMIT_DEVICE_PX = 2 ** 25;

/** Share of the box's scroll range that maps 1:1 at each end (and the 1:1 room after a rebase). */
export const EDGE_SHARE = 0.25;

/** A move of more than this many viewports in one scroll event is a jump (scrollbar, Home/End). */
export const JUMP_VIEWPORTS = 2;

/** Heights in CSS px: the content's, the scroll element's client area, the box we build. */
export interface ScrollSpace {
  content: number;
  viewport: number;
  box: number;
}

/** Where the box is scrolled (`scrollTop`) and which content offset sits at the viewport's top. */
export interface ScrollPosition {
  physical: number;
  content: number;
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), high);
const sane = (value: number): number => (Number.isFinite(value) && value > 0 ? value : 0);

/** The cap for a device pixel ratio (which includes browser zoom): {@link MAX_SCROLL_BOX} or less. */
export function scrollBoxCapFor(devicePixelRatio: number): number {
  const ratio = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  // 2^20 device px under the limit: the page around the box (headers, padding) also counts.
  return Math.min(MAX_SCROLL_BOX, Math.floor((LAYOUT_LIMIT_DEVICE_PX - 2 ** 20) / ratio));
}

/**
 * The box for a content: as tall as the content when it fits under the cap, else the cap. A cap
 * under 8 viewports is raised to that (and a content that short is never capped) so the edge
 * zones hold a few screens.
 */
export function scrollSpaceOf(
  contentHeight: number,
  viewportHeight: number,
  cap = MAX_SCROLL_BOX,
): ScrollSpace {
  const content = sane(contentHeight);
  const viewport = sane(viewportHeight);
  const limit = Math.max(sane(cap), viewport * 8);
  return { content, viewport, box: Math.min(content, limit) };
}

/** How far the content scrolls: content − viewport, never below 0. */
export function contentRangeOf(space: ScrollSpace): number {
  return Math.max(space.content - space.viewport, 0);
}

/** How far the box scrolls: box − viewport, never below 0. */
export function physicalRangeOf(space: ScrollSpace): number {
  return Math.max(space.box - space.viewport, 0);
}

/** True when the box is the content: every function here is then the identity (clamped). */
export function fitsBox(space: ScrollSpace): boolean {
  return contentRangeOf(space) <= physicalRangeOf(space);
}

/** Where a content offset sits on the curve (after a rebase or a jump). Monotonic, continuous. */
export function physicalOf(content: number, space: ScrollSpace): number {
  const range = contentRangeOf(space);
  const physicalRange = physicalRangeOf(space);
  const at = clamp(Number.isFinite(content) ? content : 0, 0, range);
  if (range <= physicalRange) return at;
  const edge = physicalRange * EDGE_SHARE;
  if (at <= edge) return at;
  // From the end, so the bottom zone is exact at 5 G px (no large − large + large).
  const fromEnd = range - at;
  if (fromEnd <= edge) return physicalRange - fromEnd;
  return edge + ((at - edge) / (range - 2 * edge)) * (physicalRange - 2 * edge);
}

/** The inverse of {@link physicalOf}: the content a scrollbar jump (or Home/End) lands on. */
export function contentOf(physical: number, space: ScrollSpace): number {
  const range = contentRangeOf(space);
  const physicalRange = physicalRangeOf(space);
  const at = clamp(Number.isFinite(physical) ? physical : 0, 0, physicalRange);
  if (range <= physicalRange) return at;
  const edge = physicalRange * EDGE_SHARE;
  if (at <= edge) return at;
  const fromEnd = physicalRange - at;
  if (fromEnd <= edge) return range - fromEnd;
  return edge + ((at - edge) / (physicalRange - 2 * edge)) * (range - 2 * edge);
}

/** The largest move per scroll event that is still read as scrolling, not as a jump. */
export function jumpThresholdOf(space: ScrollSpace): number {
  return JUMP_VIEWPORTS * space.viewport;
}

/**
 * The new position after the box scrolled to `physical`: the content moves 1:1 with small moves
 * and lands on the curve after a jump. The content stays within [0, content − viewport].
 */
export function followScroll(previous: ScrollPosition, physical: number, space: ScrollSpace): ScrollPosition {
  const physicalRange = physicalRangeOf(space);
  const at = clamp(Number.isFinite(physical) ? physical : previous.physical, 0, physicalRange);
  if (fitsBox(space)) return { physical: at, content: at };
  const delta = at - previous.physical;
  if (!Number.isFinite(previous.content) || Math.abs(delta) > jumpThresholdOf(space)) {
    // A whole px (the box's own offsets are whole): the drift stays whole, 1:1 moves stay exact.
    return { physical: at, content: Math.round(contentOf(at, space)) };
  }
  return { physical: at, content: clamp(previous.content + delta, 0, contentRangeOf(space)) };
}

/**
 * Back on the curve without moving the content (at scroll idle). The box's offset is rounded to
 * a whole px, the way the box would round it anyway; the content keeps its exact offset.
 */
export function rebase(position: ScrollPosition, space: ScrollSpace): ScrollPosition {
  const content = clamp(Number.isFinite(position.content) ? position.content : 0, 0, contentRangeOf(space));
  if (fitsBox(space)) return { physical: content, content };
  return { physical: onCurve(content, space), content };
}

/**
 * Where to put the box to show `content` (a scroll command, an anchoring adjustment): 1:1 from
 * where it is when the target is within `reach` and the box has the room (no drift change, so no
 * re-render), else on the curve.
 */
export function seekContent(
  previous: ScrollPosition,
  content: number,
  space: ScrollSpace,
  reach = jumpThresholdOf(space),
): ScrollPosition {
  const target = clamp(Number.isFinite(content) ? content : 0, 0, contentRangeOf(space));
  if (fitsBox(space)) return { physical: target, content: target };
  const delta = target - previous.content;
  const physical = previous.physical + delta;
  const drift = target - physical;
  const keepsInvariant = drift >= 0 && drift <= contentRangeOf(space) - physicalRangeOf(space);
  if (Math.abs(delta) <= reach && physical >= 0 && physical <= physicalRangeOf(space) && keepsInvariant) {
    return { physical, content: target };
  }
  return { physical: onCurve(target, space), content: target };
}

/** True when the position keeps the invariant 0 ≤ drift ≤ content range − box range (± 1 px). */
export function isConsistent(position: ScrollPosition, space: ScrollSpace): boolean {
  const drift = position.content - position.physical;
  const slack = contentRangeOf(space) - physicalRangeOf(space);
  return (
    position.physical >= 0 &&
    position.physical <= physicalRangeOf(space) &&
    drift >= -1 &&
    drift <= Math.max(slack, 0) + 1
  );
}

/** The curve's box offset for a content, rounded toward the identity lines to keep the invariant. */
function onCurve(content: number, space: ScrollSpace): number {
  const exact = physicalOf(content, space);
  const slack = contentRangeOf(space) - physicalRangeOf(space);
  // floor keeps drift ≥ 0; but never so low that drift exceeds the slack (bottom zone).
  const rounded = Math.max(Math.floor(exact), Math.ceil(content - slack));
  return clamp(rounded, 0, physicalRangeOf(space));
}

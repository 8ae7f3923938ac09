/**
 * What a month's layout needs to know of its assets, and the estimated space of the ones still to
 * load. Pure.
 */
import type { GalleryAsset } from '../api/asset-model.ts';
import { estimateMonthHeight, type MonthItem, type MonthLayoutOptions } from '../layout/month-layout.ts';
import { targetRowHeightFor } from '../layout/row-height.ts';
import { groupKeyOf } from '../time/date-labels.ts';
import {
  DAY_LABEL_HEIGHT,
  GAP,
  MONTH_HEADER_HEIGHT,
  PADDING_X,
  SCRUBBER_GUTTER,
} from './timeline-geometry.ts';
import type { TimelineMonth } from './use-months.ts';

/**
 * The month layout of a timeline whose scroll area is `outerWidth` wide (content box), at a zoom
 * step. On a touch screen the scrubber is a handle shown over the photos while they scroll, so it
 * keeps no gutter: on a 390 px phone the gutter and padding took 88 px, 23 % of the width.
 */
export function timelineLayoutOptions(
  outerWidth: number,
  zoomStep: number,
  touch = false,
): MonthLayoutOptions {
  return {
    width: Math.max(0, outerWidth - 2 * PADDING_X - (touch ? 0 : SCRUBBER_GUTTER)),
    gap: GAP,
    targetRowHeight: targetRowHeightFor(outerWidth, zoomStep),
    headerHeight: MONTH_HEADER_HEIGHT,
    dayLabelHeight: DAY_LABEL_HEIGHT,
  };
}

/** An asset's shape (1, a square, where the server gives no size) and its wall-clock day. */
export function monthItemOf(asset: GalleryAsset): MonthItem {
  const aspectRatio = asset.width && asset.height ? asset.width / asset.height : 1;
  return { aspectRatio, day: groupKeyOf(asset.local_datetime, 'day') };
}

/**
 * Height below the laid-out rows of a month with `loaded` of its assets laid out: the estimate for
 * the rest (their share of the month's aspect-ratio sum, when the server gave it), header left out.
 */
export function estimateRemainder(month: TimelineMonth, loaded: number, options: MonthLayoutOptions): number {
  const rest = Math.max(0, month.count - loaded);
  if (rest === 0) return 0;
  const share = month.aspectRatioSum !== null ? (month.aspectRatioSum * rest) / month.count : null;
  return Math.max(0, estimateMonthHeight(rest, share, options) - options.headerHeight);
}

/**
 * Whether a month of `height` px is within one viewport of the viewport (section-relative
 * `viewTop` .. `viewBottom`): one that is not loads after the months in view (month-section.tsx).
 */
export function withinReach(viewTop: number, viewBottom: number, height: number): boolean {
  const reach = Math.max(0, viewBottom - viewTop);
  return viewTop - reach < height && viewBottom + reach > 0;
}
